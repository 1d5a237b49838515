/** A wire lead told by its words: the day its saying verb gives is the meeting's when the next sentence says the words were spoken there. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a lead whose words were spoken at the meeting", () => {
  it.each([
    [
      "Premier Li Qiang said on March 3 that China stands ready to deepen cooperation with Norway. Li made the remarks when meeting with Norwegian Prime Minister Tor Halvden in Beijing.",
      "2024-03-03",
    ],
    [
      "Chinese President Xi Jinping on Tuesday called on China and Ghana to deepen mutual trust. Xi urged the two sides to support each other during a meeting here with Ghanaian President Ardan Mensor.",
      "2024-03-05",
    ],
  ])("%s", (text, day) => {
    const [meeting] = meetingsOf(text, "2024-03-06");
    expect(meeting!.date).toBe(day);
  });

  it("but not a lead about another event", () => {
    const [meeting] = meetingsOf(
      "Chinese President Xi Jinping on Monday attended the opening of the forum. Xi said during a meeting with Ghanaian President Ardan Mensor that the two countries are friends.",
      "2024-03-06",
    );
    expect(meeting!.date).toBe("2024-03-06");
  });
});
