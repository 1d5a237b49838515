import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlight, mentionsAny } from "../../../src/domain/highlight";

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((s) => s.marked)
    .map((s) => s.text);

describe("highlight", () => {
  it("marks whole words matching a term, whatever their case", () => {
    expect(highlight("Dialogue is the only way out of the Ukraine crisis.", ["ukraine"])).toEqual([
      { text: "Dialogue is the only way out of the ", marked: false },
      { text: "Ukraine", marked: true },
      { text: " crisis.", marked: false },
    ]);
  });

  it("marks a phrase as one piece, and its words apart not at all", () => {
    expect(
      marked("Fairness matters: international fairness and justice, and justice.", [
        "international fairness and justice",
      ]),
    ).toEqual(["international fairness and justice"]);
  });

  it("does not mark a term inside a longer word", () => {
    expect(marked("Ukrainian and Ukraine", ["ukraine"])).toEqual(["Ukraine"]);
  });

  it("marks every occurrence of every term, and accented words by their plain spelling", () => {
    expect(marked("Trade, energy and trade again with Côte d'Ivoire", ["trade", "energy", "cote"])).toEqual([
      "Trade",
      "energy",
      "trade",
      "Côte",
    ]);
  });

  it("keeps markup in the text as plain characters", () => {
    const segments = highlight("A <img src=x onerror=alert(1)> tag", ["img"]);
    expect(segments.map((s) => s.text).join("")).toBe("A <img src=x onerror=alert(1)> tag");
    expect(marked("A <img src=x onerror=alert(1)> tag", ["img"])).toEqual(["img"]);
  });

  it("returns the text unmarked when there are no terms, and nothing for an empty text", () => {
    expect(highlight("Ukraine", [])).toEqual([{ text: "Ukraine", marked: false }]);
    expect(highlight("", ["ukraine"])).toEqual([]);
    expect(mentionsAny("Ukraine", ["ukraine"])).toBe(true);
    expect(mentionsAny("Russia", ["ukraine"])).toBe(false);
  });

  it("always gives back the original text when the pieces are joined", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 80 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
        (text, terms) => {
          const segments = highlight(text, terms);
          expect(segments.map((s) => s.text).join("")).toBe(text);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
        },
      ),
    );
  });
});
