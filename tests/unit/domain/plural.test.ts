import { describe, expect, it } from "vitest";
import { countOf, pluralNoun } from "../../../src/domain/plural";

describe("countOf", () => {
  it("says one of a thing in the singular and any other count in the plural", () => {
    expect(countOf(1, "meeting")).toBe("1 meeting");
    expect(countOf(0, "meeting")).toBe("0 meetings");
    expect(countOf(2, "meeting")).toBe("2 meetings");
    expect(countOf(7, "readout")).toBe("7 readouts");
    expect(countOf(1, "phrase")).toBe("1 phrase");
  });

  it("takes an irregular plural", () => {
    expect(countOf(2, "entry", "entries")).toBe("2 entries");
    expect(pluralNoun(1, "entry", "entries")).toBe("entry");
  });
});
