/**
 * Views the first screen does not show, loaded when first needed (issue 10: at most 150 KB gzip of
 * JavaScript before the timeline). Each `load…` starts its chunk's download and may be called early
 * (when the URL asks for the view, before its readout details have arrived); the lazy component
 * reuses that import. The Suspense boundary is DetailsGate's (or the caller's) loading state.
 */
import { lazy } from "react";

export const loadMeetingPanel = () => import("../features/meeting-panel/meeting-panel");
export const loadSourceViewer = () => import("../features/source-viewer/source-viewer");
export const loadCompareView = () => import("../features/compare/compare-view");
export const loadFormulationsView = () => import("../features/formulations/formulations-view");
export const loadEditReadout = () => import("../features/import/edit-readout");

export const MeetingPanel = lazy(() => loadMeetingPanel().then((m) => ({ default: m.MeetingPanel })));
export const SourceViewer = lazy(() => loadSourceViewer().then((m) => ({ default: m.SourceViewer })));
export const CompareView = lazy(() => loadCompareView().then((m) => ({ default: m.CompareView })));
export const FormulationsView = lazy(() =>
  loadFormulationsView().then((m) => ({ default: m.FormulationsView })),
);
export const EditReadout = lazy(() => loadEditReadout().then((m) => ({ default: m.EditReadout })));
