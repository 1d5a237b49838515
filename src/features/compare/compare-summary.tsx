import type { ReactNode } from "react";
import type { ParticipantOverlap, TopicPresence, TopicRow } from "../../domain/compare";
import { actorName, topicLabel, type DatasetIndex } from "../../domain/dataset-index";
import { AccountCaveat } from "./account-note";
import { topicRowId, type CompareModel } from "./compare-model";
import { jumpOnClick } from "./focus-section";
import { countOf } from "../../domain/plural";

type Emphasis = "kept" | "added" | "dropped" | "one-sided";

const CHIP: Record<Emphasis, string> = {
  kept: "border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100",
  added:
    "border-emerald-400 bg-emerald-50 text-emerald-900 dark:border-emerald-600 dark:bg-emerald-950 dark:text-emerald-100",
  dropped:
    "border-rose-400 bg-rose-50 text-rose-900 dark:border-rose-600 dark:bg-rose-950 dark:text-rose-100",
  "one-sided":
    "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100",
};

const MARK: Record<Emphasis, string> = { kept: "=", added: "+", dropped: "−", "one-sided": "" };

/** A list of topics as links to their rows, or "none". */
function TopicLinks({
  index,
  topics,
  emphasis,
}: {
  index: DatasetIndex;
  topics: readonly string[];
  emphasis: Emphasis;
}) {
  if (topics.length === 0)
    return <span className="text-sm text-slate-500 italic dark:text-slate-400">none</span>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {topics.map((topic) => (
        <li key={topic}>
          <a
            href={`#${topicRowId(topic)}`}
            onClick={jumpOnClick(topicRowId(topic))}
            className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm no-underline hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${CHIP[emphasis]}`}
          >
            {MARK[emphasis] && (
              <span aria-hidden="true" className="font-mono font-semibold">
                {MARK[emphasis]}
              </span>
            )}
            {topicLabel(index, topic)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function SummaryLine({ term, count, children }: { term: string; count: number; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:items-baseline">
      <dt className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {term} <span className="text-slate-500 dark:text-slate-400">({count})</span>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function topicsWith(rows: readonly TopicRow[], presence: TopicPresence): string[] {
  return rows.filter((r) => r.presence === presence && r.topic !== null).map((r) => r.topic!);
}

function TopicSummary({ index, model }: { index: DatasetIndex; model: CompareModel }) {
  const [a, b] = model.columns;
  if (model.change) {
    const aIsEarlier = a.source.meeting.date < b.source.meeting.date;
    const [earlier, later] = aIsEarlier ? [a, b] : [b, a];
    const { kept, added, dropped } = model.change;
    return (
      <>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          From {earlier.label} to {later.label}: {countOf(kept.length, "topic")} kept, {added.length} added,{" "}
          {dropped.length} dropped
          {model.accounts ? <AccountCaveat model={model} reversed={!aIsEarlier} /> : "."}
        </p>
        <dl className="mt-3 space-y-2">
          <SummaryLine term="Kept (raised in both)" count={kept.length}>
            <TopicLinks index={index} topics={kept} emphasis="kept" />
          </SummaryLine>
          <SummaryLine term={`Added in ${later.label}`} count={added.length}>
            <TopicLinks index={index} topics={added} emphasis="added" />
          </SummaryLine>
          <SummaryLine term={`Dropped since ${earlier.label}`} count={dropped.length}>
            <TopicLinks index={index} topics={dropped} emphasis="dropped" />
          </SummaryLine>
        </dl>
      </>
    );
  }
  const both = topicsWith(model.rows, "both");
  const onlyA = topicsWith(model.rows, "only-a");
  const onlyB = topicsWith(model.rows, "only-b");
  return (
    <>
      {model.accounts && (
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
          {countOf(both.length, "topic")} raised in both, {onlyA.length + onlyB.length} in one
          <AccountCaveat model={model} />
        </p>
      )}
      <dl className="space-y-2">
        <SummaryLine
          term={model.kind === "accounts" ? "Reported by both" : "Raised in both"}
          count={both.length}
        >
          <TopicLinks index={index} topics={both} emphasis="kept" />
        </SummaryLine>
        <SummaryLine term={a.onlyLabel} count={onlyA.length}>
          <TopicLinks index={index} topics={onlyA} emphasis="one-sided" />
        </SummaryLine>
        <SummaryLine term={b.onlyLabel} count={onlyB.length}>
          <TopicLinks index={index} topics={onlyB} emphasis="one-sided" />
        </SummaryLine>
      </dl>
    </>
  );
}

function Names({ index, ids }: { index: DatasetIndex; ids: readonly string[] }) {
  if (ids.length === 0)
    return <span className="text-sm text-slate-500 italic dark:text-slate-400">nobody</span>;
  return (
    <span className="text-sm text-slate-800 dark:text-slate-200">
      {ids.map((id) => actorName(index, id)).join(", ")}
    </span>
  );
}

function ParticipantSummary({
  index,
  model,
  participants,
}: {
  index: DatasetIndex;
  model: CompareModel;
  participants: ParticipantOverlap;
}) {
  const [a, b] = model.columns;
  return (
    <dl className="space-y-1">
      <SummaryLine term="Took part in both" count={participants.both.length}>
        <Names index={index} ids={participants.both} />
      </SummaryLine>
      <SummaryLine term={a.onlyLabel} count={participants.onlyA.length}>
        <Names index={index} ids={participants.onlyA} />
      </SummaryLine>
      <SummaryLine term={b.onlyLabel} count={participants.onlyB.length}>
        <Names index={index} ids={participants.onlyB} />
      </SummaryLine>
    </dl>
  );
}

const CARD =
  "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid";

/** The short summary on top: which topics were kept, added and dropped, and who took part. */
export function CompareSummary({ index, model }: { index: DatasetIndex; model: CompareModel }) {
  return (
    <div className={`grid gap-4 ${model.participants ? "lg:grid-cols-[3fr_2fr]" : ""}`}>
      <section aria-labelledby="compare-topics-heading" className={CARD}>
        <h3
          id="compare-topics-heading"
          tabIndex={-1}
          // Room for the folded section navigation, which stays at the top while scrolling.
          className="mb-2 scroll-mt-14 font-semibold text-slate-900 outline-none dark:text-slate-50"
        >
          Topics
        </h3>
        <TopicSummary index={index} model={model} />
      </section>
      {model.participants && (
        <section aria-labelledby="compare-participants-heading" className={CARD}>
          <h3
            id="compare-participants-heading"
            className="mb-2 font-semibold text-slate-900 dark:text-slate-50"
          >
            Participants
          </h3>
          <ParticipantSummary index={index} model={model} participants={model.participants} />
        </section>
      )}
    </div>
  );
}
