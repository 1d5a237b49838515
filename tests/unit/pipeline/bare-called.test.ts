/** A bare "called" as a phone call (meeting-patterns.ts BARE_CALLED), and the "called" that is none. */
import { describe, expect, it } from "vitest";
import { happenedCue } from "../../../src/pipeline/happened-cue";

describe("a bare 'called' tells a call", () => {
  it.each([
    "Prime Minister A B has called his Chinese counterpart Li Qiang.",
    "Xi Jinping called Chilean President C D on Wednesday to congratulate him.",
    "Xi Jinping called E F, the Chilean President, on Tuesday evening.",
    "President A B called Chinese President Xi Jinping yesterday.",
  ])("%s", (text) => {
    expect(happenedCue(text, true)?.[0]).toMatch(/^called /);
  });
});

describe("but not when it is no call", () => {
  it.each([
    "Xi Jinping called for calm and restraint.",
    "A B criticised what he called Chinese President Xi Jinping's coercion.",
    "A B met the so-called envoy of the President.",
    "A B called President Xi's initiative a visionary plan.",
    "The plan is called Green Corridor by its makers.",
    "A B had called President Xi Jinping in March.",
  ])("%s", (text) => {
    expect(happenedCue(text, true)?.[0] ?? "").not.toMatch(/^called\b/);
  });
});
