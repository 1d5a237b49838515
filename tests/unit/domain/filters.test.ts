import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFacetCatalogue } from "../../../src/domain/facets";
import {
  applyFilters,
  buildFacetRows,
  clearFilters,
  filtersFromViewState,
  hasActiveFilters,
  NO_FILTERS,
  type FacetGroup,
  type MeetingFacets,
  type MeetingFilters,
} from "../../../src/domain/filters";
import { parseDataset } from "../../../src/domain/parse-dataset";
import { parseViewState } from "../../../src/domain/view-state";
import sample from "../../fixtures/dataset.sample.json";
import { syntheticDataset } from "../../fixtures/synthetic-dataset";

const dataset = parseDataset(JSON.stringify(sample));
const rows = buildFacetRows(dataset);
const UN_2013 = "2013-06-19-xi-jinping-ban-ki-moon";
const RU_2021 = "2021-03-03-xi-jinping-vladimir-putin";
const RU_2023 = "2023-06-05-xi-jinping-vladimir-putin";

const ids = (filters: Partial<MeetingFilters>) =>
  applyFilters(rows, { ...NO_FILTERS, ...filters }).meetings.map((m) => m.id);
const countsFor = (filters: Partial<MeetingFilters>) =>
  applyFilters(rows, { ...NO_FILTERS, ...filters }).counts;

describe("applyFilters", () => {
  it("shows every meeting, in date order, when nothing is chosen", () => {
    expect(ids({})).toEqual([UN_2013, RU_2021, RU_2023]);
  });

  it("keeps the meetings with a chosen counterpart, principal, topic, format or perspective", () => {
    expect(ids({ counterparts: ["russia"] })).toEqual([RU_2021, RU_2023]);
    expect(ids({ counterpartPrincipals: ["ban-ki-moon"] })).toEqual([UN_2013]);
    expect(ids({ principals: ["xi-jinping"] })).toEqual([UN_2013, RU_2021, RU_2023]);
    expect(ids({ topics: ["climate-change"] })).toEqual([UN_2013]);
    expect(ids({ formats: ["video"] })).toEqual([RU_2021]);
    expect(ids({ perspectives: ["counterpart"] })).toEqual([RU_2023]);
  });

  it("treats choices within a group as alternatives and groups as all applying", () => {
    expect(ids({ topics: ["climate-change", "taiwan"] })).toEqual([UN_2013, RU_2021]);
    expect(ids({ topics: ["ukraine"], formats: ["in-person"] })).toEqual([RU_2023]);
    expect(ids({ counterparts: ["united-nations"], topics: ["ukraine"] })).toEqual([]);
  });

  it("keeps a year range inclusive at both ends, either end open", () => {
    expect(ids({ from: 2021, to: 2023 })).toEqual([RU_2021, RU_2023]);
    expect(ids({ to: 2021 })).toEqual([UN_2013, RU_2021]);
    expect(ids({ from: 2022 })).toEqual([RU_2023]);
  });

  it("narrows to the meetings a search matched", () => {
    expect(ids({ matching: new Set([RU_2023, UN_2013]), counterparts: ["russia"] })).toEqual([RU_2023]);
    expect(ids({ matching: new Set() })).toEqual([]);
  });
});

describe("facet counts", () => {
  it("count each choice with the other groups' filters applied", () => {
    const counts = countsFor({ counterparts: ["russia"], formats: ["in-person"] });
    // Counterpart ignores its own choice but keeps format=in-person: the UN meeting and one Russia meeting.
    expect(Object.fromEntries(counts.counterpart)).toEqual({ "united-nations": 1, russia: 1 });
    // Format ignores format but keeps counterpart=russia.
    expect(Object.fromEntries(counts.format)).toEqual({ video: 1, "in-person": 1 });
    // Other groups count within the result (the 2023 Russia meeting).
    expect(Object.fromEntries(counts.topic)).toEqual({
      ukraine: 1,
      "international-order": 1,
      brics: 1,
      multipolarity: 1,
    });
    expect(Object.fromEntries(counts.year)).toEqual({ "2023": 1 });
    expect(Object.fromEntries(counts.perspective)).toEqual({ china: 1, counterpart: 1 });
  });

  it("counts the year group without the year range", () => {
    expect(Object.fromEntries(countsFor({ from: 2022 }).year)).toEqual({ "2013": 1, "2021": 1, "2023": 1 });
  });

  it("count only search matches", () => {
    const counts = countsFor({ matching: new Set([UN_2013]) });
    expect(Object.fromEntries(counts.counterpart)).toEqual({ "united-nations": 1 });
  });

  it("agree with counting each choice by brute force, for any filters", () => {
    const big = buildFacetRows(syntheticDataset(300));
    const values = (group: FacetGroup, row: MeetingFacets): string[] =>
      ({
        counterpart: [row.counterpart],
        counterpartPrincipal: row.counterpartPrincipal ? [row.counterpartPrincipal] : [],
        principal: row.chinesePrincipal ? [row.chinesePrincipal] : [],
        topic: [...row.topics],
        year: [String(row.year)],
        format: [row.format],
        perspective: [...row.perspectives],
      })[group];
    const filterArb = fc.record({
      counterparts: fc.subarray(["russia", "france", "kenya", "japan"]),
      counterpartPrincipals: fc.subarray(["russia-leader-0", "france-leader-1"]),
      principals: fc.subarray(["xi-jinping", "wang-yi"]),
      topics: fc.subarray(["ukraine", "trade", "energy", "health"]),
      formats: fc.subarray(["in-person", "video", "phone"] as const),
      perspectives: fc.subarray(["china", "counterpart"] as const),
      from: fc.option(fc.integer({ min: 2013, max: 2024 }), { nil: undefined }),
      to: fc.option(fc.integer({ min: 2013, max: 2024 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(filterArb, (filters) => {
        const { meetings, counts } = applyFilters(big, filters);
        const ungrouped: Record<FacetGroup, MeetingFilters> = {
          counterpart: { ...filters, counterparts: [] },
          counterpartPrincipal: { ...filters, counterpartPrincipals: [] },
          principal: { ...filters, principals: [] },
          topic: { ...filters, topics: [] },
          year: { ...filters, from: undefined, to: undefined },
          format: { ...filters, formats: [] },
          perspective: { ...filters, perspectives: [] },
        };
        for (const group of Object.keys(ungrouped) as FacetGroup[]) {
          const expected = new Map<string, number>();
          const passing = new Set(applyFilters(big, ungrouped[group]).meetings.map((m) => m.id));
          for (const row of big) {
            if (!passing.has(row.meeting.id)) continue;
            for (const value of values(group, row)) expected.set(value, (expected.get(value) ?? 0) + 1);
          }
          expect(counts[group]).toEqual(expected);
        }
        // And the result is exactly the rows that satisfy every chosen group.
        expect(meetings.map((m) => m.id)).toEqual(
          big.filter((row) => isMatch(row, filters)).map((row) => row.meeting.id),
        );
      }),
      { numRuns: 60 },
    );
  });
});

function isMatch(row: MeetingFacets, f: MeetingFilters): boolean {
  const any = (chosen: readonly string[], have: readonly (string | undefined)[]) =>
    chosen.length === 0 || have.some((v) => v !== undefined && chosen.includes(v));
  return (
    any(f.counterparts, [row.counterpart]) &&
    any(f.counterpartPrincipals, [row.counterpartPrincipal]) &&
    any(f.principals, [row.chinesePrincipal]) &&
    any(f.topics, row.topics) &&
    any(f.formats, [row.format]) &&
    any(f.perspectives, row.perspectives) &&
    (f.from === undefined || row.year >= f.from) &&
    (f.to === undefined || row.year <= f.to)
  );
}

describe("view state and filters", () => {
  it("reads the filters from a parsed URL and clears them all at once, keeping the open meeting", () => {
    const { state } = parseViewState(
      `?meeting=${RU_2023}&counterpart=russia&with=vladimir-putin&perspective=china&from=2020&q=peace`,
    );
    expect(hasActiveFilters(state)).toBe(true);
    expect(filtersFromViewState(state)).toMatchObject({
      counterparts: ["russia"],
      counterpartPrincipals: ["vladimir-putin"],
      perspectives: ["china"],
      from: 2020,
    });
    const cleared = clearFilters(state);
    expect(cleared).toEqual({ meeting: RU_2023, counterparts: [], topics: [], formats: [] });
    expect(hasActiveFilters(cleared)).toBe(false);
    // The app merges the cleared state over the current one: nothing of the old filters may survive.
    const merged = { ...state, ...cleared };
    expect(hasActiveFilters(merged)).toBe(false);
    expect(merged).toMatchObject({
      meeting: RU_2023,
      from: undefined,
      q: undefined,
      counterpartPrincipals: undefined,
      perspectives: undefined,
    });
  });
});

describe("facet catalogue", () => {
  it("offers each counterpart with its principals, topics grouped in taxonomy order, and the years between", () => {
    const catalogue = buildFacetCatalogue(dataset, rows);
    expect(catalogue.counterparts).toEqual([
      { id: "russia", label: "Russia", principals: [{ id: "vladimir-putin", label: "Vladimir Putin" }] },
      {
        id: "united-nations",
        label: "United Nations",
        principals: [{ id: "ban-ki-moon", label: "Ban Ki-moon" }],
      },
    ]);
    expect(catalogue.principals).toEqual([{ id: "xi-jinping", label: "Xi Jinping" }]);
    expect(catalogue.topicGroups.map((g) => g.group)).toEqual([
      "Regional hotspots",
      "Sovereignty",
      "Economy",
      "Multilateral groupings",
      "Global governance",
      "Global challenges",
    ]);
    expect(catalogue.topicGroups.find((g) => g.group === "Economy")?.topics.map((t) => t.id)).toEqual([
      "trade",
      "energy",
    ]);
    expect(catalogue.years).toEqual(Array.from({ length: 11 }, (_, i) => 2013 + i));
    expect(catalogue.formats.map((f) => f.id)).toEqual(["in-person", "video"]);
    expect(catalogue.perspectives.map((p) => p.id)).toEqual(["china", "counterpart", "intergovernmental"]);
  });
});
