import { countBySide } from "../../domain/compare";
import { actorName, orderedSides, partyName, roleOn, type DatasetIndex } from "../../domain/dataset-index";
import type { Meeting, Readout } from "../../domain/schema";
import { CuratedMark } from "../../components/curated-mark";
import { FormatBadge } from "../../components/format-badge";
import { formatCalendarDay, weekdayOf } from "../../domain/calendar-day";
import { meetingDayLabel, perspectiveLabel } from "../../domain/labels";
import { PartySwatch } from "../../components/lane-mark";
import type { CompareColumn } from "./compare-model";
import { countOf } from "../../domain/plural";

/** "Zhongnanhai, Beijing, China"; undefined when the meeting has no place (calls). */
function placeOf(meeting: Meeting): string | undefined {
  const { venue, city, country } = meeting.location ?? {};
  const parts = [venue, city, country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** Date, format and place of a meeting, with curated facts marked (docs/architecture.md: every claim points at its source). */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const place = placeOf(meeting);
  const { date, format, location } = meeting.provenance;
  return (
    <dl className="space-y-1 text-sm text-slate-700 dark:text-slate-300">
      <div>
        <dt className="sr-only">Date</dt>
        <dd>
          {meetingDayLabel(meeting)} ({weekdayOf(meeting.date)})
          {date.source !== "text" && <CuratedMark note={date.note} kind={date.source} />}
        </dd>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <dt className="sr-only">Format</dt>
        <dd>
          <FormatBadge format={meeting.format} />
          {format.source !== "text" && <CuratedMark note={format.note} kind={format.source} />}
        </dd>
        {meeting.setting && <dd className="text-slate-600 dark:text-slate-400">{meeting.setting}</dd>}
      </div>
      {place && (
        <div>
          <dt className="sr-only">Place</dt>
          <dd>
            {place}
            {location.source !== "text" && <CuratedMark note={location.note} kind={location.source} />}
          </dd>
        </div>
      )}
    </dl>
  );
}

function Principals({ index, meeting }: { index: DatasetIndex; meeting: Meeting }) {
  return (
    <ul className="mt-2 space-y-0.5 text-sm">
      {orderedSides(meeting).map((side) => {
        const role = roleOn(index.actors.get(side.principal), meeting.date);
        return (
          <li key={side.party} className="flex items-baseline gap-1.5">
            <span className="translate-y-[-1px]">
              <PartySwatch party={side.party} />
            </span>
            <span className="font-medium text-slate-900 dark:text-slate-100">
              {actorName(index, side.principal)}
            </span>
            {role && <span className="text-slate-600 dark:text-slate-400">{role}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function AccountFacts({
  index,
  readout,
  column,
}: {
  index: DatasetIndex;
  readout: Readout;
  column: CompareColumn;
}) {
  const counts = countBySide(column.comparand);
  const counterpart = partyName(index, column.source.meeting.counterpart);
  const plural = (n: number) => countOf(n, "statement");
  return (
    <div className="space-y-1 text-sm text-slate-700 dark:text-slate-300">
      <p>{perspectiveLabel(readout.perspective)}</p>
      {readout.title && <p className="text-slate-600 italic dark:text-slate-400">{readout.title}</p>}
      {readout.publishedOn && <p>Published {formatCalendarDay(readout.publishedOn)}</p>}
      <p>
        Attributes {plural(counts.china)} to China, {plural(counts.counterpart)} to {counterpart},{" "}
        {plural(counts.joint)} to both sides.
      </p>
      {readout.url && (
        <p>
          <a
            href={readout.url}
            rel="noreferrer noopener"
            target="_blank"
            className="rounded-sm text-blue-700 underline decoration-blue-700/30 underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-300"
          >
            Original publication<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </div>
  );
}

/** The head of one column: what the meeting was, or whose account of it this is. */
export function ColumnHeader({
  index,
  column,
  position,
}: {
  index: DatasetIndex;
  column: CompareColumn;
  position: "A" | "B";
}) {
  const { source } = column;
  const readouts =
    source.kind === "meeting"
      ? source.meeting.readoutIds.map((id) => index.readouts.get(id)?.publisher ?? id)
      : [];
  return (
    <article
      aria-label={`${position === "A" ? "First" : "Second"} column: ${column.label}`}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid"
    >
      <h3 className="text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">
        {column.label}
      </h3>
      {source.kind === "meeting" ? (
        <>
          <MeetingFacts meeting={source.meeting} />
          <Principals index={index} meeting={source.meeting} />
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
            {readouts.length === 1 ? "Readout" : "Readouts"}: {readouts.join("; ")}
          </p>
        </>
      ) : (
        <AccountFacts index={index} readout={source.readout} column={column} />
      )}
    </article>
  );
}

/** For two accounts of one meeting: the meeting they both describe, shown once above the columns. */
export function SharedMeetingHeader({ index, meeting }: { index: DatasetIndex; meeting: Meeting }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">Two accounts of one meeting</p>
      <MeetingFacts meeting={meeting} />
      <Principals index={index} meeting={meeting} />
    </div>
  );
}
