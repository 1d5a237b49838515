// How text becomes search terms: the index, the phrase matcher and the highlighter all rely on these.
// Every query and text below is made up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldedWords,
  foldWord,
  isStopWord,
  normaliseTerm,
  parseQuery,
  WORD,
  WORD_SEPARATOR,
} from "../../../src/domain/terms";

describe("foldWord", () => {
  it("lower-cases and strips accents", () => {
    expect(foldWord("Côte")).toBe("cote");
    expect(foldWord("ÉLAN")).toBe("elan");
    expect(foldWord("Zoe\u0308")).toBe("zoe");
    expect(foldWord("")).toBe("");
  });

  it("keeps CJK as it is and drops Arabic vowel marks", () => {
    expect(foldWord("北京")).toBe("北京");
    expect(foldWord("سَلَام")).toBe("سلام");
  });

  it("is idempotent, so a folded query and a folded text compare equal", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (word) => {
        expect(foldWord(foldWord(word))).toBe(foldWord(word));
      }),
    );
  });

  it("makes an accented and an unaccented spelling the same term", () => {
    expect(foldWord("Ñúñez")).toBe(foldWord("nunez"));
  });
});

describe("isStopWord / normaliseTerm", () => {
  it("treats function words and reporting verbs as stop words (folded input)", () => {
    for (const word of ["the", "and", "of", "said", "says", "what", "about"])
      expect(isStopWord(word)).toBe(true);
    for (const word of ["climate", "trade", "theme", "sayings"]) expect(isStopWord(word)).toBe(false);
  });

  it("expects folded input: a capitalised stop word is not one until folded", () => {
    expect(isStopWord("The")).toBe(false);
    expect(normaliseTerm("The")).toBeNull();
  });

  it("folds a word for the index and drops stop words and empty words", () => {
    expect(normaliseTerm("Côte")).toBe("cote");
    expect(normaliseTerm("Said")).toBeNull();
    expect(normaliseTerm("")).toBeNull();
    expect(normaliseTerm("北京")).toBe("北京");
  });

  it("is either null or the folded word", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (word) => {
        const term = normaliseTerm(word);
        if (term !== null) expect(term).toBe(foldWord(word));
        else expect(foldWord(word) === "" || isStopWord(foldWord(word))).toBe(true);
      }),
    );
  });
});

describe("foldedWords", () => {
  it("splits at anything that is not a letter, digit or mark, keeping stop words", () => {
    expect(foldedWords("The Côte-Verte <b>pact</b> of 2031!")).toEqual([
      "the",
      "cote",
      "verte",
      "b",
      "pact",
      "b",
      "of",
      "2031",
    ]);
    expect(foldedWords("")).toEqual([]);
    expect(foldedWords("  — ")).toEqual([]);
  });

  it("keeps a CJK run as one word and reads right-to-left text in its logical order", () => {
    expect(foldedWords("北京会谈, then talks")).toEqual(["北京会谈", "then", "talks"]);
    expect(foldedWords("سلام عليكم")).toEqual(["سلام", "عليكم"]);
  });

  it("gives the same words as WORD finds, folded", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "B", "é", "北", " ", "-", "<", "1", "\u0301", "’") }),
        (text) => {
          const words = foldedWords(text);
          expect(words).toEqual((text.match(WORD) ?? []).map(foldWord));
          for (const word of words) expect(WORD_SEPARATOR.test(word)).toBe(false);
        },
      ),
    );
  });
});

describe("parseQuery", () => {
  it("splits loose words and quoted phrases (straight and curly quotes)", () => {
    expect(parseQuery('climate "fairness and justice" trade')).toEqual({
      words: ["climate", "trade"],
      phrases: [["fairness", "and", "justice"]],
    });
    expect(parseQuery("“Green Corridor” and „Côte Verte“")).toEqual({
      words: ["and"],
      phrases: [
        ["green", "corridor"],
        ["cote", "verte"],
      ],
    });
  });

  it("leaves loose words as typed (the search folds them) and folds phrase words", () => {
    expect(parseQuery('Côte "Côte"')).toEqual({ words: ["Côte"], phrases: [["cote"]] });
  });

  it("runs an unclosed quote to the end of the query", () => {
    expect(parseQuery('trade "open markets')).toEqual({ words: ["trade"], phrases: [["open", "markets"]] });
  });

  it("gives nothing for an empty query, empty quotes or punctuation only", () => {
    const none = { words: [], phrases: [] };
    expect(parseQuery("")).toEqual(none);
    expect(parseQuery('""')).toEqual(none);
    expect(parseQuery(' " - " ')).toEqual(none);
  });

  it("reads CJK and right-to-left words", () => {
    expect(parseQuery('北京 "سلام عليكم"')).toEqual({ words: ["北京"], phrases: [["سلام", "عليكم"]] });
  });

  it("never yields an empty word or an empty phrase", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "é", " ", '"', "“", "”", "-", "北") }), (query) => {
        const { words, phrases } = parseQuery(query);
        expect(words.every((w) => w.length > 0 && !WORD_SEPARATOR.test(w))).toBe(true);
        expect(phrases.every((p) => p.length > 0 && p.every((w) => w.length > 0))).toBe(true);
      }),
    );
  });
});
