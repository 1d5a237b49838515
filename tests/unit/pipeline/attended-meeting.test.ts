// "A and B joined him and attended his meeting with the Chinese President": the companions of a
// principal attend his meeting; the sentence is no meeting of theirs. Made-up readouts.
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a sentence saying who attended someone's meeting", () => {
  it("adds no meeting of the attendees", () => {
    const meetings = meetingsOf(
      [
        "On 3 May 2023, Prime Minister Tomas Verlaine of France held talks with President Xi Jinping in Beijing.",
        "Xi said China values its ties with France.",
        "Foreign Minister Odile Marchand and France's Ambassador to China, Luc Perrin, joined him and also attended his meeting with the Chinese President.",
        "Verlaine said France wants more trade.",
      ].join("\n\n"),
    );
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting!.statements.find((s) => s.text.includes("wants more trade"))?.speaker).toMatch(/verlaine/);
  });

  it("still takes a meeting of one's own for a meeting ('attended a meeting with' stays the subject's)", () => {
    const meetings = meetingsOf(
      "On 3 May 2023, Premier Li Qiang attended a meeting with French Prime Minister Tomas Verlaine in Beijing.",
    );
    expect(meetings).toHaveLength(1);
  });
});
