import type { MouseEvent } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import { YoursMark } from "../../components/yours-mark";
import { meetingTitle, partyName, topicLabel, type NameIndex } from "../../domain/dataset-index";
import type { Meeting } from "../../domain/schema";
import { formatGlyph, formatLabel, meetingDayLabel } from "../../domain/labels";

const SHOWN_TOPICS = 3;

/** What a list row shows of a meeting: the index's summary or a full meeting both qualify. */
export type ListedMeeting = Pick<
  Meeting,
  "id" | "date" | "format" | "location" | "counterpart" | "sides" | "topics"
>;

export interface ChronologyItemProps {
  index: NameIndex;
  meeting: ListedMeeting;
  selected: boolean;
  terms: readonly string[];
  /** Why the meeting matched the search: words around the match in its own text. */
  excerpt?: string;
  href: string;
  /** True for the one row whose link is the list's Tab stop; the others are reached with the arrow keys. */
  tabStop?: boolean;
  /** The id of the keyboard hint, given to the Tab stop's link. */
  describedBy?: string;
  onSelect(id: string): void;
  /** From the user's library: shows the "yours" mark. */
  yours?: boolean;
}

/** Where and how: "Moscow, Russia · In person", or just the format when no place is known. */
function placeAndFormat(meeting: ListedMeeting): string {
  const place = [meeting.location?.city, meeting.location?.country].filter(Boolean).join(", ");
  return [place, formatLabel(meeting.format)].filter(Boolean).join(" · ");
}

/** A plain left click selects in place; modified clicks keep the link's normal behaviour (new tab…). */
function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function ChronologyItem({
  index,
  meeting,
  selected,
  terms,
  excerpt,
  href,
  tabStop = true,
  describedBy,
  onSelect,
  yours = false,
}: ChronologyItemProps) {
  const topics = meeting.topics.slice(0, SHOWN_TOPICS).map((id) => topicLabel(index, id));
  const more = meeting.topics.length - topics.length;
  const quote = terms.length ? excerpt : undefined;
  const glyph = formatGlyph(meeting.format);
  return (
    <a
      href={href}
      data-meeting-link={meeting.id}
      tabIndex={tabStop ? 0 : -1}
      aria-describedby={describedBy}
      aria-current={selected ? "true" : undefined}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        onSelect(meeting.id);
      }}
      className={`block rounded-md border-l-4 px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-blue-600 ${
        selected
          ? "border-blue-600 bg-blue-50 dark:border-blue-400 dark:bg-blue-950/60"
          : "border-transparent hover:bg-slate-100 dark:hover:bg-slate-800/70"
      }`}
    >
      <span className="flex items-baseline justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <time dateTime={meeting.date} className="tabular-nums">
          {meetingDayLabel(meeting, "short")}
        </time>
        <span>{partyName(index, meeting.counterpart)}</span>
      </span>
      <span className="mt-0.5 block font-medium text-slate-900 dark:text-slate-50">
        {meetingTitle(index, meeting)}
        {yours && <YoursMark />}
      </span>
      <span className="block text-sm text-slate-700 dark:text-slate-300">
        {glyph && <span aria-hidden="true">{glyph} </span>}
        {placeAndFormat(meeting)}
      </span>
      {topics.length > 0 && (
        <span className="mt-0.5 block text-xs text-slate-600 dark:text-slate-400">
          <span className="sr-only">Topics: </span>
          {topics.join(" · ")}
          {more > 0 && ` · +${more} more`}
        </span>
      )}
      {quote && (
        <span className="mt-1 block border-l-2 border-slate-300 pl-2 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
          <HighlightedText text={quote} terms={terms} />
        </span>
      )}
    </a>
  );
}
