// Which mined phrases read as formulations (issue 13): no fragment that starts or ends on a word
// waiting for its verb or object, a possessive "s" is not a word, and a phrase that almost always
// comes inside a longer formulation folds into it. Statements made up.
import { describe, expect, it } from "vitest";
import { FOLD_SHARE, mineFormulations } from "../../../src/domain/formulations";
import { madeUpActors as actors, madeUpMeeting as meeting } from "../../fixtures/made-up-meetings";

/** Meetings m0 … that each say what `say(i)` gives for their index. */
const meetings = (count: number, say: (i: number) => [string, string][]) =>
  Array.from({ length: count }, (_, i) =>
    meeting(`m${i}`, `2020-01-${String(i + 1).padStart(2, "0")}`, say(i)),
  );

const phrasesOf = (list: ReturnType<typeof meetings>) =>
  mineFormulations({ meetings: list, actors }).map((f) => f.phrase);

describe("phrases that read as formulations", () => {
  it("drops fragments that start or end on an open word, keeping the formulation inside", () => {
    const phrases = phrasesOf(
      meetings(3, (i) => [
        [
          "china",
          `China is ready to maintain close communication with Freedonia on ${["grain", "rivers", "ports"][i]}.`,
        ],
        ["freedonia", "Freedonia has made steady gains, and stands ready to deepen lantern trade."],
      ]),
    );
    // Not "… with freedonia": a phrase ending on a country's name is about that country.
    expect(phrases).toContain("maintain close communication");
    expect(phrases).not.toContain("maintain close communication with freedonia");
    expect(phrases).toContain("deepen lantern trade");
    const open = /^(ready|willing|has|made|close|stands|is) |( ready| close| made| has| willing| stands)$/;
    expect(phrases.filter((p) => open.test(p))).toEqual([]);
    expect(phrases.some((p) => /^(china|freedonia) (is|has) /.test(p))).toBe(false);
  });

  it("does not count a possessive s as a word", () => {
    const phrases = phrasesOf(
      meetings(2, () => [
        ["china", "Freedonia's development, then."],
        ["freedonia", "Freedonia's peaceful development, now."],
      ]),
    );
    expect(phrases).not.toContain("freedonia s development");
    expect(phrases).toContain("freedonia s peaceful development");
  });

  it("folds a phrase into the longer formulation it almost always comes in", () => {
    // "open harbour policy" is in 5 meetings, 4 of them inside "the open harbour policy of mutual gain".
    const mostly = phrasesOf(
      meetings(5, (i) => [
        ["china", i < 4 ? "So: open harbour policy of mutual gain." : "So: open harbour policy, again."],
      ]),
    );
    expect(4 / 5).toBeGreaterThanOrEqual(FOLD_SHARE);
    expect(mostly).toContain("open harbour policy of mutual gain");
    expect(mostly).not.toContain("open harbour policy");
  });

  it("keeps both when the shorter phrase often stands alone", () => {
    // In 6 meetings, only 3 of them inside the longer form.
    const both = phrasesOf(
      meetings(6, (i) => [
        ["china", i < 3 ? "So: open harbour policy of mutual gain." : "So: open harbour policy, again."],
      ]),
    );
    expect(both).toEqual(
      expect.arrayContaining(["open harbour policy", "open harbour policy of mutual gain"]),
    );
  });
});
