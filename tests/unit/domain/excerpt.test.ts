import { describe, expect, it } from "vitest";
import { excerptAround } from "../../../src/domain/excerpt";

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("excerptAround", () => {
  it("is undefined when no term is in the text", () => {
    expect(excerptAround("The delegates discussed fisheries.", ["tariffs"])).toBeUndefined();
    expect(excerptAround("", ["tariffs"])).toBeUndefined();
  });

  it("does not count a term inside a longer word as a match", () => {
    expect(excerptAround("Fishermen gathered at the harbour.", ["fish"])).toBeUndefined();
  });

  it("returns a short text whole, trimmed, when a term is in it", () => {
    expect(excerptAround("  The envoys talked about Fisheries today.  ", ["fisheries"])).toBe(
      "The envoys talked about Fisheries today.",
    );
  });

  it("cuts a long text around the first match at word boundaries, with an ellipsis on each cut side", () => {
    const text = `${filler(60)} fisheries ${filler(60)} fisheries ${filler(10)}`;
    const excerpt = excerptAround(text, ["fisheries"])!;
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt.endsWith("…")).toBe(true);
    const words = excerpt.slice(1, -1).split(" ");
    // Every piece is a whole word of the text: nothing was cut mid-word.
    for (const word of words) expect(text.split(" ")).toContain(word);
    expect(words).toContain("fisheries");
    expect(excerpt.length).toBeLessThan(text.length);
    expect(excerpt.length).toBeLessThanOrEqual(2 * 90 + 20);
  });

  it("has no leading ellipsis when the match is near the start, and no trailing one when near the end", () => {
    const atStart = excerptAround(`Fisheries first. ${filler(80)}`, ["fisheries"])!;
    expect(atStart.startsWith("Fisheries first.")).toBe(true);
    expect(atStart.endsWith("…")).toBe(true);
    const atEnd = excerptAround(`${filler(80)} and fisheries last.`, ["fisheries"])!;
    expect(atEnd.startsWith("…")).toBe(true);
    expect(atEnd.endsWith("and fisheries last.")).toBe(true);
  });

  it("centres on the passage holding the most different terms, not the first match", () => {
    const text = `Veloria ${filler(60)} Veloria upholds the one-Veloria principle ${filler(60)}`;
    const excerpt = excerptAround(text, ["veloria", "principle"])!;
    expect(excerpt).toContain("one-Veloria principle");
    expect(excerpt.startsWith("…")).toBe(true);
  });

  it("honours a smaller context", () => {
    const text = `${filler(20)} fisheries ${filler(20)}`;
    const excerpt = excerptAround(text, ["fisheries"], 10)!;
    expect(excerpt).toContain("fisheries");
    expect(excerpt.length).toBeLessThan(40);
  });
});
