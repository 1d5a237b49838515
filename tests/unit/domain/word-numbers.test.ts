import { describe, expect, it } from "vitest";
import { buildWordStream } from "../../../src/domain/formulation-stream";
import { wordSpans } from "../../../src/domain/formulation-words";
import { CONTENT } from "../../../src/domain/formulation-grams";
import { WordNumbers } from "../../../src/domain/word-numbers";
import type { Statement } from "../../../src/domain/schema";

const numberOf = (numbers: WordNumbers, word: string) => numbers.numberOf(` ${word} `, 1, word.length + 1);

describe("WordNumbers", () => {
  it("gives a folded word one number whatever its case or accents", () => {
    const numbers = new WordNumbers();
    const cote = numberOf(numbers, "Côte");
    expect(numberOf(numbers, "cote")).toBe(cote);
    expect(numberOf(numbers, "COTE")).toBe(cote);
    expect(numberOf(numbers, "CÔTÉ")).toBe(cote);
    expect(numberOf(numbers, "cotes")).not.toBe(cote);
    expect(numbers.words[cote]).toBe("cote");
  });

  it("keeps thousands of words apart as its table grows", () => {
    const numbers = new WordNumbers();
    const words = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((word) => numberOf(numbers, word));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((word) => numberOf(numbers, word.toUpperCase()))).toEqual(ids);
  });
});

describe("the word stream", () => {
  const said = (party: string, text: string): Statement => ({
    id: `s-${text.length}`,
    readoutId: "r",
    speaker: party,
    party,
    topics: [],
    text,
    span: [0, text.length],
  });
  const stream = buildWordStream(
    [
      { statements: [said("china", "One-China principle, firmly."), said("narrator", "Not mined.")] },
      { statements: [said("freedonia", "The principle; again")] },
    ],
    () => CONTENT,
  );

  it("numbers every side's words, breaks clauses and leaves narration out", () => {
    const words = Array.from(stream.ids, (id) => (id < 0 ? "|" : stream.words[id]));
    expect(words).toEqual([
      "one",
      "china",
      "principle",
      "|",
      "firmly",
      "|",
      "the",
      "principle",
      "|",
      "again",
      "|",
    ]);
    expect(Array.from(stream.meetingOf)).toEqual([0, 1]);
    expect(Array.from(stream.firstPosition)).toEqual([0, 6]);
  });

  it("gives the character span of each position, as mining saw them", () => {
    const text = "One-China principle, firmly.";
    expect(wordSpans(text).map(([start, end]) => text.slice(start, end) || "|")).toEqual([
      "One",
      "China",
      "principle",
      "|",
      "firmly",
      "|",
    ]);
  });
});
