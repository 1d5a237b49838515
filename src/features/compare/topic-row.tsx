import { useMemo } from "react";
import {
  STATEMENT_SIDES,
  type BySide,
  type FirstAppearance,
  type StatementSide,
  type TopicRow as AlignedRow,
} from "../../domain/compare";
import { actorName, partyName, topicLabel, type DatasetIndex } from "../../domain/dataset-index";
import { UNTAGGED_TOPIC_LABEL } from "../../domain/labels";
import { CHINA, JOINT, type Statement } from "../../domain/schema";
import { markSharedWording, type WordingSegment } from "../../domain/word-overlap";
import { PartySwatch } from "../../components/lane-mark";
import { partyTone, type Tone } from "../../theme/speaker-tones";
import { topicRowId, type CompareColumn } from "./compare-model";
import { StatementItem, type SourceLinks } from "./statement-item";

export type RowChange = "kept" | "added" | "dropped";

interface TopicRowProps extends SourceLinks {
  index: DatasetIndex;
  row: AlignedRow;
  columns: readonly [CompareColumn, CompareColumn];
  /** Set when comparing meetings over time, so a one-sided row also says "added" or "dropped". */
  change?: RowChange;
  tones: ReadonlyMap<string, Tone>;
  namesNotWording: readonly string[];
  /** Where each statement is first shown in full; later rows refer back to it. */
  firstShown: FirstAppearance;
}

const CHANGE_BADGE: Record<RowChange, { text: string; className: string }> = {
  kept: {
    text: "Kept",
    className:
      "border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200",
  },
  added: {
    text: "Added",
    className:
      "border-emerald-400 bg-emerald-50 text-emerald-800 dark:border-emerald-600 dark:bg-emerald-950 dark:text-emerald-200",
  },
  dropped: {
    text: "Dropped",
    className:
      "border-rose-400 bg-rose-50 text-rose-800 dark:border-rose-600 dark:bg-rose-950 dark:text-rose-200",
  },
};

// A coloured left edge lets a reader scanning the rows see added and dropped topics without reading.
const ROW_ACCENT: Record<RowChange | AlignedRow["presence"], string> = {
  kept: "",
  both: "",
  added: "border-l-4 border-l-emerald-500 dark:border-l-emerald-500",
  dropped: "border-l-4 border-l-rose-500 dark:border-l-rose-500",
  "only-a": "border-l-4 border-l-amber-500 dark:border-l-amber-500",
  "only-b": "border-l-4 border-l-amber-500 dark:border-l-amber-500",
};

const ONE_SIDED_BADGE =
  "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100";
const BOTH_BADGE =
  "border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200";

function allOf(split: BySide): Statement[] {
  return STATEMENT_SIDES.flatMap((side) => split[side]);
}

/** Each statement's text split into shared / not shared against the other column's statements in the row. */
function useSharedWording(row: AlignedRow, names: readonly string[]): Map<string, WordingSegment[]> {
  return useMemo(() => {
    const segments = new Map<string, WordingSegment[]>();
    const a = allOf(row.a);
    const b = allOf(row.b);
    const options = { ignoreWords: names };
    for (const [which, own, other] of [
      ["a", a, b],
      ["b", b, a],
    ] as const) {
      const others = other.map((o) => o.text);
      for (const s of own) segments.set(`${which}:${s.id}`, markSharedWording(s.text, others, options));
    }
    return segments;
  }, [row, names]);
}

function sideLabel(index: DatasetIndex, side: StatementSide, column: CompareColumn): string {
  if (side === "china") return partyName(index, CHINA);
  if (side === "joint") return "Both sides (joint)";
  return partyName(index, column.source.meeting.counterpart);
}

function sideParty(side: StatementSide, column: CompareColumn): string {
  return side === "china" ? CHINA : side === "joint" ? JOINT : column.source.meeting.counterpart;
}

const sideTone = (side: StatementSide, column: CompareColumn): Tone => partyTone(sideParty(side, column));

interface CellProps extends SourceLinks {
  index: DatasetIndex;
  which: "a" | "b";
  column: CompareColumn;
  split: BySide;
  raised: boolean;
  topicName: string;
  segments: Map<string, WordingSegment[]>;
  tones: ReadonlyMap<string, Tone>;
  /** This column's first rows per statement, and the topic of the row being drawn. */
  firstRows: ReadonlyMap<string, string | null>;
  topic: string | null;
}

function Cell({
  index,
  which,
  column,
  split,
  raised,
  topicName,
  segments,
  tones,
  firstRows,
  topic,
  ...links
}: CellProps) {
  const shownInFullUnder = (statement: Statement) => {
    const first = firstRows.get(statement.id);
    if (first === undefined || first === topic) return undefined;
    return first === null ? UNTAGGED_TOPIC_LABEL : topicLabel(index, first);
  };
  const sides = STATEMENT_SIDES.filter((side) => split[side].length > 0);
  const multipleReadouts = column.source.kind === "meeting" && column.source.meeting.readoutIds.length > 1;
  return (
    <div
      role="group"
      aria-label={`${topicName}, ${column.label}`}
      className={`min-w-0 p-4 ${raised ? "" : "bg-slate-50 dark:bg-slate-900/60 print:bg-transparent"}`}
    >
      <p className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {column.label}
      </p>
      {!raised && <p className="text-sm text-slate-600 italic dark:text-slate-400">{column.absentLabel}</p>}
      {raised && sides.length === 0 && (
        <p className="text-sm text-slate-600 italic dark:text-slate-400">
          Mentioned, with no statement attributed to either side.
        </p>
      )}
      <div className="space-y-4">
        {sides.map((side) => (
          <div key={side}>
            <p className="mb-1.5 flex items-center gap-1.5 text-xs font-medium text-slate-700 dark:text-slate-300">
              <PartySwatch party={sideParty(side, column)} />
              {sideLabel(index, side, column)}
            </p>
            <ul className="space-y-3">
              {split[side].map((statement) => (
                <StatementItem
                  key={statement.id}
                  statement={statement}
                  speaker={actorName(index, statement.speaker)}
                  tone={tones.get(statement.speaker) ?? sideTone(side, column)}
                  segments={
                    segments.get(`${which}:${statement.id}`) ?? [{ text: statement.text, shared: false }]
                  }
                  publisher={
                    multipleReadouts ? index.readouts.get(statement.readoutId)?.publisher : undefined
                  }
                  shownInFullUnder={shownInFullUnder(statement)}
                  {...links}
                />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}

/** One topic across both columns: each column's statements on it, split by side. */
export function TopicRow({
  index,
  row,
  columns,
  change,
  tones,
  namesNotWording,
  firstShown,
  ...links
}: TopicRowProps) {
  const segments = useSharedWording(row, namesNotWording);
  const name = row.topic === null ? UNTAGGED_TOPIC_LABEL : topicLabel(index, row.topic);
  const headingId = `${topicRowId(row.topic)}-heading`;
  const presence =
    row.presence === "both"
      ? "Raised in both"
      : row.presence === "only-a"
        ? columns[0].onlyLabel
        : columns[1].onlyLabel;
  return (
    <section
      id={topicRowId(row.topic)}
      aria-labelledby={headingId}
      className={`scroll-mt-14 overflow-hidden rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid print:border-slate-400 ${ROW_ACCENT[change ?? row.presence]}`}
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50 px-4 py-2 dark:border-slate-700 dark:bg-slate-800/60 print:bg-transparent">
        <h3
          id={headingId}
          tabIndex={-1}
          className="font-semibold text-slate-900 outline-none dark:text-slate-50"
        >
          {name}
        </h3>
        <span
          className={`rounded-full border px-2 py-0.5 text-xs font-medium ${row.presence === "both" ? BOTH_BADGE : ONE_SIDED_BADGE}`}
        >
          {presence}
        </span>
        {change && change !== "kept" && (
          <span
            className={`rounded-full border px-2 py-0.5 text-xs font-medium ${CHANGE_BADGE[change].className}`}
          >
            {CHANGE_BADGE[change].text}
          </span>
        )}
      </header>
      <div className="grid divide-y divide-slate-200 md:grid-cols-2 md:divide-x md:divide-y-0 dark:divide-slate-700 print:grid-cols-2 print:divide-x print:divide-y-0">
        {(["a", "b"] as const).map((which, i) => (
          <Cell
            key={which}
            index={index}
            which={which}
            column={columns[i]!}
            split={row[which]}
            raised={row.presence !== (which === "a" ? "only-b" : "only-a")}
            topicName={name}
            segments={segments}
            tones={tones}
            firstRows={firstShown[which]}
            topic={row.topic}
            {...links}
          />
        ))}
      </div>
    </section>
  );
}
