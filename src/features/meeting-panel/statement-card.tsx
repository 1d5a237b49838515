import { Button } from "../../components/button";
import { FoldedStatement } from "../../components/folded-statement";
import { HighlightedText } from "../../components/highlighted-text";
import { actorName, type DatasetIndex } from "../../domain/dataset-index";
import { openingWords } from "../../domain/excerpt";
import type { Statement } from "../../domain/schema";
import type { Tone } from "../../theme/speaker-tones";

export type OpenSource = (readoutId: string, span?: [number, number]) => void;

interface StatementCardProps {
  index: DatasetIndex;
  statement: Statement;
  tone: Tone;
  onOpenSource: OpenSource;
  /**
   * The topic row that shows this statement in full, when that is an earlier row (the statement
   * touches several topics): here it folds to its opening line, which the reader can open.
   */
  shownInFullUnder?: string;
}

/** One statement in a topic row: its words, who said it with which verb, and a link to its sentence. */
export function StatementCard({ shownInFullUnder, ...props }: StatementCardProps) {
  if (shownInFullUnder === undefined)
    return (
      <li className={`border-l-2 pl-3 ${props.tone.border}`}>
        <CardBody {...props} />
      </li>
    );
  const speaker = actorName(props.index, props.statement.speaker);
  return (
    <li className={`border-l-2 border-dotted pl-3 ${props.tone.border}`}>
      <FoldedStatement
        speaker={<span className="text-xs font-medium text-slate-700 dark:text-slate-300">{speaker}</span>}
        opening={<HighlightedText text={openingWords(props.statement.text)} />}
        where={shownInFullUnder}
      >
        <CardBody {...props} repeated />
      </FoldedStatement>
    </li>
  );
}

function CardBody({
  index,
  statement,
  onOpenSource,
  repeated = false,
}: Omit<StatementCardProps, "shownInFullUnder"> & { repeated?: boolean }) {
  const speaker = actorName(index, statement.speaker);
  return (
    <>
      <p className="text-sm leading-relaxed text-slate-800 dark:text-slate-200">
        <HighlightedText text={statement.text} />
      </p>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600 dark:text-slate-400">
        <span>
          <span className="font-medium text-slate-700 dark:text-slate-300">{speaker}</span>
          {statement.verb && <> · {statement.verb}</>}
        </span>
        <Button
          variant="link"
          className="text-xs"
          onClick={() => onOpenSource(statement.readoutId, statement.span)}
          // The full copy is the one the source viewer returns focus to.
          data-source-for={repeated ? undefined : `${statement.readoutId}:${statement.span.join("-")}`}
          // The name starts with the visible label (WCAG 2.5.3), then says which statement it is.
          aria-label={`Source (show in readout) ${speaker}${statement.verb ? ` ${statement.verb}` : ""}, “${statement.text.slice(0, 60)}${statement.text.length > 60 ? "…" : ""}”`}
        >
          Source
        </Button>
      </p>
    </>
  );
}
