// A round of calls told in one story: "the highlights of Xi's phone conversations with foreign
// leaders on Tuesday. Speaking to A, Xi said … During his talks with B, Xi said …": one phone
// meeting with each. Made-up readout.
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const ROUND = [
  "Trade and health were the highlights of President Xi Jinping's phone conversations with foreign leaders on Tuesday, July 13, 2021.",
  "Speaking to Estonian Prime Minister Oskar Vellander, Xi said the pandemic is still raging. China is ready to send more vaccines to Estonia, Xi said.",
  "Vellander said Estonia values its ties with China.",
  "During his talks with Latvian President Janis Ozols, Xi said the two countries should trade more.",
  "Ozols said Latvia welcomes Chinese investment.",
].join("\n\n");

describe("a round of calls", () => {
  it("is one phone meeting with each leader, the first introduced by 'Speaking to'", () => {
    const meetings = meetingsOf(ROUND);
    expect(meetings.map((m) => [m.id, m.format]).sort()).toEqual([
      ["2021-07-13-xi-jinping-janis-ozols", "phone"],
      ["2021-07-13-xi-jinping-oskar-vellander", "phone"],
    ]);
    const estonia = meetings.find((m) => m.id.endsWith("oskar-vellander"))!;
    expect(estonia.statements.find((s) => s.text.includes("more vaccines"))?.speaker).toBe("xi-jinping");
  });

  it("while 'Speaking to reporters, Xi said' names no meeting", () => {
    const meetings = meetingsOf(
      "On July 13, 2021, President Xi Jinping met Estonian Prime Minister Oskar Vellander in Beijing.\n\nSpeaking to reporters after the talks, Vellander said the visit went well.",
    );
    expect(meetings).toHaveLength(1);
  });
});
