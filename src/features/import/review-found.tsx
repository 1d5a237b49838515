import { CuratedMark } from "../../components/curated-mark";
import { InferredMeetingNote } from "../../components/inferred-meeting-note";
import {
  actorName,
  meetingTitle,
  orderedSides,
  partyName,
  topicLabel,
  type NameIndex,
} from "../../domain/dataset-index";
import { formatLabel, meetingDayLabel } from "../../domain/labels";
import type { Meeting } from "../../domain/schema";

function placeOf(meeting: Meeting): string {
  const { venue, city, country } = meeting.location ?? {};
  return [venue, city, country].filter(Boolean).join(", ");
}

function speakerCounts(names: NameIndex, meeting: Meeting): string {
  const counts = new Map<string, number>();
  for (const s of meeting.statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  return [...counts].map(([speaker, n]) => `${actorName(names, speaker)} ${n}`).join(", ") || "none";
}

/** What the pipeline found in one readout, meeting by meeting, with how each date was found. */
export function ReviewFound({
  names,
  meetings,
  dateHow,
  warnings,
}: {
  names: NameIndex;
  meetings: readonly Meeting[];
  dateHow: Readonly<Record<string, string>>;
  warnings: readonly string[];
}) {
  return (
    <div className="space-y-3 text-sm">
      {meetings.map((meeting) => {
        const date = meeting.provenance.date;
        const place = meeting.provenance.location;
        return (
          <section
            key={meeting.id}
            aria-label={`Found: ${meetingTitle(names, meeting)}`}
            className="space-y-1"
          >
            <h4 className="font-semibold">{meetingTitle(names, meeting)}</h4>
            <InferredMeetingNote meeting={meeting} />
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
              <dt className="text-slate-600 dark:text-slate-400">Date</dt>
              <dd>
                {meetingDayLabel(meeting)}
                {date.source !== "text" ? (
                  <CuratedMark note={date.note} kind={date.source} />
                ) : (
                  dateHow[meeting.id] && (
                    <span className="text-slate-600 dark:text-slate-400"> · {dateHow[meeting.id]}</span>
                  )
                )}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Place</dt>
              <dd>
                {placeOf(meeting) || "not stated"}
                {place.source !== "text" && placeOf(meeting) && (
                  <CuratedMark note={place.note} kind={place.source} />
                )}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Format</dt>
              <dd>{formatLabel(meeting.format)}</dd>
              {orderedSides(meeting).map((side) => (
                <div key={side.party} className="contents">
                  <dt className="text-slate-600 dark:text-slate-400">{partyName(names, side.party)}</dt>
                  <dd>{[side.principal, ...side.attendees].map((id) => actorName(names, id)).join(", ")}</dd>
                </div>
              ))}
              <dt className="text-slate-600 dark:text-slate-400">Topics</dt>
              <dd>{meeting.topics.map((id) => topicLabel(names, id)).join(", ") || "none found"}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Statements</dt>
              <dd>{speakerCounts(names, meeting)}</dd>
            </dl>
          </section>
        );
      })}
      {warnings.length > 0 && (
        <div>
          <h4 className="font-semibold">Warnings</h4>
          <ul className="list-disc space-y-0.5 pl-5 text-amber-900 dark:text-amber-200">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
