// Each stage of the declared list, run on a made-up readout, with the part of the context it fills.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { need } from "../../../../src/pipeline/context";
import {
  describeSpeakerRules,
  describeStages,
  replaceGenerated,
  STAGES,
} from "../../../../src/pipeline/stages";
import { runUntil, SAMPLE } from "./run-until";

describe("the declared stages", () => {
  it("are one ordered list with unique names, each with its job", () => {
    const names = STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(["check-input", "clean", "segment"]);
    expect(names.indexOf("references")).toBeLessThan(names.indexOf("attendance"));
    expect(names.indexOf("attendance")).toBeLessThan(names.indexOf("statements"));
    for (const stage of STAGES) expect(stage.job.length, stage.name).toBeGreaterThan(20);
  });

  it("are documented from the code: src/pipeline/README.md holds the generated lists (npm run docs:stages)", () => {
    const readme = readFileSync("src/pipeline/README.md", "utf8");
    const expected = replaceGenerated(
      replaceGenerated(readme, "stages", describeStages()),
      "speaker-rules",
      describeSpeakerRules(),
    );
    expect(readme, "run `npm run docs:stages`").toBe(expected);
  });

  it("name the missing field when a stage runs out of order", () => {
    const statements = STAGES.find((s) => s.name === "statements")!;
    expect(() => statements.run({ input: { id: "t", raw: "x" }, styles: undefined!, warnings: [] })).toThrow(
      /stage "statements" needs "split"/,
    );
    expect(need(1, "x", "y")).toBe(1);
  });
});

describe("stage check-input", () => {
  it("refuses an empty or binary file", () => {
    expect(() => runUntil("check-input", "  \n")).toThrow(/the file is empty/);
    expect(() => runUntil("check-input", "a\u0000b")).toThrow(/binary file/);
  });
});

describe("stage clean", () => {
  it("sets the cleaned text, lifts the title, and takes the dateline's date as reference", () => {
    const context = runUntil("clean", SAMPLE);
    expect(context.cleaned!.title).toBe("Xi Jinping Meets Chilean President");
    expect(context.cleaned!.text.startsWith("Beijing, March 3, 2025 (Xinhua) --")).toBe(true);
    expect(context.reference).toBe("2025-03-03");
  });

  it("warns when the text is cut off mid-sentence", () => {
    const context = runUntil("clean", `${SAMPLE}\nThe two sides also discussed`);
    expect(context.warnings.join(" ")).toMatch(/cut off mid-sentence/);
  });
});

describe("stage segment", () => {
  it("splits paragraphs into sentences", () => {
    const sentences = runUntil("segment", SAMPLE).sentences!;
    expect(sentences.map((s) => s.text)).toContain("He added that both countries should expand exchanges.");
  });
});

describe("stage references", () => {
  it("finds the introduced counterpart once and his later family name", () => {
    const context = runUntil("references", SAMPLE);
    expect(context.references!.introduced.map((p) => p.id)).toEqual(["anton-velmar"]);
    const velmar = context.items!.find((i) => i.sentence.text.startsWith("Velmar said"))!;
    expect(velmar.refs[0]).toMatchObject({ kind: "name", actorId: "anton-velmar" });
  });
});

describe("stage meetings", () => {
  it("finds one meeting with its principals", () => {
    const [draft] = runUntil("meetings", SAMPLE).split!.meetings;
    expect([draft!.chinese, draft!.foreign]).toEqual(["xi-jinping", "anton-velmar"]);
  });

  it("refuses a text with no meeting", () => {
    expect(() => runUntil("meetings", "China and Chile signed a trade deal on Monday.")).toThrow(
      /no meeting found/,
    );
  });
});

describe("stage publisher", () => {
  it("guesses the publisher from the dateline agency and warns that it was not curated", () => {
    const context = runUntil("publisher", SAMPLE);
    expect(context.readout).toMatchObject({ publisher: "Xinhua News Agency", perspective: "media" });
    expect(context.warnings.join(" ")).toMatch(/publisher not curated/);
  });

  it("keeps curated metadata", () => {
    const context = runUntil("publisher", SAMPLE, {
      meta: { publisher: "Ruritanian Gazette", perspective: "counterpart" },
    });
    expect(context.readout).toMatchObject({ publisher: "Ruritanian Gazette", perspective: "counterpart" });
  });
});

describe("stage attendance", () => {
  it("lists who was present, other than the principals", () => {
    const context = runUntil("attendance", SAMPLE);
    expect([...context.attendees!.values()]).toEqual([["wang-yi"]]);
  });
});

describe("stage statements", () => {
  it("gives each sentence a speaker and records the rule that chose it", () => {
    const context = runUntil("statements", SAMPLE);
    const [statements] = [...context.statements!.values()];
    const rows = statements!.map((s) => [s.text.slice(0, 12), s.speaker, s.speakerRule]);
    expect(rows).toContainEqual(["Xi said Chin", "xi-jinping", "saying-subject"]);
    expect(rows).toContainEqual(["He added tha", "xi-jinping", "saying-subject"]);
    expect(rows).toContainEqual(["Wang Yi was ", "narrator", "attendance"]);
  });
});

describe("stage topics", () => {
  it("tags statements with topics", () => {
    const context = runUntil("topics", SAMPLE);
    const [statements] = [...context.statements!.values()];
    const trade = statements!.find((s) => s.text.startsWith("Xi said"))!;
    expect(trade.topics).toContain("trade");
  });
});

describe("stage facts", () => {
  it("dates, places and assembles the meeting", () => {
    const [extracted] = runUntil("facts", SAMPLE).meetings!;
    expect(extracted!.meeting).toMatchObject({
      id: "2025-03-03-xi-jinping-anton-velmar",
      date: "2025-03-03",
      format: "in-person",
      location: { city: "Beijing" },
      counterpart: "chile",
    });
  });
});
