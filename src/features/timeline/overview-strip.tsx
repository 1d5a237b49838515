import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import {
  centreFraction,
  windowCentredAt,
  windowMark,
  windowMovedBy,
  type TimeSpan,
} from "../../domain/overview-geometry";

export interface OverviewStripProps {
  /** Whole years the data covers, drawn edge to edge. */
  years: { first: number; last: number };
  /** `years` as times: 1 January of the first to 1 January after the last, local time like the axis. */
  range: TimeSpan;
  /** Meetings per month in the whole data (grey) and among those shown (in colour). */
  all: readonly number[];
  shown: readonly number[];
  /** The timeline's visible window and how the timeline names it ("Showing … – …"). */
  window: TimeSpan;
  windowText: string;
  onMove(window: TimeSpan): void;
}

/** The strip's box; its track (h-8) and year labels (h-4) set its height. */
const STRIP_BOX = "border-t border-slate-200 px-3 pt-2 pb-1 dark:border-slate-800";

/** The strip's empty room, shown while the timeline's window is not known yet. */
export function OverviewReserve() {
  return (
    <div aria-hidden="true" className={STRIP_BOX}>
      <div className="h-8 rounded-sm bg-slate-50 dark:bg-slate-950" />
      <div className="h-4" />
    </div>
  );
}

/** One bar per month, as tall as its share of the busiest month (empty months draw nothing). */
function Bars({ counts, peak, className }: { counts: readonly number[]; peak: number; className: string }) {
  return counts.map((n, month) =>
    n > 0 ? (
      <rect key={month} x={month} y={1 - n / peak} width={0.85} height={n / peak} className={className} />
    ) : null,
  );
}

/** Keys and how far each moves the window, in shares of its own span. */
const KEY_SHARES: Record<string, number> = {
  ArrowLeft: -0.1,
  ArrowDown: -0.1,
  ArrowRight: 0.1,
  ArrowUp: 0.1,
  PageDown: -1,
  PageUp: 1,
};

/**
 * The whole range at a glance with the timeline's window marked: a slider whose value is the
 * window's place. Arrows move it a tenth of its width, Page Up/Down a whole width, Home/End to
 * either end; a click centres it there and a drag carries it along.
 */
export function OverviewStrip({ years, range, all, shown, window, windowText, onMove }: OverviewStripProps) {
  const track = useRef<HTMLDivElement>(null);
  // While dragging: how far right of the window's centre the pointer took hold of it.
  const grip = useRef<number | undefined>(undefined);
  const mark = windowMark(window, range);
  const peak = Math.max(1, ...all);
  const count = years.last - years.first + 1;
  const labelEvery = Math.ceil(count / 6);

  const fractionAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    return box && box.width > 0 ? (clientX - box.left) / box.width : 0.5;
  };
  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const at = fractionAt(event.clientX);
    const inside = at >= mark.left && at <= mark.left + mark.width;
    grip.current = inside ? at - centreFraction(window, range) : 0;
    event.currentTarget.setPointerCapture(event.pointerId);
    if (!inside) onMove(windowCentredAt(at, window, range));
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (grip.current === undefined) return;
    onMove(windowCentredAt(fractionAt(event.clientX) - grip.current, window, range));
  }
  const release = () => (grip.current = undefined);
  const pointer = { onPointerDown, onPointerMove, onPointerUp: release, onPointerCancel: release };
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const share = KEY_SHARES[event.key];
    if (share !== undefined) onMove(windowMovedBy(share, window, range));
    else if (event.key === "Home") onMove(windowCentredAt(0, window, range));
    else if (event.key === "End") onMove(windowCentredAt(1, window, range));
    else return;
    event.preventDefault();
  }

  const centreYear = years.first + centreFraction(window, range) * count;
  return (
    <div className={STRIP_BOX}>
      <div
        ref={track}
        role="slider"
        tabIndex={0}
        aria-label={`Overview ${years.first}–${years.last}: the timeline's visible period`}
        aria-valuemin={years.first}
        aria-valuemax={years.last + 1}
        aria-valuenow={Math.round(centreYear * 10) / 10}
        aria-valuetext={windowText}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
        {...pointer}
        className="relative h-8 cursor-pointer touch-none rounded-sm bg-slate-50 select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-slate-950"
      >
        <svg
          aria-hidden="true"
          viewBox={`0 0 ${all.length} 1`}
          preserveAspectRatio="none"
          className="absolute inset-0 size-full"
        >
          <Bars counts={all} peak={peak} className="fill-slate-300 dark:fill-slate-700" />
          <Bars counts={shown} peak={peak} className="fill-blue-600 dark:fill-blue-400" />
        </svg>
        <div
          aria-hidden="true"
          className="absolute inset-y-0 rounded-sm border-2 border-slate-800 bg-slate-800/10 dark:border-slate-100 dark:bg-slate-100/10"
          style={{ left: `${mark.left * 100}%`, width: `${mark.width * 100}%` }}
        />
      </div>
      <div
        aria-hidden="true"
        className="relative h-4 text-[0.65rem] text-slate-600 tabular-nums dark:text-slate-400"
      >
        {Array.from({ length: count }, (_, i) =>
          i % labelEvery === 0 ? (
            <span key={i} className="absolute top-0" style={{ left: `${(i / count) * 100}%` }}>
              {years.first + i}
            </span>
          ) : null,
        )}
      </div>
    </div>
  );
}
