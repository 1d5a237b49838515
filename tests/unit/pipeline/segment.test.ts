import { describe, expect, it } from "vitest";
import { clean } from "../../../src/pipeline/clean";
import { gluedStarts, segment } from "../../../src/pipeline/segment";

function sentences(text: string): string[] {
  return segment(clean(text)).map((s) => s.text);
}

describe("segment", () => {
  it("splits a paragraph longer than its segmenting window exactly as one pass would", () => {
    const paragraph = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} ends here.`).join(" ");
    const once = [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(paragraph)];
    expect(sentences(paragraph)).toEqual(once.map((s) => s.segment.trim()));
  });

  it("does not split after honorifics and abbreviations", () => {
    expect(
      sentences(
        "The envoy met with H.E. Mr. Li Hua on Sept. 24 in the U.S. capital. He said Dr. Tan agreed. Talks went on.",
      ),
    ).toEqual([
      "The envoy met with H.E. Mr. Li Hua on Sept. 24 in the U.S. capital.",
      "He said Dr. Tan agreed.",
      "Talks went on.",
    ]);
  });

  it("keeps quotations whole and spans exact", () => {
    const cleaned = clean("Minister Q declared:\n\n\u201cWe agree. We will act.\u201d\n\nThe talks ended.");
    const result = segment(cleaned);
    expect(result.map((s) => s.text)).toEqual([
      "Minister Q declared:",
      "\u201cWe agree.",
      "We will act.\u201d",
      "The talks ended.",
    ]);
    for (const s of result) expect(cleaned.text.slice(...s.span)).toBe(s.text);
    expect(result.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it("starts the first sentence after a dateline", () => {
    const result = sentences("BEIJING, May 2 (Xinhua) -- Li Hua met Tom Smith. They talked.");
    expect(result).toEqual(["Li Hua met Tom Smith.", "They talked."]);
  });

  it("splits sentences glued without a space, with exact spans", () => {
    const cleaned = clean(
      "Xi said trade should grow between the two countries.Both sides agreed.He left.\u201cWe agree,\u201d she said.",
    );
    const result = segment(cleaned);
    expect(result.map((s) => s.text)).toEqual([
      "Xi said trade should grow between the two countries.",
      "Both sides agreed.",
      "He left.",
      "\u201cWe agree,\u201d she said.",
    ]);
    for (const s of result) expect(cleaned.text.slice(...s.span)).toBe(s.text);
  });

  it("moves an opening quotation mark the segmenter leaves at a sentence's end to the next sentence", () => {
    expect(sentences("It was a mutual benefit.\u201cWe agree,\u201d he said.")).toEqual([
      "It was a mutual benefit.",
      "\u201cWe agree,\u201d he said.",
    ]);
  });

  it("keeps points inside numbers, initialisms, abbreviations, domain names and URLs", () => {
    for (const text of [
      "China is the U.S.A. partner No.1 with 3.5 percent, e.g. in beef.",
      "He visited St.Petersburg and met Mr.Li and J.Smith.",
      "See xinhuanet.com or www.example.gov/News.Release and mail info@example.Org today.",
      "Talks ended at 10 a.m.Both sides left.",
    ])
      expect(gluedStarts(text)).toEqual([]);
    expect(gluedStarts("Trade rose 12%.Officials agreed (in part).Both left.")).toEqual([15, 42]);
  });
});
