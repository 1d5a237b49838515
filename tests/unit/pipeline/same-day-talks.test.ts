import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

// Made-up wire copy: a second meeting told by its noun, "the same day" standing before "with".
describe("talks on the same day with …", () => {
  it.each([
    "during talks on the same day with",
    "in a meeting the same day with",
    "during talks later that day with",
  ])("is a meeting of its own: %s", (cue) => {
    const meetings = meetingsOf(
      [
        "President Xi Jinping met Tongan Prime Minister Siosaia Vaka in Beijing on May 6, 2024.",
        `He also promised help with roads ${cue} Fijian President Ratu Tevita Lalabalavu.`,
      ].join("\n\n"),
    );
    expect(meetings.map((m) => m.id).sort()).toEqual([
      "2024-05-06-xi-jinping-ratu-tevita-lalabalavu",
      "2024-05-06-xi-jinping-siosaia-vaka",
    ]);
  });
});
