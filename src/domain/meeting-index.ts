/**
 * Lookups over the compact meeting index the app starts from (ADR 005), and the full-detail view
 * of whatever readout details are loaded. Pure: the timeline, filters and list work on summaries;
 * the meeting panel, source viewer and compare get a DatasetIndex of the loaded details.
 */
import { knownIdsOf, statementsByReadoutOf, type DatasetIndex, type NameIndex } from "./dataset-index";
import { buildFacetCatalogue, type FacetCatalogue } from "./facets";
import { buildFacetRows, type MeetingFacets } from "./filters";
import type { MeetingIndexFile, MeetingSummary, ReadoutDetail, ReadoutSummary } from "./index-schema";
import type { Salvaged } from "./parse-dataset";
import { laneRanks } from "./lane-order";
import { hasGeneralRemarks } from "./general-remarks";
import { mergeDatasets } from "./merge-datasets";
import type { Dataset, Meeting } from "./schema";
import { detailedMeeting, detailStatementsByReadout } from "./split-dataset";
import type { KnownIds } from "./view-state";

export interface MeetingIndex extends NameIndex {
  /** The parsed index file, meetings in date order (with the records left out, if any). */
  file: Salvaged<MeetingIndexFile>;
  readouts: ReadonlyMap<string, ReadoutSummary>;
  meetings: ReadonlyMap<string, MeetingSummary>;
  /** Ids a URL may name (for parseViewState). */
  knownIds: KnownIds;
  /** Every meeting's facet values, in date order: what the filters run over. */
  facetRows: readonly MeetingFacets<MeetingSummary>[];
  /** The choices each filter offers. */
  facetCatalogue: FacetCatalogue;
  /** The timeline's stable lane order (see lane-order). */
  laneRanks: ReadonlyMap<string, number>;
}

/**
 * Everything the app derives from the index file, in one place. The data layer calls it once per
 * fetched (or library-merged) file and keeps the result, so no view rebuilds lookups, facets or
 * lane order on its own. (The search index is built from the detail shards in its worker.)
 */
export function buildMeetingIndex(file: Salvaged<MeetingIndexFile>): MeetingIndex {
  const topics = new Map(file.topics.map((t) => [t.id, t]));
  const readouts = new Map(file.readouts.map((r) => [r.id, r]));
  const actors = new Map(file.actors.map((a) => [a.id, a]));
  const facetRows = buildFacetRows(file);
  return {
    file,
    actors,
    topics,
    readouts,
    meetings: new Map(file.meetings.map((m) => [m.id, m])),
    knownIds: knownIdsOf(file.meetings, topics.keys(), readouts.keys()),
    facetRows,
    facetCatalogue: buildFacetCatalogue(file, facetRows),
    laneRanks: laneRanks(file.meetings, { actors, topics }),
  };
}

/**
 * The full view of the loaded details: every readout in `details`, and every meeting all of whose
 * readouts are loaded, with its statements. Components given this index see exactly what they
 * would see with the whole dataset, for the meetings they were asked to show.
 */
export function buildDetailIndex(
  index: MeetingIndex,
  details: ReadonlyMap<string, ReadoutDetail>,
): DatasetIndex {
  const meetings = new Map<string, Meeting>();
  for (const summary of index.file.meetings) {
    if (!summary.readoutIds.some((id) => details.has(id))) continue;
    const meeting = detailedMeeting(summary, details);
    if (meeting) meetings.set(summary.id, meeting);
  }
  return {
    actors: index.actors,
    topics: index.topics,
    readouts: new Map([...details.values()].map((d) => [d.readout.id, d.readout])),
    meetings,
    statementsByReadout: statementsByReadoutOf(meetings.values()),
    knownIds: index.knownIds,
  };
}

/** Where library readouts' details live: never fetched, handed in by whoever holds them. */
export const LOCAL_SHARD = "local";

/**
 * Adds Dataset fragments (the user's library, in save order) to an index file, exactly as
 * `mergeDatasets` adds them to a full dataset: a fragment's meeting with the day and principals of
 * one present joins it as another account; any other meeting is added. Library readouts go in the
 * "local" shard. Returns their readout details, to hand to the data layer as already loaded (see
 * data/detail-queries). A readout id already present is skipped, so a library never replaces a
 * bundled readout.
 */
export function mergeDatasetFragment(
  file: MeetingIndexFile,
  fragments: readonly Dataset[],
): { file: MeetingIndexFile; details: ReadoutDetail[] } {
  // Nothing to add (an empty library, the usual case): the same file, not a copy of every record.
  if (fragments.length === 0) return { file, details: [] };
  // The index without texts and statements: merging into it places the fragments' meetings and
  // statements; bundled statements stay in their shards and are only counted.
  const skeleton: Dataset = {
    schemaVersion: file.schemaVersion,
    actors: file.actors,
    topics: file.topics,
    readouts: file.readouts.map(({ shard, ...readout }) => (void shard, { ...readout, text: "" })),
    meetings: file.meetings.map(
      ({ statementCount, generalRemarks, ...meeting }) => (
        void statementCount,
        void generalRemarks,
        { ...meeting, statements: [] }
      ),
    ),
  };
  const merged = mergeDatasets(skeleton, fragments);
  const bundled = new Set(file.readouts.map((r) => r.id));
  const local = merged.readouts.filter((r) => !bundled.has(r.id));
  if (local.length === 0) return { file, details: [] };
  const counts = new Map(file.meetings.map((m) => [m.id, m.statementCount]));
  const general = new Set(file.meetings.filter((m) => m.generalRemarks).map((m) => m.id));
  const statements = detailStatementsByReadout(merged.meetings);
  return {
    file: {
      ...file,
      actors: merged.actors,
      topics: merged.topics,
      readouts: [
        ...file.readouts,
        ...local.map(({ text, ...r }) => (void text, { ...r, shard: LOCAL_SHARD })),
      ],
      meetings: merged.meetings.map(({ statements: own, ...meeting }) => ({
        ...meeting,
        statementCount: (counts.get(meeting.id) ?? 0) + own.length,
        ...(general.has(meeting.id) || hasGeneralRemarks(own) ? { generalRemarks: true as const } : {}),
      })),
      shards: file.shards.includes(LOCAL_SHARD) ? file.shards : [...file.shards, LOCAL_SHARD],
    },
    details: local.map((readout) => ({ readout, statements: statements.get(readout.id) ?? [] })),
  };
}

/** Whether a readout is one of the user's own (held in the local shard, not bundled). */
export function isLocalReadout(index: Pick<MeetingIndex, "readouts">, readoutId: string): boolean {
  return index.readouts.get(readoutId)?.shard === LOCAL_SHARD;
}

/** The meetings at least one of whose accounts is the user's own: they carry the "yours" mark. */
export function yourMeetingIds(index: Pick<MeetingIndex, "readouts" | "file">): ReadonlySet<string> {
  return new Set(
    index.file.meetings.filter((m) => m.readoutIds.some((id) => isLocalReadout(index, id))).map((m) => m.id),
  );
}
