/** A headline may end on its bracket; a sentence's bracket comes after its point. */
import { describe, expect, it } from "vitest";
import { clean } from "../../../src/pipeline/clean";
import { endsLikeSentence } from "../../../src/pipeline/headline";

describe("a line ending in a bracket", () => {
  it("is the headline when nothing ends before the bracket", () => {
    const cleaned = clean(
      [
        "Minister Halvden's Call with Chinese Premier Li (Press Release from the Foreign Office)",
        "Minister Tor Halvden of Norway spoke with Chinese Premier Li Qiang on March 3, 2024.",
      ].join("\n\n"),
    );
    expect(cleaned.title).toBe(
      "Minister Halvden's Call with Chinese Premier Li (Press Release from the Foreign Office)",
    );
    expect(cleaned.text.startsWith("Minister Tor Halvden")).toBe(true);
  });

  it.each([
    ["The two sides signed four agreements (see the list below.)", true],
    ["Li and Halvden pose for a photo in Oslo on Sunday. (Nordic Wire)", true],
    ["(Xinhua)", true],
    ["Xi meets Norwegian prime minister (with photos)", false],
  ])("%s", (line, ends) => {
    expect(endsLikeSentence(line)).toBe(ends);
  });
});
