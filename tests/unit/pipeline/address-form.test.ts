// A speaker who reports the other side's view by its form of address ("Mr. Prime Minister calls for …",
// as the foreign ministry's translations write it) is still speaking: the address is his, the turn
// goes on. Made-up readout.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

describe("the other side named by its form of address inside a turn", () => {
  it("stays the speaker's words, and so does the rest of the paragraph", () => {
    const meetings = meetingsOf(
      [
        "On May 9, 2024, President Xi Jinping held a video call with Prime Minister Oskar Vellander of Estonia.",
        "Xi said that at present the world faces many risks. Mr. Prime Minister calls for more dialogue among major countries. China shares the same view. We oppose any bloc confrontation.",
        "Vellander said Estonia values its friendship with China.",
      ].join("\n\n"),
    );
    expect(speakerIn(meetings, "Mr. Prime Minister calls for")).toBe("xi-jinping");
    expect(speakerIn(meetings, "China shares the same view")).toBe("xi-jinping");
    expect(speakerIn(meetings, "We oppose any bloc")).toBe("xi-jinping");
    expect(speakerIn(meetings, "Estonia values its friendship")).toBe("oskar-vellander");
  });

  it("while a paragraph opened by the other side's role is that side's", () => {
    const meetings = meetingsOf(
      [
        "On May 9, 2024, President Xi Jinping held a video call with Prime Minister Oskar Vellander of Estonia.",
        "Xi said China values its ties with Estonia.",
        "The Prime Minister said Estonia wants more trade with China.",
      ].join("\n\n"),
    );
    expect(speakerIn(meetings, "wants more trade")).toBe("oskar-vellander");
  });
});
