import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("meeting split", () => {
  it("finds each meeting of a readout and assigns the sentences that follow it", () => {
    const meetings = meetingsOf(
      [
        "UN Secretary-General Ban Ki-moon had talks with Chinese leaders in Beijing today.",
        "The Secretary-General met with Xi Jinping. The Secretary-General commended China.",
        "The Secretary-General also met with Wang Yi. The two discussed Syria.",
      ].join("\n\n"),
      "2013-06-19",
    );
    expect(meetings.map((m) => m.id)).toEqual([
      "2013-06-19-wang-yi-ban-ki-moon",
      "2013-06-19-xi-jinping-ban-ki-moon",
    ]);
    const wang = meetings[0]!;
    expect(wang.statements.map((s) => s.text)).toEqual([
      "The Secretary-General also met with Wang Yi.",
      "The two discussed Syria.",
    ]);
    // Both inherit the place of the shared opening sentence.
    expect(meetings.every((m) => m.location?.city === "Beijing")).toBe(true);
  });

  it("does not start a meeting for reported or planned meetings", () => {
    const meetings = meetingsOf(
      [
        "On March 1, 2024, Xi Jinping met with Russian President Vladimir Putin.",
        "Putin said he had met Joe Biden last year.",
        "Xi Jinping will meet Emmanuel Macron next month in Paris.",
        "Putin said that every time he met Xi Jinping the talks were fruitful.",
      ].join("\n\n"),
    );
    expect(meetings.map((m) => m.id)).toEqual(["2024-03-01-xi-jinping-vladimir-putin"]);
    expect(meetings[0]!.statements).toHaveLength(4);
  });
});
