/**
 * A lane's mark: the colour and shape of its meetings' dots on the timeline, and of the swatch
 * that stands for the lane's party elsewhere (compare, meeting panel), so a lane looks the same
 * everywhere. One source: `laneTonesOf(index.laneRanks)`, assigned in the index's stable lane
 * order, so a filter never recolours a lane. Colour is never the only cue: every lane is named
 * beside its row, and the legend names each lane's mark in words ("teal squares").
 */
import { hasFixedTone, partyTone } from "./speaker-tones";

export const LANE_SHAPES = ["dot", "square", "diamond", "ring"] as const;
export type LaneShape = (typeof LANE_SHAPES)[number];

export interface LaneColour {
  /** The colour in words, as the legend says it. */
  name: string;
  /** On the light page (white) and the dark one (slate-900): at least 3:1 each (WCAG 1.4.11, tested). */
  light: string;
  dark: string;
  /** Sets `--atlas-dot` to those two colours (written out: Tailwind only builds literal classes). */
  dot: string;
}

export interface LaneTone extends LaneColour {
  shape: LaneShape;
}

/**
 * Six hues far apart, in the order lanes take them, so the first lanes differ most; blue and sky
 * stay Russia's and the United Nations' (their fixed party tones). No red, orange or amber: those
 * are China's (speaker-tones.ts), and a counterpart's swatch sits beside China's in the compare
 * view and the meeting panel. More hues would put near twins side by side, so past six lanes the
 * shape changes instead (squares, diamonds, rings): 24 lanes before a mark repeats.
 */
export const LANE_COLOURS: readonly LaneColour[] = [
  {
    name: "blue",
    light: "#2563eb",
    dark: "#60a5fa",
    dot: "[--atlas-dot:#2563eb] dark:[--atlas-dot:#60a5fa]",
  },
  {
    name: "teal",
    light: "#0f766e",
    dark: "#2dd4bf",
    dot: "[--atlas-dot:#0f766e] dark:[--atlas-dot:#2dd4bf]",
  },
  {
    name: "fuchsia",
    light: "#c026d3",
    dark: "#e879f9",
    dot: "[--atlas-dot:#c026d3] dark:[--atlas-dot:#e879f9]",
  },
  {
    name: "lime",
    light: "#4d7c0f",
    dark: "#a3e635",
    dot: "[--atlas-dot:#4d7c0f] dark:[--atlas-dot:#a3e635]",
  },
  {
    name: "violet",
    light: "#7c3aed",
    dark: "#a78bfa",
    dot: "[--atlas-dot:#7c3aed] dark:[--atlas-dot:#a78bfa]",
  },
  { name: "sky", light: "#0284c7", dark: "#38bdf8", dot: "[--atlas-dot:#0284c7] dark:[--atlas-dot:#38bdf8]" },
];

/** Every distinct mark, in the order lanes take them: all colours as dots, then as squares … */
const MARKS: readonly LaneTone[] = LANE_SHAPES.flatMap((shape) =>
  LANE_COLOURS.map((colour) => ({ ...colour, shape })),
);

const markKey = (tone: LaneTone) => `${tone.name} ${tone.shape}`;

/**
 * Marks for lanes given in a stable order: a party with a fixed tone whose hue is a lane colour
 * (Russia's blue, the United Nations' sky) keeps it as a dot; every other lane takes the first
 * mark not yet used. Only past MARKS.length lanes does a mark repeat.
 */
export function laneTones(lanes: readonly string[]): Map<string, LaneTone> {
  const tones = new Map<string, LaneTone>();
  const used = new Set<string>();
  const take = (lane: string, tone: LaneTone) => {
    tones.set(lane, tone);
    used.add(markKey(tone));
  };
  for (const lane of lanes) {
    if (tones.has(lane) || !hasFixedTone(lane)) continue;
    const fixed = MARKS.find((mark) => mark.name === partyTone(lane).name);
    if (fixed && !used.has(markKey(fixed))) take(lane, fixed);
  }
  let next = 0;
  for (const lane of lanes) {
    if (tones.has(lane)) continue;
    while (next < MARKS.length && used.has(markKey(MARKS[next]!))) next++;
    take(lane, MARKS[next] ?? MARKS[tones.size % MARKS.length]!);
  }
  return tones;
}

const byRanks = new WeakMap<ReadonlyMap<string, number>, ReadonlyMap<string, LaneTone>>();

/** The lanes' marks for an index's lane order (`MeetingIndex.laneRanks`), built once per index. */
export function laneTonesOf(ranks: ReadonlyMap<string, number>): ReadonlyMap<string, LaneTone> {
  let tones = byRanks.get(ranks);
  if (!tones) {
    const order = [...ranks].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    byRanks.set(ranks, (tones = laneTones(order)));
  }
  return tones;
}

const SHAPE_WORDS: Record<LaneShape, string> = {
  dot: "dots",
  square: "squares",
  diamond: "diamonds",
  ring: "rings",
};

/** A lane's mark in words: "teal squares". */
export const laneMarkName = (tone: Pick<LaneTone, "name" | "shape">): string =>
  `${tone.name} ${SHAPE_WORDS[tone.shape]}`;
