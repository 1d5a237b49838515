import { useId } from "react";
import { Button } from "../../components/button";
import { PartySwatch } from "../../components/lane-mark";
import { partyName, topicLabel, type DatasetIndex } from "../../domain/dataset-index";
import { accordingTo, perspectiveLabel, UNTAGGED_TOPIC_LABEL } from "../../domain/labels";
import { JOINT_TONE, partyTone } from "../../theme/speaker-tones";
import type { PositionRow, ReadoutPositions } from "./group-positions";
import { StatementCard, type OpenSource } from "./statement-card";
import { countOf, pluralNoun } from "../../domain/plural";

/** Tailwind only generates classes it finds written out: one grid class per column count. */
const COLUMNS = ["md:grid-cols-1", "md:grid-cols-2", "md:grid-cols-3", "md:grid-cols-4"] as const;
const columnsClass = (count: number) => COLUMNS[Math.min(count, COLUMNS.length) - 1] ?? COLUMNS[1];

function PartyLabel({
  index,
  party,
  className = "",
}: {
  index: DatasetIndex;
  party: string;
  className?: string;
}) {
  return (
    <span className={`flex items-center gap-2 text-sm font-semibold ${className}`}>
      <PartySwatch party={party} size="size-2.5" />
      {partyName(index, party)}
    </span>
  );
}

function presenceNote(index: DatasetIndex, parties: readonly string[], row: PositionRow): string {
  if (row.shared) return "both sides";
  const speaking = parties.filter((_, i) => row.cells[i]!.length > 0);
  if (speaking.length === 0) return "joint only";
  return `only ${speaking.map((party) => partyName(index, party)).join(", ")}`;
}

/** One topic: each side's statements in its own cell of the row (stacked on narrow screens), joint ones under it. */
function TopicRow({
  index,
  parties,
  row,
  id,
  onOpenSource,
}: {
  index: DatasetIndex;
  parties: readonly string[];
  row: PositionRow;
  id: string;
  onOpenSource: OpenSource;
}) {
  const name = row.topic ? topicLabel(index, row.topic) : UNTAGGED_TOPIC_LABEL;
  const fullUnder = (statement: { id: string }) => {
    if (!row.shownInFullUnder.has(statement.id)) return undefined;
    const topic = row.shownInFullUnder.get(statement.id);
    return topic ? topicLabel(index, topic) : UNTAGGED_TOPIC_LABEL;
  };
  return (
    <section aria-labelledby={id} className="py-4 first:pt-0">
      <h4 id={id} className="mb-2 text-sm font-semibold text-slate-800 dark:text-slate-200">
        {name}{" "}
        <span className="text-xs font-normal text-slate-600 dark:text-slate-400">
          · {presenceNote(index, parties, row)}
        </span>
      </h4>
      <div className={`grid gap-x-6 gap-y-3 ${columnsClass(parties.length)}`}>
        {parties.map((party, i) => {
          const cell = row.cells[i]!;
          // On wide screens the column headers above say whose cell it is; stacked, each cell says so.
          // The topic is in the name so a screen reader's list of regions tells the rows apart.
          return (
            <section key={party} aria-label={`${partyName(index, party)} on ${name}`}>
              <PartyLabel index={index} party={party} className="mb-1.5 md:sr-only" />
              {cell.length > 0 ? (
                <ul className="space-y-3">
                  {cell.map((statement) => (
                    <StatementCard
                      key={statement.id}
                      index={index}
                      statement={statement}
                      tone={partyTone(party)}
                      onOpenSource={onOpenSource}
                      shownInFullUnder={fullUnder(statement)}
                    />
                  ))}
                </ul>
              ) : (
                <p className="border-l-2 border-dotted border-slate-300 pl-3 text-xs text-slate-600 italic dark:border-slate-600 dark:text-slate-400">
                  Nothing attributed on this topic.
                </p>
              )}
            </section>
          );
        })}
      </div>
      {row.joint.length > 0 && (
        <section
          aria-label={`Joint statements on ${name}`}
          className="mt-3 rounded-md bg-violet-50 p-3 dark:bg-violet-950/40"
        >
          <span className="mb-1.5 flex items-center gap-2 text-xs font-semibold">
            <span aria-hidden="true" className={`size-2.5 rounded-full ${JOINT_TONE.swatch}`} />
            Both sides (joint)
          </span>
          <ul className="space-y-3">
            {row.joint.map((statement) => (
              <StatementCard
                key={statement.id}
                index={index}
                statement={statement}
                tone={JOINT_TONE}
                onOpenSource={onOpenSource}
                shownInFullUnder={fullUnder(statement)}
              />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** One readout's account of the meeting: a row per topic, each side's statements side by side (issue 13). */
export function StatedPositions({
  index,
  positions,
  onOpenSource,
}: {
  index: DatasetIndex;
  positions: ReadoutPositions;
  onOpenSource: OpenSource;
}) {
  const readout = index.readouts.get(positions.readoutId);
  const attribution = readout ? accordingTo(readout) : `according to readout ${positions.readoutId}`;
  const empty = positions.rows.length === 0;
  const rowId = useId();
  return (
    <section aria-label={`Stated positions ${attribution}`} className="space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-base font-semibold">
          Stated positions{" "}
          <span className="font-normal text-slate-600 dark:text-slate-400">{attribution}</span>
        </h3>
        <span className="flex items-baseline gap-2 text-xs text-slate-600 dark:text-slate-400">
          {readout && perspectiveLabel(readout.perspective)}
          <Button variant="link" className="text-xs" onClick={() => onOpenSource(positions.readoutId)}>
            Read the readout
          </Button>
        </span>
      </header>
      {empty && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          This readout attributes no statements to either side.
        </p>
      )}
      {!empty && (
        <>
          <div
            aria-hidden="true"
            className={`hidden gap-x-6 md:grid ${columnsClass(positions.parties.length)}`}
          >
            {positions.parties.map((party) => (
              <PartyLabel key={party} index={index} party={party} />
            ))}
          </div>
          <div className="divide-y divide-slate-200 dark:divide-slate-800">
            {positions.rows.map((row, i) => (
              <TopicRow
                key={row.topic ?? "(none)"}
                index={index}
                parties={positions.parties}
                row={row}
                id={`${rowId}-${i}`}
                onOpenSource={onOpenSource}
              />
            ))}
          </div>
        </>
      )}
      {positions.narrationCount > 0 && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {countOf(positions.narrationCount, "narrating sentence")}{" "}
          {pluralNoun(positions.narrationCount, "is", "are")} the publisher’s own description and not shown as
          a position; they are in the readout.
        </p>
      )}
    </section>
  );
}
