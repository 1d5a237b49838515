// "The next likely opportunity for A to hold talks with B is the summit in November": a meeting
// that may come, not one that happened. Made-up readout.
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a meeting named as the next opportunity", () => {
  it("is no meeting of the readout", () => {
    const meetings = meetingsOf(
      [
        "NEW YORK, Sept 18, 2023 - Chinese Vice President Han Zheng met French Foreign Minister Odile Marchand on Monday.",
        "Marchand said France wanted steady ties.",
        "The next likely opportunity for French President Tomas Verlaine to hold talks with Xi Jinping is a summit in Lima in November.",
        "Han said China was ready to work with France.",
      ].join("\n\n"),
    );
    expect(meetings.map((m) => m.id)).toEqual([expect.stringMatching(/han-zheng-odile-marchand/)]);
    expect(meetings[0]!.statements.find((s) => s.text.includes("ready to work"))?.speaker).toBe("han-zheng");
  });
});
