import { describe, expect, it } from "vitest";
import { speakerLabel } from "../../../src/pipeline/speaker-label";

describe("speakerLabel", () => {
  it.each([
    ["Vladimir Putin: Good evening.", "Vladimir Putin"],
    ["Li Qiang (retranslated): Thank you.", "Li Qiang (retranslated)"],
    // The Kremlin spells out a Chinese leader's title: 69 characters, ten words.
    [
      "President of the People's Republic of China Xi Jinping (retranslated): Thank you.",
      "President of the People's Republic of China Xi Jinping (retranslated)",
    ],
  ])("reads the label of %j", (text, label) => {
    expect(speakerLabel(text)).toBe(label);
  });

  it.each([
    "No label here.",
    "Xi said:the talks went well",
    // A headline glued to the text: its words before the colon say a meeting, they name no speaker.
    'News Dragović met with Xi Jinping: "Our friendship is growing" PHOTO',
    "The two sides agreed on the following points of cooperation in trade and energy and more: one, two.",
  ])("finds no label in %j", (text) => {
    expect(speakerLabel(text)).toBeUndefined();
  });
});
