/**
 * Made-up texts that call one person by two transliterations of the family name ("Kovalenko" and
 * "Kowalenko", as English and Polish or German sources write it): one person. The first letter is
 * never read the other way ("Vang" is not "Wang").
 */
import { describe, expect, it } from "vitest";
import { withSpellingVariants } from "../../../src/pipeline/actors/spelling-variants";
import { meetingsOf, speakerIn } from "./helpers";

describe("one surname in two transliterations", () => {
  it("'Kowalenko said' after 'Prime Minister Oleksandr Kovalenko' is Kovalenko", () => {
    const meetings = meetingsOf(
      [
        "Premier Li Keqiang met with Ukrainian Prime Minister Oleksandr Kovalenko in Beijing on 14 April 2026.",
        "Li said China values its relations with Ukraine.",
        "Kowalenko said Ukraine welcomes Chinese investment in agriculture.",
      ].join("\n\n"),
    );
    expect(speakerIn(meetings, "Ukraine welcomes Chinese investment")).toBe("oleksandr-kovalenko");
  });

  it("'Bakajew said' after 'Foreign Minister Yerlan Bakayev' is Bakayev (y/j and v/w together)", () => {
    const meetings = meetingsOf(
      [
        "Foreign Minister Wang Yi met with Kazakh Foreign Minister Yerlan Bakayev in Astana on 14 April 2026.",
        "Wang said China values its relations with Kazakhstan.",
        "Bakajew said Kazakhstan welcomes more Chinese freight trains.",
      ].join("\n\n"),
    );
    expect(speakerIn(meetings, "Kazakhstan welcomes more Chinese freight")).toBe("yerlan-bakayev");
  });

  it("reads v and w either way after the first letter, y and j after a vowel", () => {
    expect(withSpellingVariants(["Lavrov"])).toContain("Lawrow");
    expect(withSpellingVariants(["Medwedew"])).toContain("Medvedev");
    expect(withSpellingVariants(["Tokayev"])).toContain("Tokajew");
    expect(withSpellingVariants(["Jelzin"])).toEqual(["Jelzin"]);
    expect(withSpellingVariants(["Wang"])).toEqual(["Wang"]);
    expect(withSpellingVariants(["Vang"])).toEqual(["Vang"]);
  });

  it("a 'Vang' the text names is not Wang Yi", () => {
    const meetings = meetingsOf(
      [
        "Foreign Minister Wang Yi met with Lao Foreign Minister Somsavat Keola in Vientiane on 14 April 2026.",
        "Vang said the new railway had brought many tourists to the north.",
      ].join("\n\n"),
    );
    expect(speakerIn(meetings, "the new railway had brought")).not.toBe("wang-yi");
  });
});
