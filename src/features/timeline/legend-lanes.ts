import { hasFixedTone, partyTone, TONE_FAMILIES } from "../../theme/speaker-tones";

/** Lanes named in the legend before "and N more" (the lane labels name every lane anyway). */
export const LEGEND_LANES = 12;

/** A lane's dot colour: its name in words (the legend says it) and the class setting `--atlas-dot`. */
export interface LaneTone {
  name: string;
  dot: string;
}

// The counterparts' dot colours, then colours only lanes use: a party's tone comes from a hash of
// its id, so two lanes could share one (Russia and Estonia were both blue); the timeline has this
// many distinct colours before one repeats.
const LANE_TONES: readonly LaneTone[] = [
  ...TONE_FAMILIES.counterpart.filter((t) => t.dot).map(({ name, dot }) => ({ name, dot })),
  { name: "fuchsia", dot: "[--atlas-dot:#c026d3] dark:[--atlas-dot:#e879f9]" },
  { name: "lime", dot: "[--atlas-dot:#65a30d] dark:[--atlas-dot:#a3e635]" },
  { name: "rose", dot: "[--atlas-dot:#e11d48] dark:[--atlas-dot:#fb7185]" },
];

/**
 * Distinct dot colours for lanes, given in a stable order (the index's lane order, so a filter
 * does not recolour a lane): parties with a fixed tone (Russia's blue) keep it, every other lane
 * keeps its party's own tone while no earlier lane has it, else takes the first colour not yet
 * used; only past LANE_TONES.length lanes do colours repeat.
 */
export function laneTones(lanes: readonly string[]): Map<string, LaneTone> {
  const tones = new Map<string, LaneTone>();
  const used = new Set<string>();
  const order = [...lanes.filter(hasFixedTone), ...lanes.filter((lane) => !hasFixedTone(lane))];
  for (const [i, lane] of order.entries()) {
    if (tones.has(lane)) continue;
    const own = LANE_TONES.find((t) => t.name === partyTone(lane).name);
    const tone =
      (own && !used.has(own.name) ? own : LANE_TONES.find((t) => !used.has(t.name))) ??
      LANE_TONES[i % LANE_TONES.length]!;
    used.add(tone.name);
    tones.set(lane, tone);
  }
  return tones;
}

/** The colour of one lane's dots on its own, as words: tones without a dot colour keep vis's grey. */
export function laneColourName(lane: string): string {
  const tone = partyTone(lane);
  return tone.dot ? tone.name : "grey";
}
