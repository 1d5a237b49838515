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
import type { Dataset, Meeting } from "./schema";
import { laneRanks } from "./lane-order";
import { detailedMeeting, splitDataset } from "./split-dataset";
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
 * Adds a Dataset fragment (e.g. the user's library) to an index file: its meetings and readouts
 * join the index (readouts in the "local" shard), actors and topics are added when new. Returns the
 * fragment's readout details, to hand to the data layer as already-loaded (see data/detail-queries).
 * Ids already in the index win, so a library never replaces a bundled meeting.
 */
export function mergeDatasetFragment(
  file: MeetingIndexFile,
  fragment: Dataset,
): { file: MeetingIndexFile; details: ReadoutDetail[] } {
  const split = splitDataset(fragment);
  const known = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
  const fresh = <T extends { id: string }>(mine: readonly T[], theirs: readonly T[]) => {
    const ids = known(mine);
    return theirs.filter((x) => !ids.has(x.id));
  };
  const readouts = fresh(file.readouts, split.index.readouts).map((r) => ({ ...r, shard: LOCAL_SHARD }));
  const readoutIds = known(readouts);
  const meetings = [...file.meetings, ...fresh(file.meetings, split.index.meetings)].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  return {
    file: {
      ...file,
      actors: [...file.actors, ...fresh(file.actors, split.index.actors)],
      topics: [...file.topics, ...fresh(file.topics, split.index.topics)],
      readouts: [...file.readouts, ...readouts],
      meetings,
      shards:
        readouts.length && !file.shards.includes(LOCAL_SHARD) ? [...file.shards, LOCAL_SHARD] : file.shards,
    },
    details: split.shards.flatMap((s) => s.readouts).filter((d) => readoutIds.has(d.readout.id)),
  };
}
