// Made-up readouts: on a page that breaks every sentence into its own paragraph, "The two sides
// should …" right after a principal's paragraph is that principal's proposal (as inside his
// paragraph), not a joint statement; after the publisher's narration it stays joint-subject's.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

describe("a proposal for both opening the next paragraph", () => {
  it("continues the principal who spoke the paragraph before, and what follows stays his", () => {
    const raw = [
      "On May 9, 2024, President Xi Jinping met with President Oskar Vellander of Estonia in Beijing.",
      "Xi Jinping said that China and Estonia are good friends.",
      "The two sides should enhance political trust and expand cooperation in ports.",
      "China is willing to work with Estonia to implement the Global Development Initiative.",
      "Vellander said that Estonia values its friendship with China.",
      "Both countries ought to strengthen coordination at the United Nations.",
    ].join("\n\n");
    const meetings = meetingsOf(raw);
    expect(speakerIn(meetings, "enhance political trust")).toBe("xi-jinping");
    expect(speakerIn(meetings, "implement the Global Development")).toBe("xi-jinping");
    expect(speakerIn(meetings, "coordination at the United Nations")).toBe("oskar-vellander");
  });

  it("after the publisher's narration or a joint act, it is not continued", () => {
    const raw = [
      "On May 9, 2024, President Xi Jinping met with President Oskar Vellander of Estonia in Beijing.",
      "The two sides agreed to open a direct air route.",
      "The two sides should also expand cooperation in ports.",
    ].join("\n\n");
    expect(speakerIn(meetingsOf(raw), "expand cooperation in ports")).not.toBe("xi-jinping");
  });
});
