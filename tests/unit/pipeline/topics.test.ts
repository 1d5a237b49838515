// The sentences below are made up in the style of meeting readouts; none is copied from a source.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import topicsData from "../../../src/pipeline/gazetteer/topics.json";
import { patternPrefixes } from "../../../src/pipeline/topics/pattern-prefixes";
import { parseTopics } from "../../../src/pipeline/topics/topic-file";
import { compileTopicMatcher, matchTopics, TOPICS } from "../../../src/pipeline/topics/topic-matcher";

describe("TOPICS", () => {
  it("is a taxonomy of at least 25 topics with unique slug ids, labels and groups", () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    for (const t of TOPICS) expect(Object.keys(t).sort()).toEqual(["group", "id", "label"]);
    const ids = TOPICS.map((t) => t.id);
    for (const id of [
      "ukraine",
      "korean-peninsula",
      "syria",
      "taiwan",
      "climate-change",
      "covid-19",
      "peacekeeping",
      "multilateralism",
      "global-governance",
      "sustainable-development",
      "human-rights",
      "trade",
      "energy",
      "connectivity",
      "people-to-people",
      "brics",
      "sco",
      "g20",
      "food-and-energy-security",
      "security-architecture",
      "multipolarity",
      "hegemony",
      "sovereignty",
      "global-south",
      "humanitarian",
      "gender-equality",
      "africa",
      "myanmar",
      "history-and-wwii",
      "bilateral-relations",
      "finance",
      "agriculture",
      "northeast-asia",
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});

describe("matchTopics", () => {
  it.each([
    ["The two leaders had a candid exchange of views on the Ukraine crisis.", ["ukraine"]],
    ["He said BRICS cooperation had grown stronger this year.", ["brics"]],
    ["Both sides called for calm on the Korean Peninsula.", ["korean-peninsula"]],
    ["The Secretary-General praised China's efforts on climate change.", ["climate-change"]],
    ["Xi said the fight against COVID-19 required vaccines for all.", ["covid-19"]],
    ["The epidemic showed the value of public health systems and of the WHO.", ["covid-19"]],
  ])("tags %j", (sentence, expected) => {
    expect(matchTopics(sentence)).toEqual(expected);
  });

  it("names the health topic as what it holds: a talk on maternal mortality is public health, not COVID-19", () => {
    const sentence = "The minister thanked the envoy for the work on reducing maternal mortality.";
    expect(matchTopics(sentence)).toEqual(["covid-19"]);
    // The id stays (it is in links: topic=covid-19); the label a reader sees says public health first.
    expect(TOPICS.find((t) => t.id === "covid-19")?.label).toBe("Public health (incl. COVID-19)");
  });

  it("finds overlapping topics and returns them in taxonomy order without repeats", () => {
    expect(matchTopics("They pledged to protect energy security.")).toEqual([
      "energy",
      "food-and-energy-security",
    ]);
    expect(matchTopics("Food and energy security, and energy security again, were raised.")).toEqual([
      "energy",
      "food-and-energy-security",
    ]);
    const both = matchTopics("Trade rose, and the SCO and the G20 met, while Ukraine was discussed.");
    expect(both).toEqual(TOPICS.map((t) => t.id).filter((id) => both.includes(id)));
    expect(both).toEqual(expect.arrayContaining(["ukraine", "trade", "sco", "g20"]));
  });

  it("covers the UN and the international order", () => {
    expect(
      matchTopics("They reaffirmed their commitment to the UN Charter and to true multilateralism."),
    ).toEqual(["multilateralism"]);
    expect(matchTopics("The two sides will uphold the authority of the United Nations.")).toEqual([
      "multilateralism",
    ]);
    expect(matchTopics("Both back a more just and reasonable international order.")).toEqual([
      "global-governance",
    ]);
    expect(matchTopics("Putin said the world is becoming multipolar.")).toEqual(["multipolarity"]);
    expect(matchTopics("He opposed unilateral sanctions and a Cold War mentality.")).toEqual(["hegemony"]);
    expect(matchTopics("Emerging markets and developing countries deserve a louder voice.")).toEqual([
      "global-south",
    ]);
  });

  it("does not read too much into common words", () => {
    expect(matchTopics("They agreed to promote common development.")).toEqual([]);
    expect(matchTopics("China's cooperation with the country's development was welcomed.")).toEqual([]);
    expect(matchTopics("The cauldron of the Winter Olympic Games will be lit tonight.")).toEqual(["sport"]);
    expect(matchTopics("South African President Thabo Nomvete arrived.")).toEqual([]);
    expect(matchTopics("Who knows what the future holds, he joked.")).toEqual([]);
    expect(matchTopics("In a turbulent international environment, the partners stayed calm.")).toEqual([]);
    expect(matchTopics("They will steer the development of China-Russia relations.")).toEqual([
      "bilateral-relations",
    ]);
    expect(matchTopics("He visited Bangkok and Mali.")).toEqual(["africa"]);
    expect(matchTopics("")).toEqual([]);
  });

  it("gives the seed readouts the topics a reader would", () => {
    const seed = (n: string) =>
      readFileSync(new URL(`../../../public/data/readouts/${n}`, import.meta.url), "utf8");
    const sochi = matchTopics(seed("000_d8bb85d75c854370.txt"));
    expect(sochi).toEqual(
      expect.arrayContaining([
        "syria",
        "korean-peninsula",
        "northeast-asia",
        "climate-change",
        "multilateralism",
        "peacekeeping",
        "history-and-wwii",
        "global-governance",
      ]),
    );
    const beijing = matchTopics(seed("001_9d01fbca6247eab8.txt"));
    expect(beijing).toEqual(
      expect.arrayContaining([
        "syria",
        "korean-peninsula",
        "myanmar",
        "human-rights",
        "gender-equality",
        "peacekeeping",
        "sustainable-development",
        "humanitarian",
        "multilateralism",
        "climate-change",
      ]),
    );
    const video = matchTopics(seed("003_a1a6f6dff0234610.txt"));
    expect(video).toEqual(
      expect.arrayContaining([
        "ukraine",
        "taiwan",
        "brics",
        "sco",
        "g20",
        "trade",
        "energy",
        "finance",
        "agriculture",
        "connectivity",
        "people-to-people",
        "food-and-energy-security",
        "hegemony",
        "bilateral-relations",
      ]),
    );
    const zhongnanhai = matchTopics(seed("004_7dcf29c1458b0db6.txt"));
    expect(zhongnanhai).toEqual(
      expect.arrayContaining([
        "ukraine",
        "security-architecture",
        "multipolarity",
        "global-south",
        "bilateral-relations",
      ]),
    );
    expect(zhongnanhai).not.toContain("sustainable-development");
  });
});

describe("the topic index", () => {
  it("knows which characters a pattern can start with", () => {
    expect(patternPrefixes("food (?:and energy )?security")).toEqual(new Set(["food"]));
    expect(patternPrefixes("(?:UN|U\\.N\\.|United Nations) Charter")).toEqual(
      new Set(["un c", "u.n.", "unit"]),
    );
    expect(patternPrefixes("G-?20")).toEqual(new Set(["g-20", "g20"]));
    expect(patternPrefixes("(?<!South )Africa(?:n)?")).toEqual(new Set(["afri"]));
    expect(patternPrefixes("\\p{L}+-China relations")).toBeNull();
  });

  it("matches exactly what the plain patterns match", () => {
    const entries = parseTopics(topicsData);
    const plain = entries.map((t) => ({
      id: t.id,
      ci: new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${t.patterns.join("|")})(?![\\p{L}\\p{N}\\p{M}])`, "iu"),
      cs: t.casePatterns
        ? new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${t.casePatterns.join("|")})(?![\\p{L}\\p{N}\\p{M}])`, "u")
        : undefined,
    }));
    const indexed = compileTopicMatcher(entries);
    for (const n of [
      "000_d8bb85d75c854370",
      "001_9d01fbca6247eab8",
      "002_9f859ea9e4e7da19",
      "003_a1a6f6dff0234610",
      "004_7dcf29c1458b0db6",
    ]) {
      const text = readFileSync(new URL(`../../../public/data/readouts/${n}.txt`, import.meta.url), "utf8");
      for (const sentence of text.split(/(?<=[.!?\n])/)) {
        expect(indexed(sentence), sentence).toEqual(
          plain.filter((t) => t.ci.test(sentence) || (t.cs?.test(sentence) ?? false)).map((t) => t.id),
        );
      }
    }
  });
});

describe("parseTopics", () => {
  const valid = () => JSON.parse(JSON.stringify(topicsData)) as { id: string; patterns: string[] }[];

  it("fails loudly on a broken pattern, naming the file and the entry", () => {
    const data = valid();
    data[2]!.patterns.push("Syria(");
    expect(() => parseTopics(data)).toThrow(
      /topics\.json[\s\S]*\[2\]\.patterns\[\d+\] \(syria\): not a valid regex/,
    );
  });

  it("rejects duplicate ids, named groups and patterns that can match nothing", () => {
    const dup = valid();
    dup[1]!.id = dup[0]!.id;
    expect(() => parseTopics(dup)).toThrow(/duplicate topic id "ukraine"/);
    const named = valid();
    named[0]!.patterns.push("(?<x>Kyiv)");
    expect(() => parseTopics(named)).toThrow(/named groups are not allowed/);
    const empty = valid();
    empty[0]!.patterns.push("(?:Kyiv)?");
    expect(() => parseTopics(empty)).toThrow(/can match the empty string/);
  });
});
