import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/domain/parse-dataset";
import { highlight } from "../../../src/domain/highlight";
import { buildSearchIndex } from "../../../src/domain/search";
import bundled from "../../../public/data/dataset.json";
import sample from "../../fixtures/dataset.sample.json";

const dataset = parseDataset(JSON.stringify(sample));
const index = buildSearchIndex(dataset);
const UN_2013 = "2013-06-19-xi-jinping-ban-ki-moon";
const RU_2021 = "2021-03-03-xi-jinping-vladimir-putin";
const RU_2023 = "2023-06-05-xi-jinping-vladimir-putin";

const meetingsFor = (query: string) => [...(index.search(query)?.meetingIds ?? [])].sort();

describe("search", () => {
  it("finds the meetings whose statements or readouts mention a word, in any case", () => {
    expect(meetingsFor("Ukraine")).toEqual([RU_2021, RU_2023]);
    expect(meetingsFor("climate")).toEqual([UN_2013]);
  });

  it("matches the start of a word while it is being typed", () => {
    expect(meetingsFor("multilat")).toEqual([UN_2013]);
    expect(index.search("multilat")?.terms).toContain("multilateralism");
  });

  it("marks whole words: a word the readouts hold is not also read as the start of longer ones", () => {
    // Made up: "Yi" is a whole word in one readout and the start of "Yingtai" in the other.
    const small = buildSearchIndex({
      meetings: [
        { id: "m-yi", readoutIds: ["r-yi"], statements: [] },
        { id: "m-yingtai", readoutIds: ["r-yingtai"], statements: [] },
      ],
      readouts: [
        { id: "r-yi", title: "Talks in Veloria", text: "Foreign Minister Wang Yi met the envoy of Veloria." },
        { id: "r-yingtai", title: "A visit", text: "Governor Han Yingtai welcomed the Velorian delegation." },
      ],
    });
    const result = small.search("Yi");
    expect([...(result?.meetingIds ?? [])]).toEqual(["m-yi"]);
    expect(result?.terms).toEqual(["yi"]);
    expect(highlight("Governor Han Yingtai and Wang Yi", result!.terms)).toEqual([
      { text: "Governor Han Yingtai and Wang ", marked: false },
      { text: "Yi", marked: true },
    ]);
    // A fragment no readout holds as a word is still a word being typed.
    expect([...(small.search("Yingt")?.meetingIds ?? [])]).toEqual(["m-yingtai"]);
    // A formulation (a phrase) is marked on whole words too.
    expect(highlight("Han Yingtai spoke; Wang Yi spoke.", ["wang yi"]).filter((s) => s.marked)).toEqual([
      { text: "Wang Yi", marked: true },
    ]);
    expect(highlight("Wang Yingtai spoke.", ["wang yi"]).some((s) => s.marked)).toBe(false);
  });

  it("forgives a typo in a longer word", () => {
    expect(meetingsFor("Ukrane")).toEqual([RU_2021, RU_2023]);
    expect(meetingsFor("Kremlim")).toEqual([RU_2023]);
  });

  it("needs every word of the query, ignoring common words", () => {
    expect(meetingsFor("what did they say about climate")).toEqual([UN_2013]);
    expect(meetingsFor("ukraine dialogue")).toEqual([RU_2023]);
    expect(meetingsFor("ukraine multilateralism")).toEqual([]);
  });

  it("finds words only the readout text holds, such as places", () => {
    expect(meetingsFor("Moscow")).toEqual([RU_2023]);
  });

  it("finds a meeting when the words come from both sides' readouts", () => {
    expect(meetingsFor("Kremlin BRICS")).toEqual([RU_2023]);
  });

  it("gives the words around the match as the reason a meeting matched", () => {
    const result = index.search("ukrain");
    expect(result?.terms).toEqual(["ukraine"]);
    const excerpt = index.excerpt(RU_2023, result!.terms);
    expect(excerpt?.text).toMatch(/Ukraine/);
    expect(excerpt?.readoutId).toBeTruthy();
    expect(index.excerpt(UN_2013, result!.terms)).toBeUndefined();
  });

  it("matches a quoted phrase word for word, and not its words apart", () => {
    const loose = meetingsFor("ukraine dialogue");
    expect(loose).toEqual([RU_2023]);
    expect(meetingsFor('"dialogue ukraine"')).toEqual([]);
    expect(meetingsFor('"ukraine crisis"')).toEqual([RU_2021, RU_2023]);
    const found = index.search('"the only way out"');
    expect([...(found?.meetingIds ?? [])]).toEqual([RU_2023]);
    expect(found?.terms).toEqual(["the only way out"]);
    expect(meetingsFor('"ukrane crisis"')).toEqual([]);
  });

  it("returns nothing to search for when the query has no searchable word", () => {
    expect(index.search("  ,. ")).toBeNull();
    expect(index.search("the")).toBeNull();
  });

  it("treats markup in a query as plain words", () => {
    expect(meetingsFor("<img src=x onerror=alert(1)>")).toEqual([RU_2023]);
    expect(meetingsFor("<script>")).toEqual([RU_2023]);
  });

  describe("on the bundled corpus, by meeting", () => {
    const corpus = parseDataset(JSON.stringify(bundled));
    const bundledIndex = buildSearchIndex(corpus);
    const found = (query: string) => [...(bundledIndex.search(query)?.meetingIds ?? [])].sort();

    it("finds climate only in meetings whose own statements mention it, not those sharing their readout", () => {
      expect(found("climate")).toEqual([
        "2013-06-19-xi-jinping-ban-ki-moon",
        "2014-02-07-xi-jinping-ban-ki-moon",
        "2020-09-24-xi-jinping-antonio-guterres",
      ]);
      const terms = bundledIndex.search("climate")!.terms;
      for (const id of found("climate")) expect(bundledIndex.excerpt(id, terms)?.text).toMatch(/climate/i);
      expect(bundledIndex.excerpt("2013-06-19-wang-yi-ban-ki-moon", terms)).toBeUndefined();
    });

    it("counts a shared readout's opening paragraph for every meeting it introduces", () => {
      // The UN readout opens with "had a range of meetings … human rights" before naming anyone.
      expect(found('"range of meetings"')).toEqual([
        "2013-06-19-fang-fenghui-ban-ki-moon",
        "2013-06-19-wang-yi-ban-ki-moon",
        "2013-06-19-xi-jinping-ban-ki-moon",
      ]);
    });

    it("reads a possessive as its word: 'China’s' searches for China, and no lone 's' is marked", () => {
      expect(found("China’s role")).toEqual(found("China role"));
      expect(bundledIndex.search("China’s role")?.terms).not.toContain("s");
      expect(bundledIndex.search("Xi's")?.terms).not.toContain("s");
    });

    it("excerpts the passage holding the most of the query's words", () => {
      const terms = bundledIndex.search("one-China principle")!.terms;
      const excerpt = bundledIndex.excerpt("2022-12-30-xi-jinping-vladimir-putin", terms);
      expect(excerpt?.text).toMatch(/one-China principle/);
    });

    it("matches a phrase with function words exactly", () => {
      expect(found('"international fairness and justice"')).toEqual([
        "2020-09-24-xi-jinping-antonio-guterres",
        "2022-12-30-xi-jinping-vladimir-putin",
        "2024-05-16-xi-jinping-vladimir-putin",
      ]);
    });
  });
});
