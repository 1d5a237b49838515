import { describe, expect, it } from "vitest";
import { meetingText, readoutTexts, type ReadoutText } from "../../../src/domain/meeting-text";
import type { Statement } from "../../../src/domain/schema";

/** A made-up readout about two meetings: an opening paragraph, then one paragraph per meeting. */
const shared: ReadoutText = {
  id: "tour",
  title: "Envoy Vell's day of talks",
  text:
    "Envoy Vell held a series of talks in Port Arlen today.\n\n" +
    "Minister Oda said the harbour project should go ahead.\n\n" +
    "General Rusk said the border patrols would be reduced.",
};
const single: ReadoutText = { id: "solo", title: "", text: "Envoy Vell spoke to Mayor Kip about tulips." };

function said(readout: ReadoutText, sentence: string, speaker: string, party: string): Statement {
  const start = readout.text.indexOf(sentence);
  if (start < 0) throw new Error(`not in ${readout.id}: ${sentence}`);
  return {
    id: `${readout.id}-${start}`,
    readoutId: readout.id,
    speaker,
    party,
    topics: [],
    text: sentence,
    span: [start, start + sentence.length],
  };
}

const opening = said(
  shared,
  "Envoy Vell held a series of talks in Port Arlen today.",
  "narrator",
  "narrator",
);
const oda = {
  readoutIds: ["tour"],
  statements: [
    opening,
    said(shared, "Minister Oda said the harbour project should go ahead.", "oda", "arlen"),
  ],
};
const rusk = {
  readoutIds: ["tour"],
  statements: [said(shared, "General Rusk said the border patrols would be reduced.", "rusk", "arlen")],
};
const solo = { readoutIds: ["solo"], statements: [] };

describe("meetingText", () => {
  const texts = readoutTexts([oda, rusk, solo], [shared, single]);

  it("gives a readout about one meeting whole, and skips an empty title", () => {
    expect(meetingText(solo, texts)).toEqual([
      { text: single.text, readoutId: "solo", span: [0, single.text.length], kind: "readout" },
    ]);
  });

  it("gives each meeting of a shared readout the title, the narrated opening and only its own statements", () => {
    const preamble = "Envoy Vell held a series of talks in Port Arlen today.";
    const forOda = meetingText(oda, texts);
    expect(forOda.map((p) => [p.kind, p.text])).toEqual([
      ["title", shared.title],
      ["preamble", preamble],
      ["statement", "Minister Oda said the harbour project should go ahead."],
    ]);
    expect(forOda[1]!.span).toEqual([0, preamble.length]);
    expect(meetingText(rusk, texts).map((p) => [p.kind, p.text])).toEqual([
      ["title", shared.title],
      ["preamble", preamble],
      ["statement", "General Rusk said the border patrols would be reduced."],
    ]);
  });

  it("has no preamble when a side speaks in the opening paragraph", () => {
    const talky: ReadoutText = {
      id: "talky",
      title: "T",
      text: "Minister Oda said talks went well.\n\nGeneral Rusk said patrols would end.",
    };
    const first = {
      readoutIds: ["talky"],
      statements: [said(talky, "Minister Oda said talks went well.", "oda", "arlen")],
    };
    const second = {
      readoutIds: ["talky"],
      statements: [said(talky, "General Rusk said patrols would end.", "rusk", "arlen")],
    };
    const t = readoutTexts([first, second], [talky]);
    expect(t.preambleEnd.get("talky")).toBe(0);
    expect(meetingText(second, t).map((p) => p.kind)).toEqual(["title", "statement"]);
    expect(meetingText(first, t).map((p) => p.text)).toEqual(["T", "Minister Oda said talks went well."]);
  });

  it("skips a readout the texts do not hold", () => {
    expect(meetingText({ readoutIds: ["missing"], statements: [] }, texts)).toEqual([]);
  });

  it("counts the meetings each readout describes", () => {
    expect(texts.meetingCount.get("tour")).toBe(2);
    expect(texts.meetingCount.get("solo")).toBe(1);
    expect(texts.preambleEnd.has("solo")).toBe(false);
  });
});
