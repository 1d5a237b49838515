import { describe, expect, it } from "vitest";
import type { Statement } from "../../../src/domain/schema";
import { buildRuns } from "../../../src/features/source-viewer/source-runs";

const text = "Intro. Xi said A. Putin said B. Outro.";
const said = (id: string, sentence: string): Statement => {
  const start = text.indexOf(sentence);
  return {
    id,
    readoutId: "r",
    speaker: id,
    party: id,
    topics: [],
    text: sentence,
    span: [start, start + sentence.length],
  };
};
const xi = said("xi", "Xi said A.");
const putin = said("putin", "Putin said B.");
const show = (runs: ReturnType<typeof buildRuns>) =>
  runs.map((run) => [
    run.statement?.id ?? "-",
    run.pieces.map((p) => (p.focused ? `[${p.text}]` : p.text)).join(""),
  ]);

describe("buildRuns", () => {
  it("alternates plain text and statements and loses no character", () => {
    const runs = buildRuns(text, [xi, putin]);
    expect(show(runs)).toEqual([
      ["-", "Intro. "],
      ["xi", "Xi said A."],
      ["-", " "],
      ["putin", "Putin said B."],
      ["-", " Outro."],
    ]);
    expect(runs.flatMap((r) => r.pieces.map((p) => p.text)).join("")).toBe(text);
  });

  it("marks the focused span, whether a whole statement or part of one", () => {
    expect(show(buildRuns(text, [xi, putin], putin.span))[3]).toEqual(["putin", "[Putin said B.]"]);
    const inside: [number, number] = [text.indexOf("said A"), text.indexOf("said A") + 4];
    expect(show(buildRuns(text, [xi, putin], inside))[1]).toEqual(["xi", "Xi [said] A."]);
  });

  it("survives spans past the end of the text", () => {
    expect(
      buildRuns("short", [xi], [2, 999])
        .flatMap((r) => r.pieces.map((p) => p.text))
        .join(""),
    ).toBe("short");
  });
});
