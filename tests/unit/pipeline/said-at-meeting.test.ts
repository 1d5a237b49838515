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

describe("the day a visit began", () => {
  it("does not date the meeting", () => {
    const [meeting] = meetingsOf(
      "Premier Li Qiang and visiting Ghanaian President Ardan Mensor witnessed the signing of the documents following their talks in Beijing on Friday. Mensor is on a 10-day state visit to China that started on March 1.",
      "2024-03-09",
    );
    expect(meeting!.date).toBe("2024-03-08");
    const [undated] = meetingsOf(
      "Premier Li Qiang held talks with Ghanaian President Ardan Mensor in Beijing. Mensor is on a 10-day state visit to China that started on March 1.",
      "2024-03-09",
    );
    expect(undated!.date).toBe("2024-03-09");
    expect(undated!.datePrecision).toBe("on-or-before");
  });
});

describe("a round-up's heading of another meeting", () => {
  it("does not date the meeting under the next heading", () => {
    const [meeting] = meetingsOf(
      [
        "Premier Li looks back on a week of diplomacy",
        "Updated: Sep 7,2015 9:10 AM",
        "Talks with Kazakh President Nazarbayev on Sept 3",
        "Kazakh President Nursultan Nazarbayev said the two countries are good neighbours.",
        "Talks with Serbian President Nikolic on Sept 4",
        "Premier Li Keqiang said that China will buy more Serbian farm goods, during a meeting with Serbian President Tomislav Nikolic.",
      ].join("\n\n"),
    );
    expect(meeting!.sides[1]!.principal).toBe("tomislav-nikolic");
    expect(meeting!.date).toBe("2015-09-04");
  });
});

describe("a modal in the words reported at the meeting", () => {
  it("does not make the meeting a plan", () => {
    const [meeting] = meetingsOf(
      "Premier Li Qiang said that China will buy more Ghanaian cocoa, during a meeting with Ghanaian President Ardan Mensor on Tuesday.",
      "2024-03-06",
    );
    expect(meeting!.date).toBe("2024-03-05");
  });

  it("but a modal of the speaker's own act still does", () => {
    expect(() =>
      meetingsOf(
        "Premier Li Qiang will raise the cocoa trade during a meeting with Ghanaian President Ardan Mensor on Tuesday.",
        "2024-03-04",
      ),
    ).toThrow(/no meeting found/);
  });
});
