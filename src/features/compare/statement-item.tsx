import type { MouseEvent } from "react";
import { FoldedStatement } from "../../components/folded-statement";
import { openingWords } from "../../domain/excerpt";
import type { Statement } from "../../domain/schema";
import type { WordingSegment } from "../../domain/word-overlap";
import type { Tone } from "../../theme/speaker-tones";
import { SharedWordingText } from "./shared-wording-text";

export interface SourceLinks {
  /** The URL that opens the source viewer at a statement (readout=…&span=…), for a real link. */
  sourceHref(statement: Statement): string;
  /** Called on a plain click instead of following the href, so the app can update its state. */
  onOpenSource?(statement: Statement): void;
}

interface StatementItemProps extends SourceLinks {
  statement: Statement;
  speaker: string;
  tone: Tone;
  segments: readonly WordingSegment[];
  /** Named in the link when a column mixes readouts (a meeting with several accounts). */
  publisher?: string;
  /**
   * The topic under which this statement is shown in full, when that is an earlier row: here it
   * collapses to one line the reader can open, so multi-topic statements do not fill the page.
   */
  shownInFullUnder?: string;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** One statement of position: who, their words (shared wording marked), and a link to the source. */
export function StatementItem({ shownInFullUnder, ...props }: StatementItemProps) {
  if (!shownInFullUnder) {
    return (
      <li className={`border-l-4 pl-3 ${props.tone.border} print:break-inside-avoid`}>
        <StatementBody {...props} />
      </li>
    );
  }
  const sharesWording = props.segments.some((segment) => segment.shared);
  return (
    <li className={`border-l-4 border-dotted pl-3 ${props.tone.border} print:break-inside-avoid`}>
      <FoldedStatement
        speaker={<span className={`text-xs font-semibold ${props.tone.text}`}>{props.speaker}</span>}
        opening={openingWords(props.statement.text)}
        where={`${shownInFullUnder}${sharesWording ? "; shares wording" : ""}`}
      >
        <StatementBody {...props} />
      </FoldedStatement>
    </li>
  );
}

function StatementBody({
  statement,
  speaker,
  tone,
  segments,
  publisher,
  sourceHref,
  onOpenSource,
}: Omit<StatementItemProps, "shownInFullUnder">) {
  const who = statement.verb ? `${speaker} · ${statement.verb}` : speaker;
  return (
    <>
      <p className={`text-xs font-semibold ${tone.text}`}>{who}</p>
      <p className="mt-0.5 leading-relaxed text-slate-900 dark:text-slate-100">
        <SharedWordingText segments={segments} />
      </p>
      <a
        href={sourceHref(statement)}
        onClick={(event) => {
          if (!onOpenSource || !isPlainClick(event)) return;
          event.preventDefault();
          onOpenSource(statement);
        }}
        className="mt-1 inline-block rounded-sm text-xs font-medium text-blue-700 underline decoration-blue-700/30 underline-offset-2 hover:decoration-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300 dark:decoration-blue-300/40 print:hidden"
      >
        Show in source{publisher ? ` (${publisher})` : ""}
        <span className="sr-only">
          : statement by {speaker}, characters {statement.span[0]} to {statement.span[1]}
        </span>
      </a>
    </>
  );
}
