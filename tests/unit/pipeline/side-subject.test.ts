// Made-up readouts: "The Chinese side …" / "The Estonian side …" opening a paragraph (or following
// narration or a joint act) is that side's principal, whatever the verb; a side named inside a
// speaker's own paragraph stays in that speaker's voice.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

const OPENING =
  "On May 9, 2024, President Xi Jinping held talks with President Oskar Vellander of Estonia at the Great Hall of the People in Beijing.";

describe("a side as the subject", () => {
  it("a paragraph opened by a side is that side's principal, after the other side's paragraph or a joint act", () => {
    const raw = [
      OPENING,
      "Xi Jinping pointed out that China and Estonia are good friends.",
      "The Estonian side is willing to host a business forum in Tallinn next year.",
      "Both sides agreed to hold the next round of consultations in Tallinn.",
      "The Chinese side appreciates Estonia's adherence to the one-China principle.",
      "Vellander said Estonia welcomes Chinese investment in its ports.",
      "The Chinese side stands ready to import more dairy products from Estonia.",
    ].join("\n\n");
    const meetings = meetingsOf(raw);
    expect(speakerIn(meetings, "host a business forum")).toBe("oskar-vellander");
    expect(speakerIn(meetings, "appreciates Estonia's adherence")).toBe("xi-jinping");
    expect(speakerIn(meetings, "import more dairy products")).toBe("xi-jinping");
  });

  it("after narration inside a paragraph, a side speaks for its principal", () => {
    const raw = [
      `${OPENING} The Estonian side firmly supports the Global Development Initiative.`,
      "Xi Jinping said China is ready to deepen trade with Estonia.",
    ].join("\n\n");
    expect(speakerIn(meetingsOf(raw), "firmly supports the Global")).toBe("oskar-vellander");
  });

  it("inside a speaker's paragraph, the other side named as a subject is still the speaker's words", () => {
    const raw = [
      OPENING,
      "Xi Jinping stressed that Taiwan is part of China. The Estonian side should handle the question prudently.",
    ].join("\n\n");
    expect(speakerIn(meetingsOf(raw), "handle the question prudently")).toBe("xi-jinping");
  });
});
