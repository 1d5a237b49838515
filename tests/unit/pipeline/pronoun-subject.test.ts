// Made-up wire copy: the meeting told in a sentence whose subject is "He" or "She", the Chinese
// leader named in the sentence before ("Premier L called on … . He made the remarks during a
// meeting with Prime Minister B in …"), a common Xinhua and english.gov.cn shape.
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a meeting told with a pronoun subject", () => {
  it("reads 'He made the remarks during a meeting with B' as the meeting of the leader named just before", () => {
    const [meeting, ...rest] = meetingsOf(
      [
        "Premier Li Keqiang arrived in Tashkent on Oct 9, 2018 for a regional summit.",
        "Premier Li Keqiang called on China and Estonia to deepen trade in farm goods.",
        "He made the remarks during a meeting with Estonian Prime Minister Aron Mensor in Tashkent on Oct 9, 2018.",
        "He said China stands ready to import more Estonian dairy.",
      ].join("\n\n"),
    );
    expect(rest).toEqual([]);
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-keqiang", "aron-mensor"]);
    expect(meeting!.date).toBe("2018-10-09");
    expect(meeting!.location?.city).toBe("Tashkent");
    const speaker = (fragment: string) => meeting!.statements.find((s) => s.text.includes(fragment))?.speaker;
    expect(speaker("He made the remarks")).toBe("narrator");
    expect(speaker("He said China stands ready")).toBe("li-keqiang");
  });
  it("reads the pronoun as the subject of the sentence before, not another person it names", () => {
    expect(() =>
      meetingsOf(
        [
          "On Oct 9, 2018, Estonian Prime Minister Aron Mensor praised a speech by Premier Li Keqiang.",
          "He made the remarks during a meeting with Latvian Prime Minister Ilze Varna in Tashkent.",
        ].join("\n\n"),
      ),
    ).toThrow(/no meeting found/);
  });

  it("reads a 'He' that opens the body as the one Chinese leader the quotes after it name", () => {
    const [meeting] = meetingsOf(
      [
        "He was speaking at the meeting with Estonian Prime Minister Aron Mensor in Beijing on Oct 9, 2018.",
        "“Let me welcome you to Beijing once again,” Xi Jinping said. “Estonia is a good partner.”",
      ].join("\n\n"),
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["xi-jinping", "aron-mensor"]);
    expect(meeting!.statements.find((s) => s.text.includes("good partner"))?.speaker).toBe("xi-jinping");
  });
  it("but not when the sentences after it name two Chinese leaders", () => {
    expect(() =>
      meetingsOf(
        [
          "He was speaking at the meeting with Estonian Prime Minister Aron Mensor in Beijing on Oct 9, 2018.",
          "“Welcome to Beijing,” Xi Jinping said, as Premier Li Keqiang looked on.",
        ].join("\n\n"),
      ),
    ).toThrow(/no meeting found/);
  });
});
