/** A group's virtual meeting told beside a bilateral one does not give the bilateral its format. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a group meeting's format beside a bilateral meeting", () => {
  it("is not the bilateral meeting's", () => {
    const [meeting] = meetingsOf(
      [
        "Chinese Foreign Minister Wang Yi is holding a virtual meeting with the leaders of the Coral Sea Forum member countries.",
        "Wang earlier held bilateral talks with Ghanaian President Ardan Mensor in Accra.",
      ].join("\n\n"),
      "2022-05-30",
    );
    expect(meeting!.format).toBe("in-person");
  });

  it("while the meeting's own video link still is", () => {
    const [meeting] = meetingsOf(
      "Chinese Foreign Minister Wang Yi held a video call with Ghanaian President Ardan Mensor.",
      "2022-05-30",
    );
    expect(meeting!.format).toBe("video");
  });
});
