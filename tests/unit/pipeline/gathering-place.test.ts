// A gathering that always meets in one city places the meetings on its sidelines there: "on the
// sidelines of the United Nations General Assembly" is New York. Made-up readouts.
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a meeting on the sidelines of a gathering with a fixed seat", () => {
  it("takes the gathering's city", () => {
    const [meeting] = meetingsOf(
      "Chinese Vice President Han Zheng met French Foreign Minister Odile Marchand on Monday, Sept. 18, 2023, on the sidelines of the 78th session of the United Nations General Assembly.",
    );
    expect(meeting!.location?.city).toBe("New York");
  });

  it("and not when the gathering is only mentioned in what was said", () => {
    const [meeting] = meetingsOf(
      "Chinese Vice President Han Zheng met French Foreign Minister Odile Marchand in Paris on Monday, Sept. 18, 2023. Marchand said she would speak at the UN General Assembly next year.",
    );
    expect(meeting!.location?.city).toBe("Paris");
  });
});
