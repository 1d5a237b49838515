// The gated scan finds what text.matchAll finds, only faster. All strings are made up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gatedMatches, PrefixGate, type GatedPattern } from "../../../src/pipeline/gated-scan";

const NOUNS = ["president", "prime minister", "premier", "minister", "leader", "un chief"];
const ADJECTIVES = ["Ruritanian", "Ruritanian-Marsovian", "Marsovian", "Côte d'Azurian"];

const role: GatedPattern = {
  lead: /\b(?:the|his|her)(?=\s)/gi,
  gap: /\s+/y,
  full: new RegExp(
    String.raw`\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:visiting\s+)?(?:(${ADJECTIVES.join("|")})\s+)?(${NOUNS.join("|")})\b`,
    "iy",
  ),
  gate: new PrefixGate(["visiting", ...ADJECTIVES, ...NOUNS], true),
};
const side: GatedPattern = {
  lead: /\b[Tt]he /g,
  full: new RegExp(String.raw`\b[Tt]he (${ADJECTIVES.join("|")}) side\b`, "y"),
  gate: new PrefixGate(ADJECTIVES, false),
};

const asPairs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], m[1], m[2]]);
const globalOf = (pattern: GatedPattern) =>
  new RegExp(pattern.full.source, pattern.full.flags.replace("y", "g"));

describe("PrefixGate", () => {
  it("admits only where an alternative can begin", () => {
    const gate = new PrefixGate(["president", "un chief"], true);
    expect(gate.admits("the President said", 4)).toBe(true);
    expect(gate.admits("the UN chief", 4)).toBe(true);
    expect(gate.admits("the talks", 4)).toBe(false);
    // Outside ASCII the regex decides.
    expect(gate.admits("the Élysée", 4)).toBe(true);
    expect(new PrefixGate(["Marsovian"], false).admits("the marsovian side", 4)).toBe(false);
  });
});

describe("gatedMatches", () => {
  it("finds role nouns and sides as matchAll does, in order and without overlaps", () => {
    const text =
      "The visiting Ruritanian prime minister met the Premier. His counterpart, the Marsovian side and THE  leader spoke; the talks ended. the Ruritanian-Marsovian side agreed.";
    expect(asPairs(gatedMatches(text, role))).toEqual(asPairs(text.matchAll(globalOf(role))));
    expect(asPairs(gatedMatches(text, side))).toEqual(asPairs(text.matchAll(globalOf(side))));
    expect(gatedMatches(text, role).map((m) => m[0])).toEqual([
      "The visiting Ruritanian prime minister",
      "the Premier",
      "THE  leader",
    ]);
  });

  it("agrees with matchAll on any text built from the patterns' words", () => {
    const words = fc.constantFrom(
      ..."the The his Her visiting side talks Presidents the- Ruritania".split(" "),
      ...ADJECTIVES,
      ...NOUNS,
    );
    const separators = fc.constantFrom(" ", "  ", "\n", ", ", ". ", "-");
    const texts = fc
      .array(fc.tuple(words, separators), { maxLength: 30 })
      .map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(texts, (text) => {
        expect(asPairs(gatedMatches(text, role))).toEqual(asPairs(text.matchAll(globalOf(role))));
        expect(asPairs(gatedMatches(text, side))).toEqual(asPairs(text.matchAll(globalOf(side))));
      }),
      { numRuns: 400 },
    );
  });
});
