// Made-up readouts: the two principals as one subject with a verb of praise ("A and B spoke
// positively of …", "lauded", "hailed") is a joint statement, as "spoke highly of" already was; a
// ceremony of the two stays a scene.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

const OPENING =
  "On May 9, 2024, Chinese Premier Li Qiang held talks with Prime Minister Oskar Vellander of Estonia at the Great Hall of the People in Beijing.";

describe("the two principals praising together", () => {
  it("a pair of principals speaking positively of, lauding or hailing something is joint", () => {
    const raw = [
      OPENING,
      "Li Qiang and Oskar Vellander spoke positively of the progress in bilateral relations.",
      "Li said China is ready to deepen trade with Estonia.",
      "Li and Vellander lauded the friendship between the two peoples.",
      "The two leaders hailed the opening of a direct air route between Beijing and Tallinn.",
    ].join("\n\n");
    const meetings = meetingsOf(raw);
    expect(speakerIn(meetings, "spoke positively of the progress")).toBe("joint");
    expect(speakerIn(meetings, "lauded the friendship")).toBe("joint");
    expect(speakerIn(meetings, "hailed the opening")).toBe("joint");
  });

  it("the two walking together is still the publisher's scene", () => {
    const raw = [OPENING, "Li and Vellander walked along the lake after the talks."].join("\n\n");
    expect(speakerIn(meetingsOf(raw), "walked along the lake")).toBe("narrator");
  });
});
