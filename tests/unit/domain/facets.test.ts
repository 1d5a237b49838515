// The choices each filter offers. The actors, topics and meetings are made up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFacetCatalogue } from "../../../src/domain/facets";
import type { MeetingFacets } from "../../../src/domain/filters";
import { FORMAT_LABELS, PERSPECTIVE_LABELS } from "../../../src/domain/labels";
import { MEETING_FORMATS, PERSPECTIVES, type Actor, type Topic } from "../../../src/domain/schema";

const actor = (id: string, name: string, kind: Actor["kind"], party = id): Actor => ({
  id,
  name,
  kind,
  party,
  aliases: [],
  roles: [],
});
const actors: Actor[] = [
  actor("ruritania", "Ruritania", "country"),
  actor("freedonia", "Freedonia", "country"),
  actor("zembla", "Zembla", "country"),
  actor("aurelia-vance", "Aurelia Vance", "person", "ruritania"),
  actor("otto-brisk", "Otto Brisk", "person", "ruritania"),
  actor("rufus-firefly", "Rufus Firefly", "person", "freedonia"),
  actor("han-lumen", "Han Lumen", "person", "china"),
  actor("mei-tallow", "Mei Tallow", "person", "china"),
];
const topics: Topic[] = [
  { id: "tide-energy", label: "Tide energy", group: "Economy" },
  { id: "kite-rights", label: "Kite rights", group: "Sovereignty" },
  { id: "canal-tolls", label: "Canal tolls", group: "Economy" },
  { id: "moon-treaty", label: "Moon treaty", group: "Global governance" },
];
const dataset = { actors, topics };

let serial = 0;
function row(fields: Partial<MeetingFacets> & { year: number; counterpart: string }): MeetingFacets {
  const { year, counterpart } = fields;
  const date = `${year}-05-01`;
  return {
    meeting: {
      id: `m-${serial++}`,
      date,
      format: "in-person",
      counterpart,
      sides: [],
      topics: [],
      readoutIds: [],
    },
    yearLabel: String(year),
    counterpartPrincipal: undefined,
    chinesePrincipal: undefined,
    format: "in-person",
    topics: [],
    perspectives: [],
    ...fields,
  };
}

describe("buildFacetCatalogue", () => {
  const rows = [
    row({
      year: 2031,
      counterpart: "freedonia",
      counterpartPrincipal: "rufus-firefly",
      chinesePrincipal: "han-lumen",
    }),
    row({
      year: 2027,
      counterpart: "ruritania",
      counterpartPrincipal: "otto-brisk",
      chinesePrincipal: "mei-tallow",
      format: "phone",
      topics: ["canal-tolls", "kite-rights"],
      perspectives: ["media", "china"],
    }),
    row({
      year: 2029,
      counterpart: "ruritania",
      counterpartPrincipal: "aurelia-vance",
      chinesePrincipal: "han-lumen",
    }),
    row({
      year: 2030,
      counterpart: "ruritania",
      counterpartPrincipal: "aurelia-vance",
      chinesePrincipal: "han-lumen",
      format: "video",
      topics: ["tide-energy"],
      perspectives: ["counterpart"],
    }),
  ];
  const catalogue = buildFacetCatalogue(dataset, rows);

  it("lists counterparts most meetings first, each with its principals most meetings first", () => {
    expect(catalogue.counterparts).toEqual([
      {
        id: "ruritania",
        label: "Ruritania",
        principals: [
          { id: "aurelia-vance", label: "Aurelia Vance" },
          { id: "otto-brisk", label: "Otto Brisk" },
        ],
      },
      { id: "freedonia", label: "Freedonia", principals: [{ id: "rufus-firefly", label: "Rufus Firefly" }] },
    ]);
  });

  it("lists the Chinese principals most meetings first", () => {
    expect(catalogue.principals).toEqual([
      { id: "han-lumen", label: "Han Lumen" },
      { id: "mei-tallow", label: "Mei Tallow" },
    ]);
  });

  it("groups only the topics meetings use, in the taxonomy's order", () => {
    expect(catalogue.topicGroups).toEqual([
      {
        group: "Economy",
        topics: [
          { id: "tide-energy", label: "Tide energy" },
          { id: "canal-tolls", label: "Canal tolls" },
        ],
      },
      { group: "Sovereignty", topics: [{ id: "kite-rights", label: "Kite rights" }] },
    ]);
  });

  it("offers every year from the first meeting to the last, empty years included", () => {
    expect(catalogue.years).toEqual([2027, 2028, 2029, 2030, 2031]);
  });

  it("offers the formats and perspectives that occur, in the schema's order, with their labels", () => {
    expect(catalogue.formats).toEqual([
      { id: "in-person", label: "In person" },
      { id: "video", label: "Video call" },
      { id: "phone", label: "Phone call" },
    ]);
    expect(catalogue.perspectives.map((p) => p.id)).toEqual(["china", "counterpart", "media"]);
  });

  it("breaks count ties by label, so the order does not depend on the rows' order", () => {
    const tied = [row({ year: 2030, counterpart: "zembla" }), row({ year: 2030, counterpart: "freedonia" })];
    expect(buildFacetCatalogue(dataset, tied).counterparts.map((c) => c.id)).toEqual(["freedonia", "zembla"]);
    expect(buildFacetCatalogue(dataset, [...tied].reverse()).counterparts.map((c) => c.id)).toEqual([
      "freedonia",
      "zembla",
    ]);
  });

  it("shows an id no actor names as the id itself, and skips missing principals", () => {
    const catalogue = buildFacetCatalogue(dataset, [row({ year: 2030, counterpart: "atlantis" })]);
    expect(catalogue.counterparts).toEqual([{ id: "atlantis", label: "atlantis", principals: [] }]);
    expect(catalogue.principals).toEqual([]);
  });

  it("offers nothing for no meetings", () => {
    expect(buildFacetCatalogue(dataset, [])).toEqual({
      counterparts: [],
      principals: [],
      topicGroups: [],
      years: [],
      formats: [],
      perspectives: [],
    });
  });

  it("offers each value a row has, once, and counts every meeting under its counterpart", () => {
    const counterparts = ["ruritania", "freedonia", "zembla"] as const;
    const rowArb = fc.record({
      year: fc.integer({ min: 2000, max: 2040 }),
      counterpart: fc.constantFrom(...counterparts),
      format: fc.constantFrom(...MEETING_FORMATS),
      perspectives: fc.subarray([...PERSPECTIVES]),
      topics: fc.subarray(topics.map((t) => t.id)),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 12 }), (fields) => {
        const rows = fields.map((f) => row(f));
        const result = buildFacetCatalogue(dataset, rows);
        const years = rows.map((r) => r.year);
        expect(result.years[0]).toBe(Math.min(...years));
        expect(result.years.at(-1)).toBe(Math.max(...years));
        expect(result.counterparts.map((c) => c.id).sort()).toEqual(
          [...new Set(rows.map((r) => r.counterpart))].sort(),
        );
        expect(result.formats.map((f) => f.label)).toEqual(
          MEETING_FORMATS.filter((f) => rows.some((r) => r.format === f)).map((f) => FORMAT_LABELS[f]),
        );
        expect(result.perspectives.map((p) => p.label)).toEqual(
          PERSPECTIVES.filter((p) => rows.some((r) => r.perspectives.includes(p))).map(
            (p) => PERSPECTIVE_LABELS[p],
          ),
        );
        const offered = result.topicGroups.flatMap((g) => g.topics.map((t) => t.id));
        expect(new Set(offered).size).toBe(offered.length);
        expect(offered.sort()).toEqual([...new Set(rows.flatMap((r) => r.topics))].sort());
      }),
    );
  });
});
