import { useEffect, useState, type RefObject } from "react";
import type { Timeline as VisTimeline, TimelineOptions } from "vis-timeline/peer";
import { calendarDayToLocalNoon } from "../../domain/calendar-day";
import { memoTimelineDetail } from "../../domain/timeline-detail";
import { renderBucket, renderItem, renderLane } from "./timeline-dom";
import {
  shownSelection,
  syncVisibleItems,
  type VisGroup,
  type VisItem,
  type VisRuntime,
} from "./timeline-items";
import type { TimelineModel } from "./timeline-model";
import { DAY_MS } from "./timeline-window";
import { fitAxisLabels } from "./axis-labels";

const BASE_OPTIONS: TimelineOptions = {
  stack: true,
  orientation: { axis: "top", item: "top" },
  showCurrentTime: false,
  selectable: true,
  multiselect: false,
  // Wheel scrolls the page; zoom with Ctrl+wheel, pinch, the buttons or +/-.
  zoomKey: "ctrlKey",
  zoomMin: DAY_MS,
  minHeight: 120,
  maxHeight: 440,
  verticalScroll: true,
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
  groupOrder: "order",
  template: (item?: VisItem) =>
    item?.model ? renderItem(item.model) : item?.bucket ? renderBucket(item.bucket) : "",
  groupTemplate: (group?: VisGroup) => (group ? renderLane(group.lane) : ""),
};

/** Width of the drawing area: the container minus the lane labels (about 150px). */
export function drawWidth(container: HTMLElement | null): number {
  return Math.max((container?.clientWidth ?? 800) - 150, 120);
}

/** Measures label text in the container's font at the labels' 13 px; undefined without a canvas (tests). */
function textMeasurer(container: HTMLElement): ((text: string) => number) | undefined {
  const context = document.createElement("canvas").getContext?.("2d");
  if (!context) return undefined;
  context.font = `13px ${getComputedStyle(container).fontFamily || "sans-serif"}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = context.measureText(text).width));
    return width;
  };
}

/** What the timeline's events need to read at the time they fire (kept in a `useLatest` ref). */
export interface TimelineHandlers {
  model: TimelineModel;
  /** The keyboard cursor: a click on empty space keeps it selected. */
  cursor?: string;
  /** Meetings in a comparison: selected while the cursor is not drawn as itself. */
  compared: readonly string[];
  onOpenMeeting(id: string): void;
  /** After every redraw (items added, window moved, lanes scrolled). */
  onRedraw(): void;
  /** The window moves: `byUser` when dragged, wheeled or pinched rather than set by us. */
  onRangeChange(byUser: boolean): void;
  /** The window drawn now (while it moves, at most every 150 ms). */
  onWindowShown(window: { start: Date; end: Date }): void;
  /** The window stopped moving (the end of an animation, a drag or a wheel). */
  onRangeChanged(byUser: boolean): void;
}

/**
 * Creates vis-timeline once per mount (loaded on demand) and destroys it in the cleanup (React
 * StrictMode mounts twice). Keeps only the window's items in the DataSet while the window moves.
 */
export function useVisTimeline(
  containerRef: RefObject<HTMLElement | null>,
  focusTarget: RefObject<HTMLElement | null>,
  latest: RefObject<TimelineHandlers>,
): { runtime: VisRuntime | null; loadError: Error | null } {
  const [runtime, setRuntime] = useState<VisRuntime | null>(null);
  const [loadError, setLoadError] = useState<Error | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let disposed = false;
    let timeline: VisTimeline | undefined;
    import("./vis-runtime")
      .then(({ Timeline, DataSet }) => {
        if (disposed) return;
        const items = new DataSet<VisItem, "id">();
        const groups = new DataSet<VisGroup, "id">();
        timeline = new Timeline(container, items, groups, BASE_OPTIONS);
        timeline.on("select", ({ items: selected }: { items: string[] }) => {
          const id = selected[0];
          const bucket = id === undefined ? undefined : items.get(id)?.bucket;
          // An aggregate opens nothing: it zooms to the period it counts.
          if (bucket)
            timeline?.setWindow(calendarDayToLocalNoon(bucket.start), calendarDayToLocalNoon(bucket.end));
          else if (id !== undefined) latest.current.onOpenMeeting(id);
          // A click on empty space clears vis's selection; keep showing the open meeting.
          else if (latest.current.cursor) timeline?.setSelection([latest.current.cursor]);
        });
        // Clicking the timeline should let the arrow keys work right away.
        timeline.on("click", () => focusTarget.current?.focus({ preventScroll: true }));
        timeline.on("changed", () => {
          fitAxisLabels(container);
          latest.current.onRedraw();
        });
        const runtime: VisRuntime = {
          timeline,
          items,
          groups,
          detail: memoTimelineDetail(),
          drawWidth: () => drawWidth(container),
          textWidth: textMeasurer(container),
        };
        // Keep only the window's items: refresh while the window moves (throttled) and when it stops.
        let pending: number | undefined;
        const refresh = () => {
          window.clearTimeout(pending);
          pending = undefined;
          syncVisibleItems(runtime, latest.current.model);
          // A meeting that just came into the DataSet (zooming in on it) shows as selected.
          latest.current.onWindowShown(runtime.timeline.getWindow());
          const { cursor, compared } = latest.current;
          timeline?.setSelection(shownSelection((id) => items.get(id) !== null, cursor, compared));
        };
        timeline.on("rangechange", ({ byUser }: { byUser: boolean }) => {
          latest.current.onRangeChange(byUser);
          pending ??= window.setTimeout(refresh, 150);
        });
        timeline.on("rangechanged", ({ byUser }: { byUser: boolean }) => {
          refresh();
          latest.current.onRangeChanged(byUser);
        });
        setRuntime(runtime);
      })
      .catch((error: unknown) => {
        if (!disposed) setLoadError(error instanceof Error ? error : new Error(String(error)));
      });
    return () => {
      disposed = true;
      timeline?.destroy();
      setRuntime(null);
    };
  }, [containerRef, focusTarget, latest]);

  return { runtime, loadError };
}
