import { describe, expect, it } from "vitest";
import { remotePlaceLabel, yearRangeLabel } from "../../../src/domain/labels";

describe("labels a reader sees", () => {
  it("writes a year range as a person would, never with a dangling dash", () => {
    expect(yearRangeLabel(2014, 2024)).toBe("2014–2024");
    expect(yearRangeLabel(2022, 2022)).toBe("2022");
    expect(yearRangeLabel(2014, undefined)).toBe("from 2014");
    expect(yearRangeLabel(undefined, 2024)).toBe("until 2024");
  });

  it("says how a remote meeting was held instead of naming a place", () => {
    expect(remotePlaceLabel("video")).toBe("Held by video call");
    expect(remotePlaceLabel("phone")).toBe("Held by phone");
  });
});
