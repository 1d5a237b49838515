// Made-up readouts: someone not at the table, on another occasion than the meeting told, is the
// publisher's background (rule other-occasion); a principal's own words stay his.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

describe("another occasion, someone not at the table", () => {
  it("an opener on another time with a third person as the subject is narration", () => {
    const raw = [
      "On May 9, 2024, Chinese Premier Li Qiang held a telephone conversation with Prime Minister Oskar Vellander of Estonia.",
      "Li said China is ready to deepen trade with Estonia.",
      "In February, Chinese President Xi Jinping, during a stop in Tallinn, invited Vellander to visit China as soon as possible.",
      "Vellander said Estonia values its friendship with China.",
    ].join("\n\n");
    const meetings = meetingsOf(raw);
    expect(speakerIn(meetings, "invited Vellander to visit")).toBe("narrator");
    expect(speakerIn(meetings, "ready to deepen trade")).toBe("li-qiang");
  });

  it("an official who is not at the table saying something earlier this month is narration", () => {
    const raw = [
      "On May 9, 2024, Chinese Premier Li Qiang met with Prime Minister Oskar Vellander of Estonia in Beijing.",
      "Vellander said Estonia welcomes Chinese investment in its ports.",
      "Estonia's finance minister said earlier this month that growth this year would be close to 2 percent.",
    ].join("\n\n");
    expect(speakerIn(meetingsOf(raw), "growth this year")).toBe("narrator");
  });

  it("inside a speaker's paragraph, the speaker recounts the other occasion", () => {
    const raw = [
      "On May 9, 2024, Chinese Premier Li Qiang held a telephone conversation with Prime Minister Oskar Vellander of Estonia.",
      "Li said China values its ties with Estonia. Earlier this year, President Xi Jinping held a call with the Estonian president and reached new consensus.",
    ].join("\n\n");
    expect(speakerIn(meetingsOf(raw), "reached new consensus")).toBe("li-qiang");
  });

  it("a principal's words on another occasion stay his", () => {
    const raw = [
      "On May 9, 2024, Chinese Premier Li Qiang met with Prime Minister Oskar Vellander of Estonia in Beijing.",
      "Li said China is ready to deepen trade with Estonia.",
      "Last year, Vellander said Estonia would open a trade office in Shanghai.",
    ].join("\n\n");
    expect(speakerIn(meetingsOf(raw), "open a trade office")).not.toBe("narrator");
  });
});

describe("a time between the subject and the verb", () => {
  it("makes what someone not at the table said then the publisher's background", () => {
    const [meeting] = meetingsOf(
      [
        "NEW YORK, Sept 18, 2023 - Chinese Vice President Han Zheng met French Foreign Minister Odile Marchand on Monday.",
        "Marchand said France wanted steady ties.",
        "French President Tomas Verlaine this month expressed disappointment that Xi Jinping had skipped a summit in Delhi.",
      ].join("\n\n"),
    );
    expect(meeting!.statements.find((s) => s.text.includes("expressed disappointment"))?.speaker).toBe(
      "narrator",
    );
  });
});

describe("a third person's words of another day inside a speaker's paragraph", () => {
  it("are the publisher's", () => {
    const meetings = meetingsOf(
      [
        "NEW YORK, Sept 18, 2023 - Chinese Vice President Han Zheng met French Foreign Minister Odile Marchand on Monday.",
        "Marchand said France wanted steady ties. French President Tomas Verlaine last week warned that trade talks had stalled.",
        "Han said China was ready to work with France.",
      ].join("\n\n"),
    );
    expect(speakerIn(meetings, "last week warned")).toBe("narrator");
    expect(speakerIn(meetings, "France wanted steady ties")).toBe("odile-marchand");
  });
});
