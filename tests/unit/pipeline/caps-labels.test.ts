// Capitalised speaker labels read in title case, at the same length. Every label is made up.
import { describe, expect, it } from "vitest";
import { titleCaseLabels } from "../../../src/pipeline/caps-labels";
import { analyseReferences } from "../../../src/pipeline/references";

describe("titleCaseLabels", () => {
  it("title-cases a paragraph's capitalised label, minor words lower, same length", () => {
    const text =
      "PRESIDENT XI: (As interpreted.) Thank you.\n\nANNA MENSOR, PRIME MINISTER OF THE REPUBLIC: Hello.";
    const read = titleCaseLabels(text);
    expect(read).toBe(
      "President Xi: (As interpreted.) Thank you.\n\nAnna Mensor, Prime Minister of the Republic: Hello.",
    );
    expect(read.length).toBe(text.length);
  });

  it("title-cases a paragraph's first words in capitals before the sentence goes on in lower case", () => {
    const text = "CHINA'S PREMIER HAS met with the Taoiseach.\n\nBEIJING - The talks began.\nUN CHIEF Speaks";
    expect(titleCaseLabels(text)).toBe(
      "China's Premier Has met with the Taoiseach.\n\nBEIJING - The talks began.\nUN CHIEF Speaks",
    );
  });

  it("leaves labels in mixed case, capitals inside a sentence, and a colon without a label", () => {
    for (const text of [
      "Vladimir Putin: Good afternoon.",
      "He said: NATO is not the UN.",
      "The WHO: a note.",
      "Q: What next?",
    ])
      expect(titleCaseLabels(text)).toBe(text);
  });

  it("finds the person of a capitalised label, with the span and spelling of the text", () => {
    const text = "PRESIDENT XI JINPING: Thank you.";
    const refs = analyseReferences(text, undefined, "2025-03-01").within(0, text.length);
    expect(refs.map((r) => [r.surface, r.actorId])).toContainEqual(["XI JINPING", "xi-jinping"]);
  });
});
