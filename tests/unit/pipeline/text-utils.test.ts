// The text helpers every pipeline stage leans on. All strings are made up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSlug } from "../../../src/domain/schema";
import {
  endsWord,
  escapeRegExp,
  execAll,
  firstStartingAt,
  foldDiacritics,
  isWordChar,
  PhraseMatcher,
  resolveOverlaps,
  slugify,
  startsWord,
  WORD_END,
  WORD_START,
  wordRuns,
  wordStarts,
} from "../../../src/pipeline/text-utils";

describe("foldDiacritics", () => {
  it("strips accents, including letters decomposition leaves alone", () => {
    expect(foldDiacritics("Zoë Ñúñez-Ødegård")).toBe("Zoe Nunez-Odegard");
    expect(foldDiacritics("Łukasz Đorđević, Straße, Ægir, Œuvre, þór, ıra")).toBe(
      "Lukasz Dordevic, Strasse, AEgir, OEuvre, thor, ira",
    );
    // Capital thorn and eth (U+00DE, U+00D0) fold like their small letters.
    expect(foldDiacritics("Þóra Ðórsdóttir")).toBe("Thora Dorsdottir");
    expect(foldDiacritics("Erdoğan Çelik")).toBe("Erdogan Celik");
  });

  it("leaves text without Latin diacritics as it is (empty, ASCII, CJK, Arabic letters)", () => {
    for (const text of ["", "Plain ASCII, 2024.", "北京会谈", "السلام"])
      expect(foldDiacritics(text)).toBe(text);
  });

  it("drops Arabic vowel marks, which are combining marks", () => {
    expect(foldDiacritics("سَلَام")).toBe("سلام");
  });

  it("is idempotent and never leaves a combining mark", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const folded = foldDiacritics(text);
        expect(foldDiacritics(folded)).toBe(folded);
        expect(/\p{M}/u.test(folded)).toBe(false);
      }),
    );
  });
});

describe("slugify", () => {
  it("makes readable ids from names", () => {
    expect(slugify("Zoë Ñúñez")).toBe("zoe-nunez");
    expect(slugify("Pak Ki-dong")).toBe("pak-ki-dong");
    expect(slugify("O’Halloran-Smythe")).toBe("ohalloran-smythe");
    expect(slugify("Þóra Ðórsdóttir")).toBe("thora-dorsdottir");
    expect(slugify("  --Summit 2031: Day Two!--  ")).toBe("summit-2031-day-two");
  });

  it("is empty when nothing Latin or numeric is left (empty, CJK, right-to-left)", () => {
    expect(slugify("")).toBe("");
    expect(slugify("北京会谈")).toBe("");
    expect(slugify("السلام")).toBe("");
    expect(slugify("—!?")).toBe("");
  });

  it("yields a valid slug or an empty string for any text, and is stable on its own output", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const slug = slugify(text);
        expect(slug === "" || isSlug(slug)).toBe(true);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});

describe("escapeRegExp", () => {
  it("escapes every syntax character", () => {
    expect(escapeRegExp("U.S. (a+b)*?^$|[x]{2}\\")).toBe(
      "U\\.S\\. \\(a\\+b\\)\\*\\?\\^\\$\\|\\[x\\]\\{2\\}\\\\",
    );
  });

  it("gives a source that matches exactly the literal, with or without the u flag", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (literal) => {
        for (const flags of ["", "u"]) {
          const re = new RegExp(`^${escapeRegExp(literal)}$`, flags);
          expect(re.test(literal)).toBe(true);
          expect(re.test(`${literal}x`)).toBe(false);
        }
      }),
    );
  });
});

describe("isWordChar", () => {
  it("is true for letters, digits and combining marks in any script", () => {
    for (const ch of ["a", "Z", "7", "é", "ß", "中", "ق", "\u0301", "٣"]) expect(isWordChar(ch)).toBe(true);
  });

  it("is false for separators, punctuation, and no character at all", () => {
    for (const ch of [" ", "-", "_", "'", "’", ".", "，", "\n", "", undefined])
      expect(isWordChar(ch)).toBe(false);
  });
});

describe("WORD_START / WORD_END", () => {
  const bounded = (word: string) => new RegExp(`${WORD_START}${escapeRegExp(word)}${WORD_END}`, "u");

  it("bound a pattern at letters of any script, not only ASCII", () => {
    expect(bounded("Aran").test("Aran spoke")).toBe(true);
    expect(bounded("Aran").test("(Aran)")).toBe(true);
    expect(bounded("Aran").test("Aranéa spoke")).toBe(false);
    expect(bounded("Aran").test("éAran spoke")).toBe(false);
    expect(bounded("北京").test("在北京会谈")).toBe(false);
  });
});

describe("endsWord / startsWord", () => {
  it("treats an apostrophe and letters as part of the word, except the possessive 's", () => {
    expect(endsWord("Vo'an is a town", 2)).toBe(false);
    expect(endsWord("Vo's plan", 2)).toBe(true);
    expect(endsWord("Vo’s plan", 2)).toBe(true);
    expect(endsWord("Vo'sa plan", 2)).toBe(false);
    expect(endsWord("Vo' said", 2)).toBe(true);
  });

  it("is true at the ends of the text and false inside a word", () => {
    expect(endsWord("Vo", 2)).toBe(true);
    expect(startsWord("Vo", 0)).toBe(true);
    expect(endsWord("Vonda", 2)).toBe(false);
    expect(startsWord("Avo", 1)).toBe(false);
    expect(startsWord("-Vo", 1)).toBe(true);
    expect(startsWord("éVo", 1)).toBe(false);
  });
});

describe("wordStarts", () => {
  it("is where each of wordRuns' runs starts, for any text", () => {
    expect(wordStarts("Pak Ki-dong, 2031.")).toEqual([0, 4, 7, 13]);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(wordStarts(text)).toEqual(wordRuns(text).map((run) => run.start));
      }),
    );
  });
});

describe("wordRuns", () => {
  it("splits at punctuation and spaces, with offsets into the text", () => {
    expect(wordRuns("Pak Ki-dong, 2031.")).toEqual([
      { start: 0, word: "Pak" },
      { start: 4, word: "Ki" },
      { start: 7, word: "dong" },
      { start: 13, word: "2031" },
    ]);
    expect(wordRuns("")).toEqual([]);
    expect(wordRuns(" — ")).toEqual([]);
  });

  it("keeps accented, combining, CJK and Arabic letters inside a run", () => {
    expect(wordRuns("Zoe\u0308 北京 سلام").map((r) => r.word)).toEqual(["Zoe\u0308", "北京", "سلام"]);
  });

  it("returns maximal runs of word characters, in order, each the text at its offset", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "Z", "é", "北", "-", " ", "'", "5", "\u0301") }),
        (text) => {
          const runs = wordRuns(text);
          let previousEnd = -1;
          for (const { start, word } of runs) {
            expect(text.slice(start, start + word.length)).toBe(word);
            expect([...word].every((ch) => isWordChar(ch))).toBe(true);
            expect(start).toBeGreaterThan(previousEnd);
            expect(isWordChar(text[start - 1])).toBe(false);
            expect(isWordChar(text[start + word.length])).toBe(false);
            previousEnd = start + word.length;
          }
          const covered = runs.reduce((n, r) => n + r.word.length, 0);
          expect(covered).toBe([...text].filter((ch) => isWordChar(ch)).join("").length);
        },
      ),
    );
  });
});

describe("PhraseMatcher", () => {
  const matcher = new PhraseMatcher([
    { phrase: "Aran", value: "aran" },
    { phrase: "Aran Vell", value: "aran-vell" },
    { phrase: "Vell Harbour", value: "vell-harbour" },
    { phrase: "Ki-dong", value: "ki-dong" },
    { phrase: "北京", value: "beijing" },
  ]);
  const found = (text: string) => matcher.find(text).map((h) => [h.phrase, h.value, h.start, h.end]);

  it("finds the longest phrase at a position, with its span", () => {
    expect(found("Then Aran Vell spoke.")).toEqual([["Aran Vell", "aran-vell", 5, 14]]);
    expect(found("Aran spoke.")).toEqual([["Aran", "aran", 0, 4]]);
  });

  it("is case-sensitive and word-bounded", () => {
    expect(found("aran vell spoke")).toEqual([]);
    expect(found("Aranvell and Arania")).toEqual([]);
    expect(found("Aran's boat")).toEqual([["Aran", "aran", 0, 4]]);
    expect(found("Aran'ul's boat")).toEqual([]);
  });

  it("lets a phrase's space match any whitespace, such as a line break", () => {
    expect(found("Aran\n  Vell arrived")).toEqual([["Aran Vell", "aran-vell", 0, 11]]);
  });

  it("lets the space after an abbreviation point be missing, and only there", () => {
    const abbreviated = new PhraseMatcher([
      { phrase: "St. Vell", value: "st-vell" },
      { phrase: "Aran Vell", value: "aran-vell" },
    ]);
    const hits = (text: string) => abbreviated.find(text).map((h) => [h.value, h.start, h.end]);
    expect(hits("to St.Vell on Monday")).toEqual([["st-vell", 3, 10]]);
    expect(hits("to St. Vell")).toEqual([["st-vell", 3, 11]]);
    expect(hits("AranVell and St.Vellum")).toEqual([]);
  });

  it("matches phrases with hyphens and in scripts without spaces", () => {
    expect(found("Ki-dong met him")).toEqual([["Ki-dong", "ki-dong", 0, 7]]);
    expect(found("北京 talks")).toEqual([["北京", "beijing", 0, 2]]);
  });

  it("returns overlapping candidates, and find keeps the longest without overlaps", () => {
    const text = "Aran Vell Harbour";
    expect(matcher.candidates(text).map((h) => h.value)).toEqual(["aran-vell", "vell-harbour"]);
    expect(found(text)).toEqual([["Vell Harbour", "vell-harbour", 5, 17]]);
    expect(found("Aran Vell and Vell Harbour")).toEqual([
      ["Aran Vell", "aran-vell", 0, 9],
      ["Vell Harbour", "vell-harbour", 14, 26],
    ]);
  });

  it("finds nothing in an empty text or with no phrases", () => {
    expect(found("")).toEqual([]);
    expect(new PhraseMatcher<string>([]).find("Aran Vell")).toEqual([]);
  });

  it("refuses a phrase that does not start with a letter or digit", () => {
    expect(() => new PhraseMatcher([{ phrase: "(Aran)", value: 1 }])).toThrow(
      /must start with a letter or digit/,
    );
    expect(() => new PhraseMatcher([{ phrase: "   ", value: 1 }])).toThrow();
  });
});

describe("resolveOverlaps", () => {
  const hit = (start: number, end: number) => ({ start, end });

  it("keeps the longest of overlapping hits, the earlier one on a tie, in text order", () => {
    expect(resolveOverlaps([hit(4, 6), hit(0, 5), hit(8, 9)])).toEqual([hit(0, 5), hit(8, 9)]);
    expect(resolveOverlaps([hit(2, 5), hit(0, 3)])).toEqual([hit(0, 3)]);
    expect(resolveOverlaps([hit(3, 5), hit(0, 3)])).toEqual([hit(0, 3), hit(3, 5)]);
    expect(resolveOverlaps([])).toEqual([]);
  });

  it("returns non-overlapping hits from its input, and drops only hits that overlap a kept one", () => {
    const hits = fc.array(
      fc
        .tuple(fc.nat(40), fc.integer({ min: 1, max: 10 }))
        .map(([start, length]) => hit(start, start + length)),
    );
    fc.assert(
      fc.property(hits, (input) => {
        const kept = resolveOverlaps(input);
        for (const k of kept) expect(input).toContain(k);
        kept.forEach((k, i) => {
          if (i > 0) expect(kept[i - 1]!.end).toBeLessThanOrEqual(k.start);
        });
        for (const h of input)
          if (!kept.includes(h)) expect(kept.some((k) => h.start < k.end && k.start < h.end)).toBe(true);
      }),
    );
  });
});

describe("execAll and firstStartingAt", () => {
  it("finds what matchAll finds and leaves lastIndex as it was", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab ,]{0,40}$/), fc.nat(5), (text, from) => {
        const re = /a+b?|,\s*b/g;
        re.lastIndex = from;
        const expected = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
        expect(execAll(re, text).map((m) => [m.index, m[0]])).toEqual(expected);
        expect(re.lastIndex).toBe(from);
      }),
    );
  });

  it("refuses a regex that is not global", () => {
    expect(() => execAll(/a/, "aa")).toThrow(TypeError);
  });

  it("gives findIndex's answer on items sorted by start", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50)), fc.integer({ min: -2, max: 55 }), (starts, at) => {
        const items = [...starts].sort((a, b) => a - b).map((start) => ({ start }));
        expect(firstStartingAt(items, at)).toBe(items.findIndex((item) => item.start >= at));
      }),
    );
  });
});
