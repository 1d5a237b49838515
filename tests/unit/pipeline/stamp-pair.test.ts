import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

// Made-up page: an all-number stamp ("02/05/2022") that could be day or month first, beside the
// page's own ISO stamp of the same day.
describe("an undecided all-number stamp beside an ISO stamp", () => {
  const page = (iso: string) =>
    [
      ` date ${iso} Sign in`,
      "Xi meets island leaders",
      "",
      "02/05/2022 | 07:15am EST",
      "President Xi Jinping met Tongan Prime Minister Siosaia Vaka in Beijing on Saturday.",
    ].join("\n");

  it("is read as the reading the ISO stamp gives (month first here)", () => {
    expect(meetingsOf(page("2022-02-05")).map((m) => m.date)).toEqual(["2022-02-05"]);
  });

  it("is read as the reading the ISO stamp gives (day first here)", () => {
    expect(meetingsOf(page("2022-05-02")).map((m) => m.date)).toEqual(["2022-04-30"]);
  });

  it("stays undecided when the ISO stamp is neither reading", () => {
    expect(() => meetingsOf(page("2022-03-01"))).not.toThrow();
    expect(meetingsOf(page("2022-03-01")).map((m) => m.date)).toEqual(["2022-02-26"]);
  });
});
