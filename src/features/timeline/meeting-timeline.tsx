import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { NameIndex } from "../../domain/dataset-index";
import { calendarDayToLocalNoon, formatCalendarDay } from "../../domain/calendar-day";
import { useLatest } from "../../hooks/use-latest";
import { TIMELINE_RENDERED_MARK, TIMELINE_UPDATED_MARK } from "../../domain/performance-marks";
import { shownSelection, syncVisibleItems } from "./timeline-items";
import { timelineKeyAction } from "./timeline-keys";
import { TimelineLegend } from "./timeline-legend";
import { itemStandingFor, revealStep } from "./timeline-reveal";
import { ZoomButtons } from "./zoom-buttons";
import { boundsOf, windowText, zoomCentre, zoomedWindow, type TimeWindow } from "./timeline-window";
import { OverviewReserve, OverviewStrip } from "./overview-strip";
import { useOverview } from "./use-overview";
import { buildTimelineModel, type TimelineMeeting } from "./timeline-model";
import { drawWidth, useVisTimeline, type TimelineHandlers } from "./use-vis-timeline";
import { countOf } from "../../domain/plural";

/** The shown window covers the limits (to within a thousandth of them: vis rounds). */
function atFullRange(shown: TimeWindow, limits: { min: number; max: number } | undefined) {
  if (!limits) return false;
  const slack = (limits.max - limits.min) / 1000;
  return shown.start <= limits.min + slack && shown.end >= limits.max - slack;
}

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

/** Redraws to watch while bringing the cursor into view (each may scroll closer; vis redraws after each). */
const REVEAL_STEPS = 6;

/**
 * The zoomable timeline: one lane per counterpart, one item per meeting (aggregates at wide zoom).
 * vis-timeline lives in `useVisTimeline`; this component keeps it in step with the props.
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
  const overview = useOverview(index.meetings, model);
  const hasYours = useMemo(() => model.items.some((item) => item.yours), [model]);
  const containerRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);

  // The keyboard cursor: follows the open meeting, and arrows move it without opening.
  const [cursor, setCursor] = useState(openMeetingId);
  const [followedOpen, setFollowedOpen] = useState(openMeetingId);
  if (followedOpen !== openMeetingId) {
    setFollowedOpen(openMeetingId);
    setCursor(openMeetingId);
  }

  // Bringing the cursor's meeting (or the aggregate counting it) into view, lanes included:
  // steps left, and whether to start once a zoom of ours settles. A drag or wheel of the user's stops it.
  const revealing = useRef(0);
  const revealOnSettle = useRef(false);
  // The window our last zoom asked for: quick clicks build on it, not on a half-run animation.
  const intended = useRef<TimeWindow | undefined>(undefined);
  const limits = useRef<{ min: number; max: number } | undefined>(undefined);

  const reveal = () => {
    const at = cursor === undefined ? undefined : model.position.get(cursor);
    const item = at === undefined ? undefined : model.items[at];
    const container = containerRef.current;
    if (!runtime || !item || !container || revealing.current === 0) return;
    const id = itemStandingFor((candidate) => runtime.items.get(candidate) !== null, item);
    // Not in the DataSet yet (the window is elsewhere): the next redraw may bring it.
    if (id === undefined) return;
    // Look again on the next few redraws even once it shows: vis restacks a lane after drawing
    // new items, which can push it back out of view.
    revealStep(container, id, item.lane);
    revealing.current -= 1;
  };

  const latest = useLatest<TimelineHandlers>({
    model,
    cursor,
    compared: comparedIds ?? [],
    onOpenMeeting,
    onRedraw: () => reveal(),
    onWindowShown: ({ start, end }) => {
      setShown((was) =>
        was?.start === start.getTime() && was.end === end.getTime()
          ? was
          : { start: start.getTime(), end: end.getTime() },
      );
      setFullRange(atFullRange({ start: start.getTime(), end: end.getTime() }, limits.current));
    },
    onRangeChange: (byUser) => {
      if (!byUser) return;
      revealing.current = 0;
      revealOnSettle.current = false;
      intended.current = undefined;
    },
    onRangeChanged: (byUser) => {
      intended.current = undefined;
      if (byUser || !revealOnSettle.current) return;
      revealOnSettle.current = false;
      revealing.current = REVEAL_STEPS;
      reveal();
    },
  });
  const [shown, setShown] = useState<TimeWindow | undefined>(undefined);
  const [fullRange, setFullRange] = useState(false);
  const { runtime, loadError } = useVisTimeline(containerRef, wrapperRef, latest);

  // Sync the DataSets with the model: update what stayed, remove what left (linear in items).
  const shownOnce = useRef(false);
  // The extent last fitted: new filters refit the window to their meetings, other changes keep it.
  const fitted = useRef<string | undefined>(undefined);
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
    // With nothing to show, the axis keeps the whole data's years rather than vis's default week.
    const whole = overview && { min: new Date(overview.range.start), max: new Date(overview.range.end) };
    const bounds = boundsOf(model, drawWidth(containerRef.current)) ?? whole;
    if (bounds) {
      limits.current = { min: bounds.min.getTime(), max: bounds.max.getTime() };
      timeline.setOptions({
        min: bounds.min,
        max: bounds.max,
        zoomMax: bounds.max.getTime() - bounds.min.getTime(),
      });
      const extent = `${model.extent?.first}|${model.extent?.last}`;
      if (fitted.current !== extent) timeline.setWindow(bounds.min, bounds.max, { animation: false });
      fitted.current = extent;
      shownOnce.current = true;
    }
    syncVisibleItems(runtime, model);
  }, [runtime, model, overview]);

  // Show the cursor as vis's selection and bring it into the window if it is outside.
  useEffect(() => {
    if (!runtime) return;
    const { timeline, items } = runtime;
    timeline.setSelection(shownSelection((id) => items.get(id) !== null, cursor, comparedIds ?? []));
    // The cursor may sit inside an aggregate (not in the DataSet): move to its day all the same.
    const at = cursor === undefined ? undefined : model.position.get(cursor);
    if (at === undefined) return;
    const day = calendarDayToLocalNoon(model.items[at]!.day);
    const { start, end } = timeline.getWindow();
    if (day < start || day > end) timeline.moveTo(day, { animation: false });
    // Its lane may be scrolled away: once vis has drawn, scroll to it.
    revealing.current = REVEAL_STEPS;
    const frame = requestAnimationFrame(() => latest.current.onRedraw());
    return () => cancelAnimationFrame(frame);
  }, [runtime, cursor, model, comparedIds, latest]);

  const fit = () => {
    // With nothing to show, the axis keeps the whole data's years rather than vis's default week.
    const whole = overview && { min: new Date(overview.range.start), max: new Date(overview.range.end) };
    const bounds = boundsOf(model, drawWidth(containerRef.current)) ?? whole;
    if (bounds) runtime?.timeline.setWindow(bounds.min, bounds.max);
  };
  // Zoom about the open meeting when it is in view, else about the visible meetings: never empty space.
  const zoom = (direction: "in" | "out") => {
    if (!runtime) return;
    const shown = runtime.timeline.getWindow();
    const from = intended.current ?? { start: shown.start.getTime(), end: shown.end.getTime() };
    const at = cursor === undefined ? undefined : model.position.get(cursor);
    const day = at === undefined ? undefined : model.items[at]!.day;
    const centre = zoomCentre(model, new Date(from.start), new Date(from.end), day);
    const next = zoomedWindow(from, centre, direction === "in" ? 0.5 : 2, limits.current);
    intended.current = next;
    revealOnSettle.current = true;
    runtime.timeline.setWindow(new Date(next.start), new Date(next.end), { animation: { duration: 250 } });
  };

  // The overview strip moves the window where it is told (vis keeps it inside the limits).
  const moveTo = (window: TimeWindow) => {
    if (!runtime) return;
    runtime.timeline.setWindow(new Date(window.start), new Date(window.end), { animation: false });
    // What vis made of it (clamped to the limits, maybe unchanged), drawn at once while dragging.
    const { start, end } = runtime.timeline.getWindow();
    setShown({ start: start.getTime(), end: end.getTime() });
    setFullRange(atFullRange({ start: start.getTime(), end: end.getTime() }, limits.current));
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const action = timelineKeyAction(event.key, model, cursor);
    if (!action) return;
    event.preventDefault();
    if (action.kind === "zoom") zoom(action.direction);
    else if (action.kind === "open") {
      if (cursor && model.position.has(cursor)) onOpenMeeting(cursor);
    } else if (action.to) setCursor(action.to);
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
            · {countOf(model.items.length, "meeting")}
          </span>
        </h2>
        {shown && model.extent && (
          <p className="ml-auto text-xs text-slate-600 tabular-nums dark:text-slate-400">
            {windowText(shown)}
          </p>
        )}
        <ZoomButtons disabled={!runtime} atFullRange={fullRange} onZoom={zoom} onFit={fit} />
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
      {overview &&
        model.extent &&
        (shown ? (
          <OverviewStrip {...overview} window={shown} windowText={windowText(shown)} onMove={moveTo} />
        ) : (
          // Until vis reports its window, the strip's room is kept, so nothing below moves
          // under the reader's pointer when it appears.
          <OverviewReserve />
        ))}
      <TimelineLegend lanes={model.lanes} yours={hasYours} />
      <p
        aria-live="polite"
        className="border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400"
      >
        {cursorText || "Select a meeting: click it, or focus the timeline and use ← →, then Enter."}
      </p>
    </div>
  );
}
