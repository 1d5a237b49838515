import { describe, expect, it } from "vitest";
import {
  CHINA,
  formatSchema,
  isIsoDay,
  isPseudoSpeaker,
  isSlug,
  JOINT,
  MEETING_FORMATS,
  NARRATOR,
  perspectiveSchema,
  PERSPECTIVES,
} from "../../../src/domain/schema";
import {
  FORMAT_LABELS,
  PERSPECTIVE_LABELS,
  formatGlyph,
  perspectiveLabel,
  perspectiveNoun,
} from "../../../src/domain/labels";

describe("the schema's vocabulary", () => {
  it("validates the same formats and perspectives it exports", () => {
    expect(formatSchema.options).toEqual([...MEETING_FORMATS]);
    expect(perspectiveSchema.options).toEqual([...PERSPECTIVES]);
  });

  it("tells slugs from other strings", () => {
    expect(isSlug("xi-jinping")).toBe(true);
    expect(isSlug(CHINA)).toBe(true);
    expect(isSlug("2024-05-16-xi-jinping-vladimir-putin")).toBe(true);
    expect(isSlug("Xi Jinping")).toBe(false);
    expect(isSlug("a--b")).toBe(false);
    expect(isSlug("-a")).toBe(false);
    expect(isSlug("<img>")).toBe(false);
  });

  it("accepts only calendar days that exist", () => {
    expect(isIsoDay("2024-05-16")).toBe(true);
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-13-01")).toBe(false);
    expect(isIsoDay("2024-5-16")).toBe(false);
    expect(isIsoDay("16 May 2024")).toBe(false);
  });

  it("knows the two speakers that are no actor", () => {
    expect(isPseudoSpeaker(JOINT)).toBe(true);
    expect(isPseudoSpeaker(NARRATOR)).toBe(true);
    expect(isPseudoSpeaker("xi-jinping")).toBe(false);
  });

  it("has a label for every format and perspective", () => {
    for (const format of MEETING_FORMATS) expect(FORMAT_LABELS[format]).toBeTruthy();
    for (const perspective of PERSPECTIVES) {
      expect(PERSPECTIVE_LABELS[perspective]).toBeTruthy();
      expect(perspectiveLabel(perspective)).toMatch(/account|readout|report/);
      // One wording: the label is the in-sentence noun, capitalised.
      expect(perspectiveLabel(perspective).toLowerCase()).toBe(perspectiveNoun(perspective).toLowerCase());
    }
    expect(formatGlyph("in-person")).toBe("");
    expect(formatGlyph("phone")).not.toBe("");
  });
});
