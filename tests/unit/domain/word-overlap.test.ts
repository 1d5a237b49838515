import { describe, expect, it } from "vitest";
import {
  markSharedWording,
  sharedPhrases,
  tokenize,
  type WordingSegment,
} from "../../../src/domain/word-overlap";

const shared = (segments: WordingSegment[]) => segments.filter((s) => s.shared).map((s) => s.text);
const joined = (segments: WordingSegment[]) => segments.map((s) => s.text).join("");

describe("tokenize", () => {
  it("finds words with their offsets, keeping apostrophes and hyphens inside words", () => {
    const text = "China’s win-win policy, 2024.";
    expect(tokenize(text).map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
      ["china's", "China’s"],
      ["win-win", "win-win"],
      ["policy", "policy"],
      ["2024", "2024"],
    ]);
  });
});

describe("markSharedWording", () => {
  it("marks a recurring official formulation and leaves the rest unmarked", () => {
    const text = "China will jointly safeguard international fairness and justice and promote world peace.";
    const other = "We must uphold international fairness and justice in every forum.";
    const segments = markSharedWording(text, [other]);
    expect(shared(segments)).toEqual(["international fairness and justice"]);
    expect(joined(segments)).toBe(text);
  });

  it("ignores case and punctuation when comparing but keeps the original text exactly", () => {
    const text = "Upholding International Fairness, and Justice!";
    const segments = markSharedWording(text, ["international fairness and justice"]);
    expect(shared(segments)).toEqual(["International Fairness, and Justice"]);
    expect(joined(segments)).toBe(text);
  });

  it("does not mark runs made only of stop words", () => {
    const segments = markSharedWording("He said that it is in the interest of all.", [
      "It is in the nature of things.",
    ]);
    expect(shared(segments)).toEqual([]);
  });

  it("trims stop words from the ends of a shared run", () => {
    const segments = markSharedWording("and the peace talks of", ["for the peace talks of the year"]);
    expect(shared(segments)).toEqual(["peace talks"]);
  });

  it("needs at least two content words, so one shared word alone is not highlighted", () => {
    expect(shared(markSharedWording("Ukraine matters.", ["On Ukraine, talks."]))).toEqual([]);
    expect(shared(markSharedWording("the Ukraine crisis deepened", ["on the Ukraine crisis"]))).toEqual([
      "Ukraine crisis",
    ]);
  });

  it("respects a stricter minimum run length", () => {
    const segments = markSharedWording("peace talks resumed", ["peace talks stalled"], { minWords: 3 });
    expect(shared(segments)).toEqual([]);
  });

  it("treats ignored words (participants' names) like stop words", () => {
    const text = "Xi Jinping said the road to peace is long.";
    const other = "Xi Jinping stressed cooperation.";
    expect(shared(markSharedWording(text, [other]))).toEqual(["Xi Jinping"]);
    expect(shared(markSharedWording(text, [other], { ignoreWords: ["Xi Jinping"] }))).toEqual([]);
  });

  it("marks runs shared with different other texts", () => {
    const text = "deepen strategic coordination and practical cooperation";
    const segments = markSharedWording(text, [
      "deepen strategic coordination now",
      "more practical cooperation",
    ]);
    expect(shared(segments)).toEqual(["deepen strategic coordination", "practical cooperation"]);
    expect(joined(segments)).toBe(text);
  });

  it("returns the whole text as one unshared segment when nothing is shared or there is nothing to compare", () => {
    expect(markSharedWording("Nothing in common here.", [])).toEqual([
      { text: "Nothing in common here.", shared: false },
    ]);
    expect(markSharedWording("", ["anything"])).toEqual([{ text: "", shared: false }]);
  });

  it("keeps markup-like readout text as plain text", () => {
    const text = "A <script>alert(1)</script> tag about peace talks";
    const segments = markSharedWording(text, ["peace talks"]);
    expect(joined(segments)).toBe(text);
    expect(shared(segments)).toEqual(["peace talks"]);
  });
});

describe("sharedPhrases", () => {
  it("lists distinct shared phrases in normalised form", () => {
    const segments = markSharedWording(
      "International fairness and justice; international Fairness and justice.",
      ["international fairness and justice"],
    );
    expect(sharedPhrases(segments)).toEqual(["international fairness and justice"]);
  });
});

describe("markSharedWording, overlapping matches", () => {
  it("joins overlapping runs from different texts into one highlight", () => {
    const text = "strive for lasting peace and common development";
    const segments = markSharedWording(text, ["lasting peace and common", "and common development goals"]);
    expect(shared(segments)).toEqual(["lasting peace and common development"]);
  });

  it("keeps two repetitions of a phrase as two highlights", () => {
    const segments = markSharedWording("peace talks; peace talks", ["peace talks"]);
    expect(shared(segments)).toEqual(["peace talks", "peace talks"]);
    expect(segments.map((s) => s.text)).toEqual(["peace talks", "; ", "peace talks"]);
  });
});
