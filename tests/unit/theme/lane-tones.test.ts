import { describe, expect, it } from "vitest";
import {
  LANE_COLOURS,
  LANE_SHAPES,
  laneMarkName,
  laneTones,
  laneTonesOf,
} from "../../../src/theme/lane-tones";

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const lanes = (n: number) => Array.from({ length: n }, (_, i) => `party-${i}`);

describe("lane marks", () => {
  it("gives 24 lanes 24 different marks (six colours, four shapes), then repeats", () => {
    const capacity = LANE_COLOURS.length * LANE_SHAPES.length;
    expect(capacity).toBe(24);
    const tones = laneTones(lanes(capacity));
    expect(new Set([...tones.values()].map(laneMarkName)).size).toBe(capacity);
    // The first six lanes differ by colour, as round dots.
    const first = [...laneTones(lanes(6)).values()];
    expect(new Set(first.map((t) => t.name)).size).toBe(6);
    expect(first.every((t) => t.shape === "dot")).toBe(true);
    expect(laneTones(lanes(capacity + 1)).size).toBe(capacity + 1);
  });

  it("keeps Russia's blue and the United Nations' sky as dots whatever their rank", () => {
    const tones = laneTones([...lanes(12), "united-nations", "russia"]);
    expect(laneMarkName(tones.get("russia")!)).toBe("blue dots");
    expect(laneMarkName(tones.get("united-nations")!)).toBe("sky dots");
    expect(new Set([...tones.values()].map(laneMarkName)).size).toBe(14);
  });

  it("leaves China's warm hues to China", () => {
    for (const colour of LANE_COLOURS) expect(["red", "orange", "amber", "rose"]).not.toContain(colour.name);
  });

  it("has colours of at least 3:1 on the light and the dark page, each written in its class", () => {
    for (const colour of LANE_COLOURS) {
      expect(contrast(colour.light, "#ffffff"), colour.name).toBeGreaterThanOrEqual(3);
      expect(contrast(colour.dark, "#0f172a"), colour.name).toBeGreaterThanOrEqual(3);
      expect(colour.dot).toBe(`[--atlas-dot:${colour.light}] dark:[--atlas-dot:${colour.dark}]`);
    }
  });

  it("builds an index's marks once, in its lane order", () => {
    const ranks = new Map([
      ["norland", 1],
      ["estmark", 0],
    ]);
    expect(laneTonesOf(ranks)).toBe(laneTonesOf(ranks));
    expect(laneTonesOf(ranks).get("estmark")).toEqual(laneTones(["estmark", "norland"]).get("estmark"));
  });
});
