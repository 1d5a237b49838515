import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "../../components/button";
import { actorName, partyName, type DatasetIndex } from "../../domain/dataset-index";
import { JOINT, NARRATOR } from "../../domain/schema";
import { formatCalendarDay } from "../../domain/calendar-day";
import { perspectiveLabel } from "../../domain/labels";
import { NARRATOR_TONE, speakerTones } from "../../theme/speaker-tones";
import { buildRuns } from "./source-runs";
import { RunText, type SpeakerMarking } from "./statement-run";
import { statementKeyTarget, tabStopRun } from "./statement-keys";

export interface SourceViewerProps {
  index: DatasetIndex;
  readoutId: string;
  /** The span to scroll to and mark (a statement, or any fact's span). */
  span?: [number, number];
  /** Called when a highlighted statement is clicked, to make its span the linked one. */
  onSelectSpan: (span: [number, number]) => void;
  onClose: () => void;
  closeLabel: string;
}

/**
 * The cleaned readout. Calm by default: only the focused statement is marked and each statement
 * starts with a thin bar in its speaker's colour; a toggle colours every statement (issue 13).
 */
export function SourceViewer({
  index,
  readoutId,
  span,
  onSelectSpan,
  onClose,
  closeLabel,
}: SourceViewerProps) {
  const readout = index.readouts.get(readoutId);
  const statements = useMemo(
    () => (index.statementsByReadout.get(readoutId) ?? []).map((ref) => ref.statement),
    [index, readoutId],
  );
  const tones = useMemo(() => speakerTones(statements.filter((s) => s.speaker !== NARRATOR)), [statements]);
  const runs = useMemo(
    () => (readout ? buildRuns(readout.text, statements, span) : []),
    [readout, statements, span],
  );
  const [marking, setMarking] = useState<SpeakerMarking>("calm");
  // The runs a reader can focus (a statement with a speaker other than the narrator) and the Tab stop.
  const statementRuns = useMemo(
    () => runs.flatMap((run, i) => (run.statement && run.statement.speaker !== NARRATOR ? [i] : [])),
    [runs],
  );
  // Kept per readout: another readout's run numbers mean other sentences.
  const [focused, setLastFocused] = useState<{ readoutId: string; run: number }>();
  const lastFocused = focused?.readoutId === readoutId ? focused.run : undefined;
  const openedRun = runs.findIndex((run) => run.statement && run.pieces.some((piece) => piece.focused));
  const tabStop = tabStopRun(statementRuns, lastFocused, openedRun < 0 ? undefined : openedRun);
  const textRef = useRef<HTMLDivElement>(null);
  const onTextKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const marks = [...(textRef.current?.querySelectorAll<HTMLElement>("[data-statement-run]") ?? [])];
    const from = marks.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const to = statementKeyTarget(event.key, from, marks.length);
    if (to === undefined) return;
    event.preventDefault();
    marks[to]!.focus();
  };
  const focusRef = useRef<HTMLElement | null>(null);
  const articleRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    focusRef.current?.scrollIntoView?.({ block: "center" });
  }, [readoutId, span]);

  // Keyboard users land in the viewer when it opens; when it closes, focus goes back to the
  // "Source" button that opened it (the panel is rendered anew, so it is found by its key).
  const openedFrom = span ? `${readoutId}:${span.join("-")}` : undefined;
  useEffect(() => {
    articleRef.current?.focus({ preventScroll: Boolean(focusRef.current) });
    return () => {
      requestAnimationFrame(() => {
        const selector = openedFrom ? `[data-source-for="${CSS.escape(openedFrom)}"]` : undefined;
        const opener = selector ? document.querySelector<HTMLElement>(selector) : null;
        opener?.focus();
      });
    };
  }, [readoutId, openedFrom]);

  if (!readout) return null;
  const focusedStatement = span
    ? statements.find((s) => s.span[0] === span[0] && s.span[1] === span[1])
    : undefined;
  const legend = [...tones].map(([speaker, tone]) => ({
    speaker,
    tone,
    party: statements.find((s) => s.speaker === speaker)?.party,
  }));

  return (
    <article
      ref={articleRef}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
      aria-labelledby="readout-heading"
      className="rounded-lg outline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 border border-slate-200 bg-white shadow-xs dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="space-y-2 border-b border-slate-200 p-5 dark:border-slate-800">
        <div className="flex items-start justify-between gap-4">
          <div>
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {perspectiveLabel(readout.perspective)}
            </p>
            <h2 id="readout-heading" className="mt-0.5 text-xl font-semibold tracking-tight">
              {readout.publisher}
            </h2>
            {readout.title && (
              <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">{readout.title}</p>
            )}
          </div>
          <Button variant="quiet" className="shrink-0 whitespace-nowrap" onClick={onClose}>
            {closeLabel}
          </Button>
        </div>
        <p className="flex flex-wrap gap-x-4 text-sm text-slate-600 dark:text-slate-400">
          <span>
            {readout.publishedOn ? (
              <>Published {formatCalendarDay(readout.publishedOn)}</>
            ) : (
              "Publication date not given"
            )}
          </span>
          {readout.url && (
            <a
              href={readout.url}
              target="_blank"
              rel="noreferrer noopener"
              className="text-blue-700 underline underline-offset-2 dark:text-blue-300"
            >
              Original page<span aria-hidden="true"> ↗</span>
            </a>
          )}
        </p>
        {focusedStatement && (
          <p role="status" className="text-sm">
            Showing what <strong>{actorName(index, focusedStatement.speaker)}</strong>
            {focusedStatement.verb ? ` ${focusedStatement.verb}` : " said"},{" "}
            {`according to ${readout.publisher}`}.
          </p>
        )}
      </header>

      <section
        aria-label="Legend"
        className="flex flex-wrap items-center gap-x-4 gap-y-1.5 border-b border-slate-200 px-5 py-3 text-xs dark:border-slate-800"
      >
        {legend.map(({ speaker, tone, party }) => (
          <span key={speaker} className="inline-flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={
                marking === "calm"
                  ? `h-3.5 w-0 border-l-[3px] ${tone.border}`
                  : `h-3 w-5 rounded-sm ${tone.highlight} underline`
              }
            />
            <span className="font-medium">{actorName(index, speaker)}</span>
            {party && party !== speaker && party !== JOINT && (
              <span className="text-slate-500 dark:text-slate-400">({partyName(index, party)})</span>
            )}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`h-3 w-5 rounded-sm border ${NARRATOR_TONE.border}`} />
          <span>Narration (plain)</span>
        </span>
        <Button
          className="ml-auto"
          aria-pressed={marking === "coloured"}
          onClick={() => setMarking(marking === "calm" ? "coloured" : "calm")}
        >
          Colour all speakers
        </Button>
        <p className="w-full text-slate-600 dark:text-slate-400">
          Keyboard: Tab to the text, ↑ ↓ between statements, Enter links one.
        </p>
      </section>

      {/* Key handling for the statements inside (roving focus); the text itself is not a control. */}
      <div
        ref={textRef}
        onKeyDown={onTextKeyDown}
        className="max-w-prose p-5 text-[0.95rem] leading-7 whitespace-pre-wrap text-slate-800 dark:text-slate-200"
      >
        {runs.map((run, i) => (
          <RunText
            key={i}
            run={run}
            tone={run.statement ? tones.get(run.statement.speaker) : undefined}
            speakerName={run.statement ? actorName(index, run.statement.speaker) : undefined}
            marking={marking}
            focusRef={focusRef}
            onSelectSpan={onSelectSpan}
            tabStop={i === tabStop}
            onFocus={() => setLastFocused({ readoutId, run: i })}
          />
        ))}
      </div>
    </article>
  );
}
