import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { SearchTermsContext } from "../components/search-terms-context";
import { LaneTonesContext } from "../components/lane-tones-context";
import { laneTonesOf } from "../theme/lane-tones";
import { NoticeList } from "../components/notice-list";
import { meetingTitle } from "../domain/dataset-index";
import { droppedNotices } from "../domain/parse-dataset";
import { ownReadouts } from "../domain/library";
import { yourMeetingIds, type MeetingIndex } from "../domain/meeting-index";
import {
  closeMeeting,
  closeSource,
  openComparison,
  openMeeting as openMeetingIn,
  openSource as openSourceIn,
} from "../domain/view-state";
import { ChronologyList } from "../features/chronology/chronology-list";
import { PickingBanner } from "../features/compare/picking-banner";
import { MeetingTimeline } from "../features/timeline/meeting-timeline";
import { formatCalendarDay } from "../domain/calendar-day";
import { CompareDetail } from "./compare-detail";
import { useCompareFlow } from "./use-compare-flow";
import { useFilteredMeetings } from "./use-filtered-meetings";
import { DetailIntro } from "./detail-intro";
import { DetailsGate } from "./details-gate";
import { MeetingDetail } from "./meeting-detail";
import { ExplorerLayout } from "./explorer-layout";
import { SpanChecked } from "./span-checked";
import { FilterPane } from "./filter-pane";
import { HeaderActions, type LibraryState } from "./header-actions";
import { useViewState } from "./use-view-state";
import { useAnnouncement } from "./use-announcement";
import { describeDetail, filterKey } from "./describe-view";
import { FormulationsPane } from "./formulations-pane";
import { useFormulationReturn } from "./use-formulation-return";
import { loadSourceViewer, SourceViewer } from "./lazy-views";
import { ViewSwitch } from "./view-switch";
import { JumpToTimeline } from "./jump-to-timeline";
import { countOf } from "../domain/plural";

/**
 * Composes the explorer from the URL state: which meetings the timeline shows, which meeting is
 * open, and whether the detail pane shows the meeting or a readout. Features get data and
 * callbacks as props and never read the URL themselves.
 */
export function Explorer({
  index,
  library,
  bundledProblem,
}: {
  index: MeetingIndex;
  library: LibraryState;
  /** Why the bundled readouts are missing (their index failed to load); the index is the library alone. */
  bundledProblem?: ReactNode;
}) {
  const { state, notices, update, navigate } = useViewState(index.knownIds);
  const detailRef = useRef<HTMLDivElement>(null);
  const openMeeting = state.meeting ? index.meetings.get(state.meeting) : undefined;
  const compare = useCompareFlow(index, { state, navigate });
  const { completePicking } = compare;

  // The meeting the reader just chose: its panel scrolls into view and takes focus once it renders.
  const [focusMeeting, setFocusMeeting] = useState<string>();
  const focusTaken = useCallback(() => setFocusMeeting(undefined), []);
  const openMeetingById = useCallback(
    (id: string, takeFocus: boolean) => {
      if (completePicking(id)) return;
      navigate((current) => openMeetingIn(current, id));
      const stacked = window.matchMedia("(max-width: 1023px)").matches;
      // Stacked layout: show the panel's place at once; the panel itself settles the scroll when it renders.
      if (stacked) detailRef.current?.scrollIntoView({ block: "start" });
      if (takeFocus || stacked) setFocusMeeting(id);
    },
    [navigate, completePicking],
  );
  // A link in the list leads to the panel; on wide screens the timeline keeps focus so ← → keep browsing.
  const openFromList = useCallback((id: string) => openMeetingById(id, true), [openMeetingById]);
  const openFromTimeline = useCallback((id: string) => openMeetingById(id, false), [openMeetingById]);
  const openSource = useCallback(
    (readoutId: string, span?: [number, number]) =>
      navigate((current) => openSourceIn(current, readoutId, span)),
    [navigate],
  );
  // Filters (issue 4): the timeline and the list show the filtered meetings.
  const filtered = useFilteredMeetings(index, { state, update });
  const formulationReturn = useFormulationReturn();

  const problems = library.problems;
  // The user's own readouts and meetings (issue 9): shown like bundled ones, marked "yours".
  const yours = useMemo(() => yourMeetingIds(index), [index]);
  const own = useMemo(() => ownReadouts(library.entries), [library.entries]);
  const allNotices = useMemo(() => [...notices, ...problems.map((p) => p.message)], [notices, problems]);

  const compareTitle = compare.title;
  useEffect(() => {
    document.title = compareTitle
      ? `${compareTitle} · Readout Atlas`
      : openMeeting
        ? `${meetingTitle(index, openMeeting)}, ${formatCalendarDay(openMeeting.date)} · Readout Atlas`
        : "Readout Atlas";
  }, [index, openMeeting, compareTitle]);

  const announcement = useAnnouncement({
    detail: describeDetail(index, state, compare),
    filters: filterKey(state),
    searching: filtered.search === "searching",
    shown: filtered.meetings.length,
    total: index.file.meetings.length,
  });

  let detail;
  if (state.readout) {
    const readoutId = state.readout;
    // Fetch the viewer's code beside the readout's details, not after them.
    void loadSourceViewer();
    detail = (
      <DetailsGate index={index} readoutIds={[readoutId]} what="the readout">
        {(details) => (
          <SpanChecked readoutId={readoutId} span={state.span} details={details}>
            {(span) => (
              <SourceViewer
                index={details}
                readoutId={readoutId}
                span={span}
                onSelectSpan={(span) => openSource(readoutId, span)}
                onClose={() => navigate(closeSource)}
                closeLabel={
                  state.compare
                    ? "Back to the comparison"
                    : openMeeting
                      ? "Back to the meeting"
                      : "Close readout"
                }
              />
            )}
          </SpanChecked>
        )}
      </DetailsGate>
    );
  } else if (compare.subject) {
    detail = <CompareDetail index={index} subject={compare.subject} state={state} navigate={navigate} />;
  } else if (openMeeting) {
    detail = (
      <MeetingDetail
        index={index}
        meetingId={openMeeting.id}
        compare={compare}
        own={own}
        onOpenSource={openSource}
        onClose={() => navigate(closeMeeting)}
        takeFocus={focusMeeting === openMeeting.id}
        onFocusTaken={focusTaken}
      />
    );
  } else {
    detail = <DetailIntro index={index} />;
  }

  return (
    <SearchTermsContext value={filtered.terms}>
      {/* One source for a lane's mark: the timeline's dots and every party swatch beside a name. */}
      <LaneTonesContext value={laneTonesOf(index.laneRanks)}>
        <ExplorerLayout
          announcement={announcement}
          summary={`${countOf(index.file.meetings.length, "meeting")} from ${countOf(index.file.readouts.length, "readout")}${bundledProblem ? ", your library only" : ""}`}
          actions={<HeaderActions index={index} library={library} meetings={filtered.meetings} />}
          notices={
            <>
              {bundledProblem}
              {compare.pickingFrom && (
                <PickingBanner
                  index={index}
                  meetingId={compare.pickingFrom}
                  onCancel={compare.cancelPicking}
                />
              )}
              <NoticeList notices={[...droppedNotices(index.file.dropped), ...allNotices]} />
            </>
          }
          filters={<FilterPane index={index} filtered={filtered} state={state} update={update} />}
          // Two columns of statements need the width: the comparison takes the list's place while open.
          list={
            compare.subject ? undefined : (
              <ChronologyList
                index={index}
                meetings={filtered.meetings}
                selectedId={state.meeting}
                terms={filtered.terms}
                excerptOf={filtered.excerptOf}
                hrefFor={filtered.hrefFor}
                onSelect={openFromList}
                searching={filtered.search === "searching"}
                empty={
                  <p className="text-sm text-slate-600 dark:text-slate-400">No meetings match the filters.</p>
                }
                onCompare={(pair) => navigate((current) => openComparison(current, pair))}
                yours={yours}
                headerAction={state.view === "formulations" ? undefined : <JumpToTimeline />}
              />
            )
          }
          mainView={state.view === "formulations" ? "Formulations" : "Timeline"}
          timeline={
            <>
              <ViewSwitch state={state} navigate={navigate} />
              {state.view === "formulations" ? (
                <FormulationsPane
                  index={index}
                  client={filtered.formulations}
                  chosen={state.formulation}
                  navigate={navigate}
                  focusReturn={formulationReturn}
                />
              ) : (
                <MeetingTimeline
                  index={index}
                  meetings={filtered.meetings}
                  openMeetingId={openMeeting?.id}
                  comparedIds={state.compare}
                  onOpenMeeting={openFromTimeline}
                  yours={yours}
                />
              )}
            </>
          }
          detail={<div ref={detailRef}>{detail}</div>}
        />
      </LaneTonesContext>
    </SearchTermsContext>
  );
}
