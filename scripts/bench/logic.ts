/**
 * The pure logic under the explorer at 10,000 generated meetings, in Node (no browser): building
 * the search index and answering each keystroke of a typed query, and filtering with every facet
 * count. These were printed by unit tests once; figures belong here, tests assert behaviour.
 */
import { applyFilters, buildFacetRows, NO_FILTERS, type MeetingFilters } from "../../src/domain/filters";
import { buildSearchIndex } from "../../src/domain/search";
import { syntheticDataset } from "../../tests/fixtures/synthetic-dataset";
import { median, round, RUNS, type BenchSection } from "./section";

const SIZE = 10_000;
/** A query typed one key at a time: each prefix is a search the box runs. */
const KEYSTROKES = ["p", "pe", "pea", "peac", "peace", "peace s", "peace st", "peace sta", "peace stab"];
const FILTERS: MeetingFilters = {
  ...NO_FILTERS,
  counterparts: ["russia", "france"],
  topics: ["ukraine"],
  from: 2016,
  to: 2022,
};

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

export const logicSection: BenchSection = {
  name: "logic",
  describe: `search and filters over ${SIZE.toLocaleString("en")} generated meetings, median of ${RUNS} runs (Node, main thread)`,
  async run() {
    const dataset = syntheticDataset(SIZE);
    const builds: number[] = [];
    const keystrokes: number[] = [];
    const filterRuns: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const built = timed(() => buildSearchIndex(dataset));
      builds.push(built.ms);
      for (const query of KEYSTROKES) {
        const answer = timed(() => built.value.search(query));
        if (!answer.value) throw new Error(`search for "${query}" gave no answer`);
        keystrokes.push(answer.ms);
      }
      const rows = buildFacetRows(dataset);
      const filtered = timed(() => applyFilters(rows, FILTERS));
      if (filtered.value.meetings.length === 0) throw new Error("the filter bench matched no meeting");
      filterRuns.push(filtered.ms);
    }
    return {
      searchBuildMs10k: round(median(builds)),
      searchKeystrokeMs10k: round(median(keystrokes), 2),
      filterLogicMs10k: round(median(filterRuns), 2),
    };
  },
};
