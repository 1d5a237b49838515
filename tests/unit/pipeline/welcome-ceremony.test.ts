import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

// Made-up wire copy: whom a welcome greets says whether it is a ceremony or a position.
describe("a welcome", () => {
  const LEAD = "President Xi Jinping met Tongan Prime Minister Siosaia Vaka in Beijing on May 6, 2024.";
  const meetings = (...lines: string[]) => meetingsOf([LEAD, ...lines].join("\n"));

  it("of the guests arriving for a banquet is the publisher's scene", () => {
    const m = meetings(
      "Vaka said the islands value the friendship.",
      "Xi and his wife Peng Liyuan welcomed guests as they arrived for a banquet, footage showed.",
    );
    expect(speakerIn(m, "welcomed guests")).toBe("narrator");
  });

  it("of a person, then words, is the welcomer's: 'Xi welcomed Vaka … and said …'", () => {
    const m = meetings("Xi welcomed Vaka to Beijing and said China values the friendship with Tonga.");
    expect(speakerIn(m, "welcomed Vaka")).toBe("xi-jinping");
  });

  it("of a person alone stays a ceremony", () => {
    const m = meetings("Vaka said the islands value the friendship.", "Xi welcomed Vaka at the door.");
    expect(speakerIn(m, "welcomed Vaka")).toBe("narrator");
  });
});
