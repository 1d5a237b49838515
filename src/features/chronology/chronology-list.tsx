import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { NameIndex } from "../../domain/dataset-index";
import { ChronologyItem, type ListedMeeting } from "./chronology-item";
import { CompareBar, CompareTick } from "./compare-selection";
import { chronologyRows, yearBlocks, type ChronologyRow } from "./chronology-rows";
import { rowKeyTarget, tabStopMeeting, type RowColumn } from "./roving-rows";
import { countOf } from "../../domain/plural";

/** Past this many rows only the visible ones are rendered; below it every row is in the DOM (best for find-in-page and screen readers). */
export const VIRTUALISE_FROM_ROWS = 300;

export interface ChronologyListProps {
  index: NameIndex;
  /** The filtered meetings, in date order. */
  meetings: readonly ListedMeeting[];
  /** The open meeting: marked as current and scrolled into view when it changes. */
  selectedId?: string;
  /** Words the search matched: a matching statement is quoted under each meeting. */
  terms?: readonly string[];
  /** The excerpt showing why a meeting matched the search (asked only for the rows on screen). */
  excerptOf?(meetingId: string): string | undefined;
  /** The link target of a meeting (the URL that opens it), so links can be opened in a new tab or copied. */
  hrefFor(id: string): string;
  onSelect(id: string): void;
  /** Shown instead of the list when there are no meetings. */
  empty?: ReactNode;
  /** True while a search has no answer yet: the list says so instead of "no meetings". */
  searching?: boolean;
  /** When given, each meeting gets a checkbox; with two ticked, "Compare" calls this (earlier meeting first). */
  onCompare?(ids: [string, string]): void;
  /** Meetings from the user's library: their rows carry the "yours" mark. */
  yours?: ReadonlySet<string>;
  /** Shown at the right of the list's heading (the app puts the phone's "Timeline ↓" there). */
  headerAction?: ReactNode;
}

const ESTIMATED_HEIGHT = { year: 40, meeting: 96 } as const;

/**
 * The filtered meetings as a list of links grouped under year headings. The list is one Tab stop;
 * arrow keys, Home and End move between meetings and to a row's Compare box (roving-rows.ts); long
 * lists are virtualised but keep the same headings-and-lists structure.
 */
export function ChronologyList({
  index,
  meetings,
  selectedId,
  terms = [],
  excerptOf,
  hrefFor,
  onSelect,
  empty,
  searching = false,
  onCompare,
  yours,
  headerAction,
}: ChronologyListProps) {
  const headingId = useId();
  const hintId = `${headingId}-keys`;
  const [tickedIds, setTicked] = useState<string[]>([]);
  // A ticked meeting that the filters have since hidden no longer counts towards the pair.
  const shownIds = useMemo(() => new Set(meetings.map((m) => m.id)), [meetings]);
  const ticked = tickedIds.filter((id) => shownIds.has(id));
  const toggleTicked = (id: string) =>
    // At most two: ticking a third replaces the older choice, so the pair is always the last two picked.
    setTicked((current) => {
      const visible = current.filter((t) => shownIds.has(t));
      return visible.includes(id) ? visible.filter((t) => t !== id) : [...visible, id].slice(-2);
    });
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => chronologyRows(meetings), [meetings]);
  const virtual = rows.length > VIRTUALISE_FROM_ROWS;
  // TanStack Virtual returns fresh functions each render; this project does not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ESTIMATED_HEIGHT[rows[i]?.kind ?? "meeting"],
    overscan: 10,
    // Render a screenful before the container is measured, so the first paint is not empty.
    initialRect: { width: 0, height: 800 },
    getItemKey: (i) => rowKey(rows[i], i),
  });
  const rendered = virtual ? virtualizer.getVirtualItems().map((item) => item.index) : rows.map((_, i) => i);
  const offset = virtual ? (virtualizer.getVirtualItems()[0]?.start ?? 0) : 0;

  const rowOfMeeting = useMemo(
    () => new Map(rows.flatMap((row, i) => (row.kind === "meeting" ? [[row.meeting.id, i] as const] : []))),
    [rows],
  );

  // Bring the open meeting into view when it is chosen elsewhere (timeline, URL), moving only the list.
  useEffect(() => {
    if (!selectedId) return;
    const rowIndex = rowOfMeeting.get(selectedId);
    if (rowIndex === undefined) return;
    if (virtual) {
      virtualizer.scrollToIndex(rowIndex, { align: "auto" });
      return;
    }
    const container = scrollRef.current;
    const link = container?.querySelector<HTMLElement>(`[data-row="${rowIndex}"]`);
    if (!container || !link) return;
    const top = link.offsetTop - container.offsetTop;
    if (top < container.scrollTop) container.scrollTop = top;
    else if (top + link.offsetHeight > container.scrollTop + container.clientHeight)
      container.scrollTop = top + link.offsetHeight - container.clientHeight;
  }, [selectedId, rowOfMeeting, virtual, virtualizer]);

  // One Tab stop for the whole list (roving tabindex): the row last focused, the open one, or the first.
  const [lastFocused, setLastFocused] = useState<string>();
  const renderedIds = rendered.flatMap((i) => {
    const row = rows[i];
    return row?.kind === "meeting" ? [row.meeting.id] : [];
  });
  const tabStop = tabStopMeeting(renderedIds, lastFocused, selectedId);

  const focusRow = (rowIndex: number, column: RowColumn) => {
    const selector = `[data-row="${rowIndex}"] ${column === "link" ? "a" : "input"}`;
    const focus = () => scrollRef.current?.querySelector<HTMLElement>(selector)?.focus();
    if (!virtual) return focus();
    virtualizer.scrollToIndex(rowIndex, { align: "auto" });
    // The row renders on the virtualiser's next pass.
    requestAnimationFrame(() => requestAnimationFrame(focus));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const current = target.closest<HTMLElement>("[data-row]");
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const column: RowColumn = target.tagName === "INPUT" ? "tick" : "link";
    const meetingRows = [...rowOfMeeting.values()];
    const next = rowKeyTarget(
      event.key,
      meetingRows,
      Number(current.dataset.row),
      column,
      Boolean(onCompare),
    );
    if (!next) return;
    event.preventDefault();
    focusRow(next.row, next.column);
  };

  const renderRow = (i: number) => {
    const row = rows[i];
    if (row?.kind !== "meeting") return null;
    return (
      <li
        key={row.meeting.id}
        data-row={i}
        data-index={i}
        ref={virtual ? virtualizer.measureElement : undefined}
        aria-setsize={row.yearCount}
        aria-posinset={row.position}
        className={onCompare ? "flex items-start gap-1" : undefined}
      >
        <div className="min-w-0 flex-1">
          <ChronologyItem
            index={index}
            meeting={row.meeting}
            selected={row.meeting.id === selectedId}
            terms={terms}
            excerpt={terms.length ? excerptOf?.(row.meeting.id) : undefined}
            href={hrefFor(row.meeting.id)}
            tabStop={row.meeting.id === tabStop}
            describedBy={row.meeting.id === tabStop ? hintId : undefined}
            onSelect={onSelect}
            yours={yours?.has(row.meeting.id)}
          />
        </div>
        {onCompare && (
          <CompareTick
            index={index}
            meeting={row.meeting}
            checked={ticked.includes(row.meeting.id)}
            onToggle={() => toggleTicked(row.meeting.id)}
          />
        )}
      </li>
    );
  };

  return (
    <div
      aria-busy={searching || undefined}
      className="flex flex-col rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Chronology{" "}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            · {searching ? "searching…" : countOf(meetings.length, "meeting")}
          </span>
        </h2>
        {headerAction}
      </div>
      <p id={hintId} className="sr-only">
        {onCompare
          ? "Up and down arrows move between meetings, right arrow reaches the Compare box."
          : "Up and down arrows move between meetings."}
      </p>
      {searching && meetings.length === 0 ? (
        <p className="p-3 text-sm text-slate-600 dark:text-slate-400">Searching the readouts…</p>
      ) : meetings.length === 0 ? (
        <div className="p-3">
          {empty ?? <p className="text-sm text-slate-600 dark:text-slate-400">No meetings to list.</p>}
        </div>
      ) : (
        <div
          ref={scrollRef}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const id = (event.target as HTMLElement).closest("li")?.querySelector("a")?.dataset.meetingLink;
            if (id) setLastFocused(id);
          }}
          // Room under the last meeting for the floating compare bar.
          className={`max-h-[70dvh] overflow-y-auto overscroll-contain p-1.5 lg:max-h-[calc(100dvh-10rem)] ${onCompare && ticked.length > 0 ? "pb-16" : ""}`}
        >
          <div style={virtual ? { height: virtualizer.getTotalSize(), position: "relative" } : undefined}>
            <div style={virtual ? { transform: `translateY(${offset}px)` } : undefined}>
              {yearBlocks(rows, rendered).map((block) => (
                <section
                  key={`${block.year}-${block.heading ?? block.items[0]}`}
                  aria-labelledby={block.heading !== undefined ? `${headingId}-${block.year}` : undefined}
                >
                  {block.heading !== undefined && (
                    <h3
                      id={`${headingId}-${block.year}`}
                      data-index={block.heading}
                      ref={virtual ? virtualizer.measureElement : undefined}
                      className="px-3 pt-3 pb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
                    >
                      {block.year}{" "}
                      <span className="font-normal normal-case">· {yearCountLabel(rows[block.heading])}</span>
                    </h3>
                  )}
                  <ul
                    aria-label={block.heading === undefined ? `${block.year}, continued` : undefined}
                    className="space-y-0.5"
                  >
                    {block.items.map(renderRow)}
                  </ul>
                </section>
              ))}
            </div>
          </div>
        </div>
      )}
      {/* After the list: drawn floating, but next in Tab order from the tick that made it appear. */}
      {onCompare && ticked.length > 0 && (
        <CompareBar
          count={ticked.length}
          onCompare={() => {
            const pair = meetings.filter((m) => ticked.includes(m.id)).map((m) => m.id);
            if (pair.length === 2) onCompare([pair[0]!, pair[1]!]);
            setTicked([]);
          }}
          onClear={() => setTicked([])}
        />
      )}
    </div>
  );
}

function rowKey(row: ChronologyRow | undefined, i: number): string {
  if (!row) return String(i);
  return row.kind === "year" ? `year-${row.year}` : row.meeting.id;
}

function yearCountLabel(row: ChronologyRow | undefined): string {
  const count = row?.kind === "year" ? row.count : 0;
  return countOf(count, "meeting");
}
