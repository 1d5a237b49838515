// Made-up readouts: both sides as the subject of a verb of saying or opinion ("The two sides
// believed that …", "Both sides held that …", "The two leaders were pleased with …") is what the two
// said together, a joint statement; a scene of the two stays the publisher's.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

const OPENING =
  "On May 9, 2024, President Xi Jinping met with President Oskar Vellander of Estonia in Beijing.";

describe("both sides saying or judging together", () => {
  it("a joint subject with a verb of saying, opinion or satisfaction is joint", () => {
    const raw = [
      OPENING,
      "Xi said China values its ties with Estonia.",
      "Both sides were satisfied with the progress of their cooperation in ports.",
      "The two leaders were pleased with the growth of trade in dairy products.",
      "The two sides believed that the talks had been fruitful.",
      "The two sides held that cooperation in logistics serves both peoples.",
      "Both sides stated that they oppose protectionism.",
    ].join("\n\n");
    const meetings = meetingsOf(raw);
    for (const fragment of [
      "satisfied with the progress",
      "pleased with the growth",
      "talks had been fruitful",
      "serves both peoples",
      "oppose protectionism",
    ])
      expect(speakerIn(meetings, fragment), fragment).toBe("joint");
  });

  it("the two walking or posing together stay a scene", () => {
    const raw = [
      OPENING,
      "The two leaders walked along the lake after the talks.",
      "Both presidents posed for a photograph that was held up as a sign of trust.",
    ].join("\n\n");
    const meetings = meetingsOf(raw);
    expect(speakerIn(meetings, "walked along the lake")).toBe("narrator");
    expect(speakerIn(meetings, "posed for a photograph")).toBe("narrator");
  });
});
