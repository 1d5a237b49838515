/**
 * What the compare view shows, resolved from the dataset: two columns (two meetings, or two
 * readouts of one meeting), the rows aligned by topic, and the summaries. Built once per subject
 * so the components below only lay it out.
 */
import {
  accountComparands,
  alignTopics,
  compareParticipants,
  meetingComparand,
  participantsOf,
  topicChange,
  type Comparand,
  type ParticipantOverlap,
  type TopicChange,
  type TopicRow,
} from "../../domain/compare";
import { accountDifference, type AccountDifference, type AccountOf } from "../../domain/account-difference";
import { principalNames, type DatasetIndex } from "../../domain/dataset-index";
import type { Meeting, Readout } from "../../domain/schema";
import { formatCalendarDay } from "../../domain/calendar-day";

import type { CompareSubject } from "./compare-subject";

// The subject lives apart so the app can name one without loading the comparison's code.
export { defaultAccountPair, type CompareSubject } from "./compare-subject";

export type ColumnSource =
  { kind: "meeting"; meeting: Meeting } | { kind: "account"; meeting: Meeting; readout: Readout };

export interface CompareColumn {
  /** Short name that tells the two columns apart: "2022", "30 Dec 2022", "Kremlin". */
  label: string;
  /** "only in 2022" / "only reported by Kremlin": how a one-sided row names this column. */
  onlyLabel: string;
  /** "Not in the 2024 account." / "Not reported by Kremlin.": an empty cell's text (an account may leave out what was said). */
  absentLabel: string;
  source: ColumnSource;
  comparand: Comparand;
}

export interface CompareModel {
  kind: CompareSubject["kind"];
  columns: readonly [CompareColumn, CompareColumn];
  rows: TopicRow[];
  /** Kept/added/dropped; only for two meetings on different days. */
  change?: TopicChange;
  /** Who took part in both meetings and who in one (two meetings only: accounts share a meeting). */
  participants?: ParticipantOverlap;
  /** Set when the two meetings are told by different publishers or perspectives (two meetings only). */
  accounts?: AccountDifference;
  /** Participants' names and aliases: repeated names are not shared wording worth marking. */
  namesNotWording: string[];
}

export type CompareResult = { ok: true; model: CompareModel } | { ok: false; problem: string };

function year(date: string): string {
  return date.slice(0, 4);
}

/** The shortest labels that still tell two meetings apart: year, else day, else day and who met. */
function meetingLabels(index: DatasetIndex, a: Meeting, b: Meeting): [string, string] {
  if (year(a.date) !== year(b.date)) return [year(a.date), year(b.date)];
  const [dayA, dayB] = [formatCalendarDay(a.date, "short"), formatCalendarDay(b.date, "short")];
  if (a.date !== b.date) return [dayA, dayB];
  // Same day (e.g. a delegation met the President, the Premier and the Foreign Minister): name
  // the principals that differ, Chinese side first.
  const [namesA, namesB] = [principalNames(index, a), principalNames(index, b)];
  const differing = namesA.findIndex((name, i) => name !== namesB[i]);
  if (differing < 0) return [`${dayA} (${a.id})`, `${dayB} (${b.id})`];
  return [`${dayA}, ${namesA[differing]}`, `${dayB}, ${namesB[differing] ?? b.id}`];
}

function accountLabels(a: Readout, b: Readout): [string, string] {
  if (a.publisher !== b.publisher) return [a.publisher, b.publisher];
  return [a.title || a.id, b.title || b.id];
}

function namesOf(index: DatasetIndex, meetings: readonly Meeting[]): string[] {
  const names = new Set<string>();
  for (const meeting of meetings) {
    for (const id of participantsOf(meeting)) {
      const actor = index.actors.get(id);
      if (!actor) continue;
      names.add(actor.name);
      for (const alias of actor.aliases) names.add(alias);
    }
  }
  return [...names];
}

function accountsOf(index: DatasetIndex, meeting: Meeting): AccountOf[] {
  return meeting.readoutIds.flatMap((id) => {
    const readout = index.readouts.get(id);
    return readout ? [{ publisher: readout.publisher, perspective: readout.perspective }] : [];
  });
}

function compareMeetings(index: DatasetIndex, ids: readonly [string, string]): CompareResult {
  const [a, b] = ids.map((id) => index.meetings.get(id));
  if (!a || !b)
    return {
      ok: false,
      problem: `No such meeting: ${ids.filter((id) => !index.meetings.has(id)).join(", ")}.`,
    };
  const [labelA, labelB] = meetingLabels(index, a, b);
  const columns = [
    {
      label: labelA,
      onlyLabel: `Only in ${labelA}`,
      absentLabel: `Not in the ${labelA} account.`,
      source: { kind: "meeting", meeting: a },
      comparand: meetingComparand(a),
    },
    {
      label: labelB,
      onlyLabel: `Only in ${labelB}`,
      absentLabel: `Not in the ${labelB} account.`,
      source: { kind: "meeting", meeting: b },
      comparand: meetingComparand(b),
    },
  ] as const satisfies readonly [CompareColumn, CompareColumn];
  const rows = alignTopics(columns[0].comparand, columns[1].comparand);
  return {
    ok: true,
    model: {
      kind: "meetings",
      columns,
      rows,
      change: topicChange(rows, a.date, b.date),
      participants: compareParticipants(a, b),
      accounts: accountDifference(accountsOf(index, a), accountsOf(index, b)),
      namesNotWording: namesOf(index, [a, b]),
    },
  };
}

function compareAccounts(
  index: DatasetIndex,
  meetingId: string,
  readoutIds: readonly [string, string],
): CompareResult {
  const meeting = index.meetings.get(meetingId);
  if (!meeting) return { ok: false, problem: `No such meeting: ${meetingId}.` };
  const comparands = accountComparands(meeting);
  const picked = readoutIds.map((id) => ({
    readout: index.readouts.get(id),
    comparand: comparands.find((c) => c.key === id),
  }));
  const [first, second] = picked;
  if (
    !first?.readout ||
    !first.comparand ||
    !second?.readout ||
    !second.comparand ||
    readoutIds[0] === readoutIds[1]
  ) {
    return {
      ok: false,
      problem: `This meeting does not have the two accounts asked for (${readoutIds.join(", ")}).`,
    };
  }
  const [labelA, labelB] = accountLabels(first.readout, second.readout);
  const columns = [
    {
      label: labelA,
      onlyLabel: `Only reported by ${labelA}`,
      absentLabel: `Not reported by ${labelA}.`,
      source: { kind: "account", meeting, readout: first.readout },
      comparand: first.comparand,
    },
    {
      label: labelB,
      onlyLabel: `Only reported by ${labelB}`,
      absentLabel: `Not reported by ${labelB}.`,
      source: { kind: "account", meeting, readout: second.readout },
      comparand: second.comparand,
    },
  ] as const satisfies readonly [CompareColumn, CompareColumn];
  return {
    ok: true,
    model: {
      kind: "accounts",
      columns,
      rows: alignTopics(first.comparand, second.comparand),
      namesNotWording: namesOf(index, [meeting]),
    },
  };
}

/** Resolves a subject against the dataset, or says plainly why it cannot be compared. */
export function buildCompareModel(index: DatasetIndex, subject: CompareSubject): CompareResult {
  return subject.kind === "meetings"
    ? compareMeetings(index, subject.meetingIds)
    : compareAccounts(index, subject.meetingId, subject.readoutIds);
}

/** Id of a topic row's element, so the summary's topic links can jump to it. */
export function topicRowId(topic: string | null): string {
  return `compare-topic-${topic ?? "untagged"}`;
}
