/**
 * The facts issue 2 names for the seed readouts, checked on the pipeline's output (not on the
 * committed dataset file, which data:check compares separately).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset, Meeting } from "../../../src/domain/schema";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { loadCorpus } from "../../../scripts/lib/corpus";
import { speakerIn } from "./helpers";

let dataset: Dataset;
let errors: string[];

beforeAll(() => {
  const result = buildDataset(loadCorpus());
  dataset = result.dataset;
  errors = result.errors;
});

function meeting(id: string): Meeting {
  const found = dataset.meetings.find((m) => m.id === id);
  if (!found) throw new Error(`no meeting ${id}; have ${dataset.meetings.map((m) => m.id).join(", ")}`);
  return found;
}

const speakerOf = (fragment: string) => speakerIn(dataset.meetings, fragment);

describe("the seed corpus", () => {
  it("yields exactly the seven seed meetings and no errors", () => {
    expect(errors).toEqual([]);
    expect(dataset.meetings.map((m) => m.id)).toEqual([
      "2013-06-19-fang-fenghui-ban-ki-moon",
      "2013-06-19-wang-yi-ban-ki-moon",
      "2013-06-19-xi-jinping-ban-ki-moon",
      "2014-02-07-xi-jinping-ban-ki-moon",
      "2020-09-24-xi-jinping-antonio-guterres",
      "2022-12-30-xi-jinping-vladimir-putin",
      "2024-05-16-xi-jinping-vladimir-putin",
    ]);
  });

  it("places the 2013 meetings in Beijing, in person, with the UN as counterpart", () => {
    for (const id of [
      "2013-06-19-xi-jinping-ban-ki-moon",
      "2013-06-19-wang-yi-ban-ki-moon",
      "2013-06-19-fang-fenghui-ban-ki-moon",
    ]) {
      const m = meeting(id);
      expect(m.format).toBe("in-person");
      expect(m.location?.city).toBe("Beijing");
      expect(m.counterpart).toBe("united-nations");
    }
  });

  it("dates seed 000 with a curated year and finds Sochi and the attendees", () => {
    const m = meeting("2014-02-07-xi-jinping-ban-ki-moon");
    expect(m.provenance.date.source).toBe("curated");
    expect(m.location).toMatchObject({ city: "Sochi", country: "Russia" });
    expect(m.format).toBe("in-person");
    expect(m.sides.find((s) => s.party === "china")?.attendees).toEqual([
      "wang-huning",
      "li-zhanshu",
      "yang-jiechi",
    ]);
  });

  it("reads the video formats and the date relative to the CGTN stamp", () => {
    expect(meeting("2020-09-24-xi-jinping-antonio-guterres").format).toBe("video");
    const m = meeting("2022-12-30-xi-jinping-vladimir-putin");
    expect(m.format).toBe("video");
    expect(m.provenance.date.source).toBe("text");
  });

  it("finds Zhongnanhai, small-group talks and the attendees of 2024-05-16", () => {
    const m = meeting("2024-05-16-xi-jinping-vladimir-putin");
    expect(m).toMatchObject({
      format: "in-person",
      setting: "small-group talks",
      location: { venue: "Zhongnanhai", city: "Beijing", country: "China" },
    });
    expect(m.sides.find((s) => s.party === "china")?.attendees).toEqual(["cai-qi", "wang-yi"]);
    expect(m.topics).toContain("ukraine");
  });

  it("attributes the statements issue 2 names", () => {
    expect(speakerOf("which the Chinese side no doubt knew")).toBe("narrator");
    expect(speakerOf("China never engages in ideological confrontation")).toBe("xi-jinping");
    expect(speakerOf("I highly appreciate President Xi Jinping's announcement")).toBe("antonio-guterres");
    expect(speakerOf("two-way trade volume reached a record high")).toBe("xi-jinping");
    expect(speakerOf("Russia-China relations have grown more resilient")).toBe("vladimir-putin");
    expect(speakerOf("Zhongnanhai is adorned with a gentle breeze")).toBe("narrator");
    expect(speakerOf("Noting that China's development is unstoppable")).toBe("vladimir-putin");
    expect(speakerOf("The UN is willing to work together")).toBe("ban-ki-moon");
  });

  it("attributes joint statements, tags after the words and pronouns", () => {
    expect(speakerOf("The two sides also exchanged views on issues of the Syrian situation")).toBe("joint");
    expect(speakerOf("The two heads of state had an in-depth exchange of views")).toBe("joint");
    expect(speakerOf("Facts have repeatedly proven")).toBe("xi-jinping");
    expect(speakerOf("To engage in unilateralism and hegemony will lose popular support")).toBe("xi-jinping");
    expect(speakerOf("The Russian president vowed")).toBe("vladimir-putin");
    expect(speakerOf("He invited the President to participate")).toBe("ban-ki-moon");
    expect(speakerOf("As the night deepened")).toBe("narrator");
    expect(speakerOf("Wang Huning, Li Zhanshu, Yang Jiechi and others were present")).toBe("narrator");
  });

  it("gives BRICS to the 2022 call and not to 2024", () => {
    expect(meeting("2022-12-30-xi-jinping-vladimir-putin").topics).toContain("brics");
    expect(meeting("2024-05-16-xi-jinping-vladimir-putin").topics).not.toContain("brics");
  });

  it("keeps every statement's span pointing at its text", () => {
    const readouts = new Map(dataset.readouts.map((r) => [r.id, r.text]));
    for (const s of dataset.meetings.flatMap((m) => m.statements))
      expect(readouts.get(s.readoutId)!.slice(...s.span)).toBe(s.text);
  });
});
