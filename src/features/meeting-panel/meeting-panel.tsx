import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { Button } from "../../components/button";
import { Chip } from "../../components/chip";
import { CiteButton } from "../../components/cite-button";
import { CuratedMark } from "../../components/curated-mark";
import { InferredMeetingNote } from "../../components/inferred-meeting-note";
import { OriginalPageLink } from "../../components/original-page-link";
import { YoursMark } from "../../components/yours-mark";
import { FormatBadge } from "../../components/format-badge";
import { bringIntoView } from "../../hooks/bring-into-view";
import { meetingTitle, topicLabel, type DatasetIndex } from "../../domain/dataset-index";
import { meetingCitation, readoutCitation } from "../../domain/citations";
import type { ReadoutCurated } from "../../domain/library";
import type { Meeting } from "../../domain/schema";
import { datePrecisionNote, meetingDayLabel, perspectiveLabel, remotePlaceLabel } from "../../domain/labels";
import { groupPositions } from "./group-positions";
import { Participants } from "./participants";
import { ProvenanceLink } from "./provenance-link";
import { StatedPositions } from "./stated-positions";

export interface MeetingPanelProps {
  index: DatasetIndex;
  meeting: Meeting;
  /** Opens the source viewer on a readout, optionally at a span. */
  onOpenSource: (readoutId: string, span?: [number, number]) => void;
  onClose: () => void;
  /** Extra actions for this meeting, shown under its facts (the app passes "Compare with…"). */
  actions?: ReactNode;
  /** The user's library readouts, with the notes of the facts the user supplied: marked "yours". */
  own?: ReadonlyMap<string, ReadoutCurated>;
  /**
   * The reader just chose this meeting (in the list, by tapping): scroll the panel into view and
   * focus its heading, then call `onFocusTaken`. Not on a reload or on coming back from a readout.
   */
  takeFocus?: boolean;
  onFocusTaken?(): void;
}

function placeOf(meeting: Meeting): string | undefined {
  const { venue, city, country } = meeting.location ?? {};
  const parts = [venue, city, country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** One meeting: when, where, who, which topics, and what each side said according to each readout. */
export function MeetingPanel({
  index,
  meeting,
  onOpenSource,
  onClose,
  actions,
  own,
  takeFocus = false,
  onFocusTaken,
}: MeetingPanelProps) {
  const articleRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    bringIntoView(articleRef.current, headingRef.current);
    onFocusTaken?.();
  }, [takeFocus, meeting.id, onFocusTaken]);
  const positions = useMemo(() => groupPositions(meeting), [meeting]);
  const title = meetingTitle(index, meeting);
  const place = placeOf(meeting);
  const headingId = `meeting-${meeting.id}`;
  return (
    <article
      ref={articleRef}
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="space-y-3 border-b border-slate-200 p-5 dark:border-slate-800">
        <div className="flex items-start justify-between gap-4">
          <div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <ProvenanceLink provenance={meeting.provenance.date} onOpenSource={onOpenSource}>
                <time dateTime={meeting.date}>{sentenceCase(meetingDayLabel(meeting, "weekday"))}</time>
              </ProvenanceLink>
            </p>
            {datePrecisionNote(meeting) && (
              <p className="text-xs text-amber-800 dark:text-amber-200">{datePrecisionNote(meeting)}</p>
            )}
            <h2
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              className="mt-0.5 rounded-sm text-xl font-semibold tracking-tight outline-offset-4 focus:outline-none focus-visible:outline-2 focus-visible:outline-blue-600"
            >
              {title}
            </h2>
            <InferredMeetingNote meeting={meeting} />
          </div>
          <Button variant="quiet" onClick={onClose} aria-label="Close meeting">
            Close
          </Button>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600 dark:text-slate-400">Place</dt>
          <dd>
            <ProvenanceLink provenance={meeting.provenance.location} onOpenSource={onOpenSource}>
              {place ?? (meeting.format === "in-person" ? "Not stated" : remotePlaceLabel(meeting.format))}
            </ProvenanceLink>
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Format</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <ProvenanceLink provenance={meeting.provenance.format} onOpenSource={onOpenSource}>
              <FormatBadge format={meeting.format} />
            </ProvenanceLink>
            {meeting.setting && <span className="text-slate-700 dark:text-slate-300">{meeting.setting}</span>}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">
            {meeting.readoutIds.length === 1 ? "Source" : "Sources"}
          </dt>
          <dd>
            <ul className="space-y-0.5">
              {meeting.readoutIds.map((id) => {
                const readout = index.readouts.get(id);
                const mine = own?.get(id);
                return (
                  <li key={id}>
                    <Button variant="link" onClick={() => onOpenSource(id)}>
                      {readout?.publisher ?? id}
                    </Button>
                    {mine?.publisher && <CuratedMark note={`publisher supplied by you: ${mine.publisher}`} />}
                    {readout && (
                      <span className="text-slate-600 dark:text-slate-400">
                        {" "}
                        · {perspectiveLabel(readout.perspective)}
                      </span>
                    )}
                    {mine?.perspective && (
                      <CuratedMark note={`perspective supplied by you: ${mine.perspective}`} />
                    )}
                    {mine && <YoursMark />}
                    {readout && (
                      <span className="ml-2 inline-flex items-center gap-1">
                        <OriginalPageLink url={readout.url} publisher={readout.publisher} />
                        <CiteButton
                          what={`the readout by ${readout.publisher}`}
                          label="Cite the readout"
                          citation={() => readoutCitation(readout)}
                        />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </dd>
        </dl>
        <div className="flex flex-wrap items-center gap-2">
          {actions}
          <CiteButton
            what="this meeting"
            label="Cite this meeting"
            citation={() =>
              meetingCitation(
                meeting,
                title,
                meeting.readoutIds.flatMap((id) => index.readouts.get(id) ?? []),
              )
            }
          />
        </div>
      </header>

      <section aria-label="Participants" className="border-b border-slate-200 p-5 dark:border-slate-800">
        <h3 className="mb-3 text-base font-semibold">Who was there</h3>
        <Participants index={index} meeting={meeting} />
      </section>

      <section aria-label="Topics" className="border-b border-slate-200 p-5 dark:border-slate-800">
        <h3 className="mb-2 text-base font-semibold">Topics raised</h3>
        {meeting.topics.length > 0 ? (
          <ul className="flex flex-wrap gap-1.5">
            {meeting.topics.map((topic) => (
              <li key={topic}>
                <Chip title={index.topics.get(topic)?.group}>{topicLabel(index, topic)}</Chip>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No topics recognised in the readout.</p>
        )}
      </section>

      <div className="divide-y divide-slate-200 dark:divide-slate-800">
        {positions.map((readoutPositions) => (
          <div key={readoutPositions.readoutId} className="p-5">
            <StatedPositions index={index} positions={readoutPositions} onOpenSource={onOpenSource} />
          </div>
        ))}
      </div>
    </article>
  );
}

/** "on or before …" opens the panel's date line, so its first letter is a capital. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
