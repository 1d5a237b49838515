/**
 * Splits a Dataset into its load-time forms (the compact meeting index and per-year detail shards)
 * and joins them back. Pure and deterministic: the build writes what `splitDataset` returns, and
 * `joinDataset(splitDataset(d))` equals `d` (data:check proves it on the bundled dataset).
 */
import type {
  DetailShard,
  DetailStatement,
  MeetingIndexFile,
  MeetingSummary,
  ReadoutDetail,
  ReadoutSummary,
} from "./index-schema";
import { hasGeneralRemarks } from "./general-remarks";
import { SCHEMA_VERSION, type Dataset, type Meeting, type Readout, type Statement } from "./schema";

export interface SplitDataset {
  index: MeetingIndexFile;
  shards: DetailShard[];
}

/**
 * The shard a readout's details live in: the year of the first meeting it describes (a search
 * or a meeting opened in that year reads one file), else its publication year, else "undated".
 */
function shardKey(readout: Readout, firstMeetingDay: string | undefined): string {
  return (firstMeetingDay ?? readout.publishedOn)?.slice(0, 4) ?? "undated";
}

export function summariseMeeting(meeting: Meeting): MeetingSummary {
  const { statements, ...rest } = meeting;
  const general = hasGeneralRemarks(statements) ? { generalRemarks: true as const } : {};
  return { ...rest, statementCount: statements.length, ...general };
}

/** Every meeting's statements, grouped by the readout they come from and tagged with their meeting. */
export function detailStatementsByReadout(meetings: readonly Meeting[]): Map<string, DetailStatement[]> {
  const statements = new Map<string, DetailStatement[]>();
  for (const meeting of meetings)
    for (const statement of meeting.statements) {
      let list = statements.get(statement.readoutId);
      if (!list) statements.set(statement.readoutId, (list = []));
      list.push({ ...statement, meetingId: meeting.id });
    }
  return statements;
}

export function splitDataset(dataset: Dataset): SplitDataset {
  const firstDay = new Map<string, string>();
  for (const meeting of dataset.meetings) {
    for (const id of meeting.readoutIds) {
      const day = firstDay.get(id);
      if (day === undefined || meeting.date < day) firstDay.set(id, meeting.date);
    }
  }
  const statements = detailStatementsByReadout(dataset.meetings);
  const byShard = new Map<string, ReadoutDetail[]>();
  const readouts: ReadoutSummary[] = dataset.readouts.map((readout) => {
    const shard = shardKey(readout, firstDay.get(readout.id));
    let list = byShard.get(shard);
    if (!list) byShard.set(shard, (list = []));
    list.push({ readout, statements: statements.get(readout.id) ?? [] });
    const { text, ...rest } = readout;
    void text;
    return { ...rest, shard };
  });
  const keys = [...byShard.keys()].sort();
  return {
    index: {
      schemaVersion: SCHEMA_VERSION,
      actors: dataset.actors,
      topics: dataset.topics,
      readouts,
      meetings: dataset.meetings.map(summariseMeeting),
      shards: keys,
    },
    shards: keys.map((shard) => ({ schemaVersion: SCHEMA_VERSION, shard, readouts: byShard.get(shard)! })),
  };
}

/** The meeting's statements from its readouts' details, in readout order; undefined until all are loaded. */
export function meetingStatements(
  meeting: Pick<MeetingSummary, "id" | "readoutIds">,
  details: ReadonlyMap<string, ReadoutDetail>,
): Statement[] | undefined {
  const statements: Statement[] = [];
  for (const id of meeting.readoutIds) {
    const detail = details.get(id);
    if (!detail) return undefined;
    for (const { meetingId, ...statement } of detail.statements)
      if (meetingId === meeting.id) statements.push(statement);
  }
  return statements;
}

/** The full meeting from its summary and loaded details; undefined while a readout is missing. */
export function detailedMeeting(
  summary: MeetingSummary,
  details: ReadonlyMap<string, ReadoutDetail>,
): Meeting | undefined {
  const statements = meetingStatements(summary, details);
  if (!statements) return undefined;
  const { statementCount, generalRemarks, ...rest } = summary;
  void statementCount;
  void generalRemarks;
  return { ...rest, statements };
}

/** The full Dataset back from the index and every shard (throws when a readout's details are missing). */
export function joinDataset(index: MeetingIndexFile, shards: readonly DetailShard[]): Dataset {
  const details = new Map(shards.flatMap((s) => s.readouts.map((d) => [d.readout.id, d] as const)));
  return {
    schemaVersion: SCHEMA_VERSION,
    actors: index.actors,
    topics: index.topics,
    readouts: index.readouts.map((summary) => {
      const detail = details.get(summary.id);
      if (!detail) throw new Error(`readout "${summary.id}" has no details in shard "${summary.shard}"`);
      return detail.readout;
    }),
    meetings: index.meetings.map((summary) => {
      const meeting = detailedMeeting(summary, details);
      if (!meeting) throw new Error(`meeting "${summary.id}" names a readout without details`);
      return meeting;
    }),
  };
}
