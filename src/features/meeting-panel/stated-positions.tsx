import { Button } from "../../components/button";
import { HighlightedText } from "../../components/highlighted-text";
import { actorName, partyName, topicLabel, type DatasetIndex } from "../../domain/dataset-index";
import type { Statement } from "../../domain/schema";
import { accordingTo, perspectiveLabel, UNTAGGED_TOPIC_LABEL } from "../../domain/labels";
import { JOINT_TONE, partyTone, type Tone } from "../../theme/speaker-tones";
import type { ReadoutPositions, TopicGroup } from "./group-positions";

type OpenSource = (readoutId: string, span?: [number, number]) => void;

function StatementCard({
  index,
  statement,
  tone,
  onOpenSource,
}: {
  index: DatasetIndex;
  statement: Statement;
  tone: Tone;
  onOpenSource: OpenSource;
}) {
  const speaker = actorName(index, statement.speaker);
  return (
    <li className={`border-l-2 pl-3 ${tone.border}`}>
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
          data-source-for={`${statement.readoutId}:${statement.span.join("-")}`}
          // The name starts with the visible label (WCAG 2.5.3), then says which statement it is.
          aria-label={`Source (show in readout) ${speaker}${statement.verb ? ` ${statement.verb}` : ""}, “${statement.text.slice(0, 60)}${statement.text.length > 60 ? "…" : ""}”`}
        >
          Source
        </Button>
      </p>
    </li>
  );
}

function TopicGroups({
  index,
  groups,
  tone,
  onOpenSource,
}: {
  index: DatasetIndex;
  groups: TopicGroup[];
  tone: Tone;
  onOpenSource: OpenSource;
}) {
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <section key={group.topic ?? "(none)"}>
          <h5 className="mb-1.5 text-xs font-semibold text-slate-700 dark:text-slate-300">
            {group.topic ? topicLabel(index, group.topic) : UNTAGGED_TOPIC_LABEL}
          </h5>
          <ul className="space-y-3">
            {group.statements.map((statement) => (
              <StatementCard
                key={statement.id}
                index={index}
                statement={statement}
                tone={tone}
                onOpenSource={onOpenSource}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** One readout's account of the meeting: each side's column, then the joint block. */
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
  const empty = positions.sides.every((side) => side.groups.length === 0) && positions.joint.length === 0;
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
      <div className="grid gap-6 md:grid-cols-2">
        {positions.sides.map((side) => (
          <section key={side.party} aria-label={`${partyName(index, side.party)} said`}>
            <h4 className="mb-2 flex items-center gap-2 text-sm font-semibold">
              <span aria-hidden="true" className={`size-2.5 rounded-full ${partyTone(side.party).swatch}`} />
              {partyName(index, side.party)}
            </h4>
            {side.groups.length > 0 ? (
              <TopicGroups
                index={index}
                groups={side.groups}
                tone={partyTone(side.party)}
                onOpenSource={onOpenSource}
              />
            ) : (
              <p className="text-sm text-slate-500 dark:text-slate-400">
                No statements attributed to this side.
              </p>
            )}
          </section>
        ))}
      </div>
      {positions.joint.length > 0 && (
        <section aria-label="Joint statements" className="rounded-md bg-violet-50 p-3 dark:bg-violet-950/40">
          <h4 className="mb-2 flex items-center gap-2 text-sm font-semibold">
            <span aria-hidden="true" className={`size-2.5 rounded-full ${JOINT_TONE.swatch}`} />
            Both sides (joint)
          </h4>
          <TopicGroups index={index} groups={positions.joint} tone={JOINT_TONE} onOpenSource={onOpenSource} />
        </section>
      )}
      {positions.narrationCount > 0 && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {positions.narrationCount} narrating sentence{positions.narrationCount === 1 ? " is" : "s are"} the
          publisher’s own description and not shown as a position; they are in the readout.
        </p>
      )}
    </section>
  );
}
