import { useEffect, useMemo, useRef } from "react";
import { firstAppearance, type TopicRow as AlignedRow } from "../../domain/compare";
import { meetingTitle, type DatasetIndex } from "../../domain/dataset-index";
import { speakerTones } from "../../theme/speaker-tones";
import { Button } from "../../components/button";
import { ColumnHeader, SharedMeetingHeader } from "./column-header";
import { AccountPicker } from "./account-picker";
import { AccountNote } from "./account-note";
import { buildCompareModel, type CompareModel, type CompareSubject } from "./compare-model";
import { CompareSummary } from "./compare-summary";
import type { SourceLinks } from "./statement-item";
import { SHARED_MARK_CLASS } from "./shared-wording-text";
import { SectionNav } from "./section-nav";
import { TopicRow, type RowChange } from "./topic-row";
import "./compare-print.css";

export interface CompareViewProps extends SourceLinks {
  index: DatasetIndex;
  subject: CompareSubject;
  /** Swaps the two columns (for meetings: the order of compare=a,b in the URL). */
  onSwap(): void;
  onClose(): void;
  /** Accounts of a meeting with more than two readouts: the reader picked another pair. */
  onChooseAccounts?(readoutIds: [string, string]): void;
}

/** "Xi Jinping – Vladimir Putin", or both meetings' titles when they differ. */
function whoMet(index: DatasetIndex, model: CompareModel): string {
  const [a, b] = model.columns.map((column) => meetingTitle(index, column.source.meeting));
  return a === b ? a! : `${a} and ${b}`;
}

function rowChange(model: CompareModel, row: AlignedRow): RowChange | undefined {
  if (!model.change || row.topic === null) return undefined;
  if (model.change.added.includes(row.topic)) return "added";
  if (model.change.dropped.includes(row.topic)) return "dropped";
  return "kept";
}

/** Principals first, so the Chinese principal gets China's main tone whichever column is first. */
function useTones(model: CompareModel | undefined) {
  return useMemo(() => {
    if (!model) return new Map();
    const principals = model.columns.flatMap((c) =>
      c.source.meeting.sides.map((s) => ({ speaker: s.principal, party: s.party })),
    );
    return speakerTones([...principals, ...model.columns.flatMap((c) => c.comparand.statements)]);
  }, [model]);
}

/** Same for a pair in either order, so swapping the columns is not treated as a new comparison. */
function pairKey(subject: CompareSubject): string {
  const ids = subject.kind === "meetings" ? subject.meetingIds : subject.readoutIds;
  return [subject.kind, ...[...ids].sort()].join(" ");
}

/**
 * Moves focus to the heading when a new pair opens, so keyboard and screen-reader users land on
 * what they asked for; on stacked layouts this also scrolls the comparison into view.
 */
function useFocusOnNewPair(subject: CompareSubject) {
  const heading = useRef<HTMLHeadingElement>(null);
  const key = pairKey(subject);
  useEffect(() => {
    const wide = window.matchMedia?.("(min-width: 1024px)").matches ?? false;
    heading.current?.focus({ preventScroll: wide });
  }, [key]);
  return heading;
}

/**
 * Two meetings, or two accounts of one meeting, side by side: a header per column, a summary of
 * what was kept, added and dropped, then one row per topic with each column's statements by side.
 */
export function CompareView({
  index,
  subject,
  onSwap,
  onClose,
  onChooseAccounts,
  ...links
}: CompareViewProps) {
  const result = useMemo(() => buildCompareModel(index, subject), [index, subject]);
  const model = result.ok ? result.model : undefined;
  const tones = useTones(model);
  const heading = useFocusOnNewPair(subject);
  const firstShown = useMemo(() => firstAppearance(model?.rows ?? []), [model]);

  if (!model) {
    return (
      <section
        aria-labelledby="compare-heading"
        className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
      >
        <h2 id="compare-heading" className="text-lg font-semibold">
          Cannot compare
        </h2>
        <p role="alert">{result.ok ? "" : result.problem}</p>
        <Button onClick={onClose}>Close comparison</Button>
      </section>
    );
  }

  const [a, b] = model.columns;
  const title =
    model.kind === "accounts"
      ? `Two accounts: ${a.label} and ${b.label}`
      : `Comparing ${a.label} and ${b.label}`;
  return (
    <section aria-labelledby="compare-heading" data-compare-view className="space-y-4 print:space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2
            id="compare-heading"
            ref={heading}
            tabIndex={-1}
            className="text-lg font-semibold tracking-tight text-slate-900 focus:outline-none dark:text-slate-50"
          >
            {title}
          </h2>
          {/* Who met, so the comparison (and its printout) says what it compares, not only when. */}
          {model.kind === "meetings" && (
            <p className="text-sm text-slate-600 dark:text-slate-400">{whoMet(index, model)}</p>
          )}
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Button onClick={onSwap} aria-label={`Swap columns: put ${b.label} first`}>
            <span aria-hidden="true">⇄ </span>Swap columns
          </Button>
          <Button onClick={() => window.print()}>Print</Button>
          <Button onClick={onClose}>Close comparison</Button>
        </div>
      </div>

      <AccountNote model={model} />

      {model.kind === "accounts" && (
        <>
          <SharedMeetingHeader index={index} meeting={a.source.meeting} />
          {onChooseAccounts && subject.kind === "accounts" && a.source.meeting.readoutIds.length > 2 && (
            <AccountPicker
              index={index}
              meeting={a.source.meeting}
              chosen={subject.readoutIds}
              onChoose={onChooseAccounts}
            />
          )}
        </>
      )}

      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
        <ColumnHeader index={index} column={a} position="A" />
        <ColumnHeader index={index} column={b} position="B" />
      </div>

      <SectionNav index={index} rows={model.rows} />

      <CompareSummary index={index} model={model} />

      <p className="text-sm text-slate-600 dark:text-slate-400">
        <mark className={SHARED_MARK_CLASS}>Highlighted wording</mark> appears in the other column’s
        statements on the same topic; the rest is new or different.
      </p>

      {model.rows.length === 0 ? (
        <p className="text-slate-600 italic dark:text-slate-400">
          Neither {model.kind === "accounts" ? "account" : "meeting"} has statements tagged with a topic.
        </p>
      ) : (
        <div className="space-y-3">
          {model.rows.map((row) => (
            <TopicRow
              key={row.topic ?? "untagged"}
              index={index}
              row={row}
              columns={model.columns}
              change={rowChange(model, row)}
              tones={tones}
              namesNotWording={model.namesNotWording}
              firstShown={firstShown}
              {...links}
            />
          ))}
        </div>
      )}
    </section>
  );
}
