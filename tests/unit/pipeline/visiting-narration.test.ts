import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

// Made-up newspaper copy: the publisher tells of the guest's trip in the present progressive.
describe("'X is visiting China for the first time …'", () => {
  it.each([
    "Mr Vaka is visiting China for the first time in his new role, after stepping down as prime minister in May.",
    "Vaka, who took office in March, was visiting Beijing for three days.",
  ])("is the publisher's account of the trip: %s", (sentence) => {
    const meetings = meetingsOf(
      [
        "President Xi Jinping met Tongan Senior Minister Siosaia Vaka in Beijing on May 6, 2024.",
        "Mr Vaka said the islands value the friendship.",
        sentence,
      ].join("\n"),
    );
    expect(speakerIn(meetings, "visiting")).toBe("narrator");
  });
});
