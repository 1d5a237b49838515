// Made-up readout: a meeting a speaker looks forward to, told inside his paragraph, is his words,
// not the publisher's telling of the meeting ("President X looks forward to meeting President Y
// again to …" in the Chinese envoy's part of the ministry's release).
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

const speakerOf = (raw: string, fragment: string) => speakerIn(meetingsOf(raw), fragment);

describe("a meeting looked forward to, inside a speaker's paragraph", () => {
  const raw = [
    "On May 24, 2018, President Aron Mensor of Estonia met in Tallinn with Vice President Wang Qishan.",
    "Wang Qishan conveyed President Xi Jinping's greetings to Aron Mensor. He said that President Xi Jinping values the friendship. President Xi Jinping looks forward to meeting with President Aron Mensor again to plan the next stage of ties.",
    "Aron Mensor said Estonia values its ties with China.",
  ].join("\n\n");
  it("is the speaker's", () => {
    expect(speakerOf(raw, "looks forward to meeting with President Aron Mensor")).toBe("wang-qishan");
  });
  it("while the meeting told stays narration", () => {
    expect(speakerOf(raw, "met in Tallinn")).toBe("narrator");
  });
});

describe("a meeting planned, in the publisher's programme", () => {
  it("stays narration", () => {
    const raw = [
      "On May 24, 2018, President Aron Mensor of Estonia met in Tallinn with Vice President Wang Qishan.",
      "Aron Mensor said Estonia values its ties with China.",
      "The Estonian leader is also due to hold talks with Premier Li Keqiang on the one-day trip.",
    ].join("\n\n");
    expect(speakerOf(raw, "is also due to hold talks")).toBe("narrator");
  });
});
