import { describe, expect, it } from "vitest";
import { ENGLISH, parseLexicon } from "../../../src/pipeline/language/en/lexicon";
import lexiconData from "../../../src/pipeline/language/en/lexicon.json";

describe("the English lexicon (language/en/lexicon.json)", () => {
  it("holds the saying verbs, scene verbs, joint verbs, name stop words and abbreviations the rules read", () => {
    expect(ENGLISH.sayingVerbs).toEqual(expect.arrayContaining(["said", "spoke highly of", "expressed"]));
    expect(ENGLISH.sceneVerbs).toContain("shook hands");
    expect(ENGLISH.nameStopWords.dates).toContain("Tuesday");
    expect(ENGLISH.abbreviations).toContain("Mr");
    expect(ENGLISH.jointVerbs).toEqual(expect.arrayContaining(["agreed", "exchanged", "communicated"]));
  });

  it("rejects a malformed lexicon, naming the file and the field", () => {
    expect(() => parseLexicon({ ...lexiconData, sayingVerbs: [" said"] }, "x.json")).toThrow(
      /x\.json is invalid: sayingVerbs\.0/,
    );
    expect(() => parseLexicon({ ...lexiconData, extra: [] })).toThrow(/lexicon\.json is invalid/);
  });
});
