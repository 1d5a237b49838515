import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Timeline as VisTimeline, TimelineOptions } from "vis-timeline/peer";
import type { NameIndex } from "../../domain/dataset-index";
import { calendarDayToLocalNoon, formatCalendarDay } from "../../domain/calendar-day";
import { useLatest } from "../../hooks/use-latest";
import { memoTimelineDetail } from "../../domain/timeline-detail";
import { TIMELINE_RENDERED_MARK, TIMELINE_UPDATED_MARK } from "../../domain/performance-marks";
import { renderBucket, renderItem, renderLane } from "./timeline-dom";
import { syncVisibleItems, type VisGroup, type VisItem, type VisRuntime } from "./timeline-items";
import { ZoomButtons } from "./zoom-buttons";
import { boundsOf, DAY_MS, zoomCentre } from "./timeline-window";
import { buildTimelineModel, stepSelection, type TimelineMeeting } from "./timeline-model";

export interface MeetingTimelineProps {
  /** Names, and the stable lane order over every meeting (domain/lane-order). */
  index: NameIndex & {
    meetings: ReadonlyMap<string, TimelineMeeting>;
    laneRanks: ReadonlyMap<string, number>;
  };
  /** Meetings from the user's library: their items say "yours". */
  yours?: ReadonlySet<string>;
  /** The meetings to show (the filtered list); lanes and counts follow it. */
  meetings: readonly TimelineMeeting[];
  /** The meeting open in the panel; the timeline selects it. */
  openMeetingId?: string;
  /** Meetings shown side by side in a comparison: selected together while no single meeting is open. */
  comparedIds?: readonly string[];
  /** Called when a meeting is clicked, or chosen with the arrow keys and Enter. */
  onOpenMeeting: (id: string) => void;
}

/** Width of the drawing area: the container minus the lane labels (about 150px). */
function centerWidth(container: HTMLElement | null): number {
  return Math.max((container?.clientWidth ?? 800) - 150, 120);
}

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

/**
 * The zoomable timeline: one lane per counterpart, one item per meeting. vis-timeline is created
 * once per mount in an effect and destroyed in its cleanup (React StrictMode mounts twice).
 */
export function MeetingTimeline({
  index,
  meetings,
  openMeetingId,
  comparedIds,
  onOpenMeeting,
  yours,
}: MeetingTimelineProps) {
  // Lanes keep the order of the whole dataset, so filtering never reshuffles them.
  const ranks = index.laneRanks;
  const model = useMemo(
    () => buildTimelineModel(meetings, index, ranks, yours),
    [meetings, index, ranks, yours],
  );
  const containerRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [runtime, setRuntime] = useState<VisRuntime | null>(null);
  const [loadError, setLoadError] = useState<Error | null>(null);

  // The keyboard cursor: follows the open meeting, and arrows move it without opening.
  const [cursor, setCursor] = useState(openMeetingId);
  const [followedOpen, setFollowedOpen] = useState(openMeetingId);
  if (followedOpen !== openMeetingId) {
    setFollowedOpen(openMeetingId);
    setCursor(openMeetingId);
  }
  const latest = useLatest({ onOpenMeeting, cursor, model });

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
        timeline.on("click", () => wrapperRef.current?.focus({ preventScroll: true }));
        const runtime: VisRuntime = { timeline, items, groups, detail: memoTimelineDetail() };
        // Keep only the window's items: refresh while the window moves (throttled) and when it stops.
        let pending: number | undefined;
        const refresh = () => {
          pending = undefined;
          syncVisibleItems(runtime, latest.current.model);
        };
        timeline.on("rangechange", () => {
          pending ??= window.setTimeout(refresh, 150);
        });
        timeline.on("rangechanged", refresh);
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
  }, [latest]);

  // Sync the DataSets with the model: update what stayed, remove what left (linear in items).
  const shownOnce = useRef(false);
  useEffect(() => {
    if (!runtime) return;
    const { timeline, groups } = runtime;
    // For `npm run bench`: the first drawing after navigation, then each redraw for new meetings.
    const mark = shownOnce.current ? TIMELINE_UPDATED_MARK : TIMELINE_RENDERED_MARK;
    const markDrawn = () => {
      timeline.off("changed", markDrawn);
      performance.mark(mark, { detail: { items: model.items.length } });
    };
    timeline.on("changed", markDrawn);

    groups.remove(groups.getIds().filter((id) => !model.lanes.some((lane) => lane.id === id)));
    groups.update(model.lanes.map((lane, order) => ({ id: lane.id, content: "", order, lane })));
    const bounds = boundsOf(model, centerWidth(containerRef.current));
    if (bounds) {
      timeline.setOptions({
        min: bounds.min,
        max: bounds.max,
        zoomMax: bounds.max.getTime() - bounds.min.getTime(),
      });
      if (!shownOnce.current) timeline.setWindow(bounds.min, bounds.max, { animation: false });
      // Only a drawn window counts: a first view with no meetings must still fit the data later.
      shownOnce.current = true;
    }
    syncVisibleItems(runtime, model);
  }, [runtime, model]);

  // Show the cursor as vis's selection and scroll it into the window if it is outside.
  useEffect(() => {
    if (!runtime) return;
    const { timeline, items } = runtime;
    const item = cursor ? items.get(cursor) : null;
    const compared = item ? [] : (comparedIds ?? []).filter((id) => items.get(id));
    timeline.setSelection(item ? [item.id] : compared);
    // The cursor may sit inside an aggregate (not in the DataSet): move to its day all the same.
    const at = cursor === undefined ? undefined : model.position.get(cursor);
    if (at === undefined) return;
    const day = calendarDayToLocalNoon(model.items[at]!.day);
    const { start, end } = timeline.getWindow();
    if (day < start || day > end) timeline.moveTo(day, { animation: false });
  }, [runtime, cursor, model, comparedIds]);

  const fit = () => {
    const bounds = boundsOf(model, centerWidth(containerRef.current));
    if (bounds) runtime?.timeline.setWindow(bounds.min, bounds.max);
  };
  // Zoom about the open meeting when it is in view, else about the visible meetings: never empty space.
  const zoom = (direction: "in" | "out") => {
    if (!runtime) return;
    const { start, end } = runtime.timeline.getWindow();
    const at = cursor === undefined ? undefined : model.position.get(cursor);
    const centre = zoomCentre(model, start, end, at === undefined ? undefined : model.items[at]!.day);
    const half = ((end.getTime() - start.getTime()) * (direction === "in" ? 0.5 : 2)) / 2;
    runtime.timeline.setWindow(new Date(centre - half), new Date(centre + half));
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    let next: string | undefined;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = stepSelection(model, cursor, 1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = stepSelection(model, cursor, -1);
        break;
      case "Home":
        next = model.order[0];
        break;
      case "End":
        next = model.order[model.order.length - 1];
        break;
      case "Enter":
        if (cursor && model.position.has(cursor)) onOpenMeeting(cursor);
        event.preventDefault();
        return;
      case "+":
      case "=":
        zoom("in");
        event.preventDefault();
        return;
      case "-":
        zoom("out");
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) setCursor(next);
  }

  const cursorMeeting = cursor ? index.meetings.get(cursor) : undefined;
  const cursorText = cursorMeeting
    ? `${model.items[model.position.get(cursorMeeting.id) ?? -1]?.label ?? cursorMeeting.id}, ${formatCalendarDay(cursorMeeting.date)}${yours?.has(cursorMeeting.id) ? ", yours" : ""}${cursorMeeting.id === openMeetingId ? " (open)" : ". Press Enter to open."}`
    : "";

  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold text-slate-800 dark:text-slate-100">
          Timeline{" "}
          <span className="font-normal text-slate-500 dark:text-slate-400">
            · {model.items.length} meetings
          </span>
        </h2>
        <ZoomButtons disabled={!runtime} onZoom={zoom} onFit={fit} />
      </div>
      <div
        ref={wrapperRef}
        tabIndex={0}
        role="group"
        aria-roledescription="timeline"
        aria-label="Meetings by counterpart. Left and right arrows move between meetings, Enter opens one."
        onKeyDown={onKeyDown}
        className="relative rounded-b-lg focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
      >
        <div ref={containerRef} className="atlas-timeline min-h-[200px]" />
        {model.items.length === 0 && (
          <p className="absolute inset-0 grid place-items-center text-sm text-slate-500 dark:text-slate-400">
            No meetings to show.
          </p>
        )}
        {loadError && (
          <p
            role="alert"
            className="absolute inset-0 grid place-items-center text-sm text-red-700 dark:text-red-300"
          >
            The timeline could not be loaded: {loadError.message}
          </p>
        )}
      </div>
      <p
        aria-live="polite"
        className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400"
      >
        {cursorText || "Select a meeting: click it, or focus the timeline and use ← →, then Enter."}
      </p>
    </div>
  );
}
