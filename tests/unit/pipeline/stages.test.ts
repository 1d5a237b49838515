// Each pipeline stage on its own: the context field it fills, the ExtractionError for unusable
// input, and the plain pipeline error naming the field when an earlier stage's output is missing.
import { describe, expect, it } from "vitest";
import type { ReadoutContext } from "../../../src/pipeline/context";
import { STAGES } from "../../../src/pipeline/stages";
import { attendanceStage } from "../../../src/pipeline/stages/attendance-stage";
import { checkInput } from "../../../src/pipeline/stages/check-input";
import { cleanStage } from "../../../src/pipeline/stages/clean-stage";
import { factsStage } from "../../../src/pipeline/stages/facts-stage";
import { meetingsStage } from "../../../src/pipeline/stages/meetings-stage";
import { publisherStage } from "../../../src/pipeline/stages/publisher-stage";
import { referencesStage } from "../../../src/pipeline/stages/references-stage";
import { segmentStage } from "../../../src/pipeline/stages/segment-stage";
import { ExtractionError, type Stage } from "../../../src/pipeline/stages/stage";
import { statementsStage } from "../../../src/pipeline/stages/statements-stage";
import { topicsStage } from "../../../src/pipeline/stages/topics-stage";
import { HOUSE_STYLES } from "../../../src/pipeline/styles/house-styles";
import type { ReadoutInput } from "../../../src/pipeline/types";

const READOUT =
  "On May 2, 2022, Chinese President Xi Jinping met with Kenyan President Bel Vosk in Beijing.\n\n" +
  "Xi said the two countries should build more rail links.";

const contextOf = (input: Partial<ReadoutInput> = {}): ReadoutContext => ({
  input: { id: "r1", raw: READOUT, ...input },
  styles: HOUSE_STYLES,
  warnings: [],
});

/** Runs the stages in order up to (not including) `stop`. */
function contextBefore(stop: Stage, input?: Partial<ReadoutInput>): ReadoutContext {
  const context = contextOf(input);
  for (const stage of STAGES) {
    if (stage === stop) break;
    stage.run(context);
  }
  return context;
}

describe("pipeline stages", () => {
  it("each have a name and a one-sentence job", () => {
    for (const stage of STAGES) {
      expect(stage.name).toMatch(/^[a-z-]+$/);
      expect(stage.job.length).toBeGreaterThan(10);
    }
    expect(new Set(STAGES.map((s) => s.name)).size).toBe(STAGES.length);
  });

  it.each([
    [cleanStage, "cleaned"],
    [segmentStage, "sentences"],
    [referencesStage, "references"],
    [meetingsStage, "split"],
    [publisherStage, "readout"],
    [attendanceStage, "attendees"],
    [statementsStage, "statements"],
    [factsStage, "meetings"],
  ] as const)("$name fills in its part of the context", (stage, field) => {
    const context = contextBefore(stage);
    expect(context[field]).toBeUndefined();
    stage.run(context);
    expect(context[field]).toBeDefined();
  });

  it("end to end, the stages give the meeting its date, sides and statements", () => {
    const context = contextBefore(topicsStage);
    topicsStage.run(context);
    factsStage.run(context);
    const meeting = context.meetings?.[0]?.meeting;
    expect(meeting).toMatchObject({
      id: "2022-05-02-xi-jinping-bel-vosk",
      date: "2022-05-02",
      counterpart: "kenya",
    });
    expect(meeting?.statements.map((s) => s.speaker)).toContain("xi-jinping");
  });

  it.each([
    [segmentStage, "cleaned"],
    [referencesStage, "cleaned"],
    [meetingsStage, "items"],
    [publisherStage, "cleaned"],
    [attendanceStage, "split"],
    [statementsStage, "split"],
    [topicsStage, "statements"],
    [factsStage, "split"],
  ] as const)("$name says which earlier output it needs when it is missing", (stage, field) => {
    const error = (() => {
      try {
        stage.run(contextOf());
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ExtractionError);
    expect((error as Error).message).toBe(
      `pipeline: stage "${stage.name}" needs "${field}", which no earlier stage set`,
    );
  });
});

describe("input the pipeline cannot use is an ExtractionError naming the readout", () => {
  const binary = "r1: this looks like a binary file, not text; supply the readout as UTF-8 plain text.";
  it.each([
    [
      "check-input, blank text",
      checkInput,
      "   \n\t",
      "r1: the file is empty; supply the text of a meeting readout.",
    ],
    ["check-input, a NUL byte", checkInput, "text\u0000more", binary],
    ["check-input, many control characters", checkInput, "ab\u0001cd".repeat(5), binary],
    [
      "clean, only a headline",
      cleanStage,
      "Xi Jinping meets Bel Vosk",
      "r1: nothing is left once the headline and site furniture (menus, share lines, stamps) are set aside; supply the body of the readout, not only its headline.",
    ],
    ["meetings, no meeting", meetingsStage, "The committee discussed the harvest.", /^r1: no meeting found;/],
  ] as const)("%s", (_, stage, raw, message) => {
    const run = () => stage.run(contextBefore(stage, { raw }));
    expect(run).toThrow(ExtractionError);
    expect(run).toThrow(message);
  });

  it("check-input accepts text with tabs and newlines", () => {
    expect(() => checkInput.run(contextOf({ raw: "Line one.\n\tLine two.\r\n" }))).not.toThrow();
  });

  it("clean warns when the text stops mid-sentence, and takes the reference date from the URL", () => {
    const context = contextOf({
      raw: `${READOUT}\n\nBoth sides agreed to`,
      meta: { url: "https://news.example/2023-04-05/talks.html" },
    });
    cleanStage.run(context);
    expect(context.warnings).toEqual([expect.stringContaining("cut off mid-sentence")]);
    expect(context.reference).toBe("2023-04-05");
    expect(context.referenceFrom).toBe("the readout's URL");
  });
});
