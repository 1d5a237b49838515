/**
 * Colours for parties and speakers, shared by every view (timeline, panel, source viewer, compare)
 * so a side looks the same everywhere. Class names are written out in full because Tailwind only
 * generates classes it finds literally in the source.
 */

export interface Tone {
  /** Stable name, also used as a CSS hook (e.g. `tone-red`). */
  name: string;
  /** A small solid dot or bar. */
  swatch: string;
  /**
   * Background for a highlighted span of readout text. Written as exact colours: the sides differ in
   * lightness as well as hue (China's tones lightest, the joint voice between, counterparts' darker;
   * neighbouring shades of one side a step apart), and slate-800 text (slate-200 in dark mode)
   * keeps 4.5:1 contrast on each (tests/unit/theme/speaker-tones.test.ts measures both).
   */
  highlight: string;
  /** Left border of a statement card or column. */
  border: string;
  /** Text in the tone, readable on the page background. */
  text: string;
  /**
   * Sets `--atlas-dot`, the colour of this party's dots on the timeline. A custom property, because
   * vis-timeline's own stylesheet is unlayered and would beat a Tailwind border utility; empty
   * where the timeline keeps its neutral dot.
   */
  dot: string;
}

import { CHINA, JOINT, NARRATOR } from "../domain/schema";

const tone = (
  name: string,
  swatch: string,
  highlight: string,
  border: string,
  text: string,
  dot = "",
): Tone => ({ name, swatch, highlight, border, text, dot });

/** Warm tones for the Chinese side. */
const CHINA_TONES: readonly Tone[] = [
  tone(
    "red",
    "bg-red-600 dark:bg-red-400",
    "bg-[#fededb] decoration-red-600 dark:bg-[#430f0f] dark:decoration-red-400",
    "border-red-600 dark:border-red-400",
    "text-red-700 dark:text-red-300",
    "[--atlas-dot:#dc2626] dark:[--atlas-dot:#f87171]",
  ),
  tone(
    "orange",
    "bg-orange-500 dark:bg-orange-400",
    "bg-[#f4b78e] decoration-orange-500 dark:bg-[#5c300b] dark:decoration-orange-400",
    "border-orange-500 dark:border-orange-400",
    "text-orange-700 dark:text-orange-300",
  ),
  tone(
    "amber",
    "bg-amber-500 dark:bg-amber-300",
    "bg-[#edd198] decoration-amber-500 dark:bg-[#3d2b00] dark:decoration-amber-300",
    "border-amber-500 dark:border-amber-300",
    "text-amber-800 dark:text-amber-200",
  ),
];

/** Cool tones for counterparts; a party gets one by a stable hash of its id. */
const COUNTERPART_TONES: readonly Tone[] = [
  tone(
    "blue",
    "bg-blue-600 dark:bg-blue-400",
    "bg-[#81a4e3] decoration-blue-600 dark:bg-[#3f5784] dark:decoration-blue-400",
    "border-blue-600 dark:border-blue-400",
    "text-blue-700 dark:text-blue-300",
    "[--atlas-dot:#2563eb] dark:[--atlas-dot:#60a5fa]",
  ),
  tone(
    "teal",
    "bg-teal-600 dark:bg-teal-400",
    "bg-[#34a398] decoration-teal-600 dark:bg-[#1a7169] dark:decoration-teal-400",
    "border-teal-600 dark:border-teal-400",
    "text-teal-700 dark:text-teal-300",
    "[--atlas-dot:#0d9488]",
  ),
  tone(
    "sky",
    "bg-sky-500 dark:bg-sky-300",
    "bg-[#5eacd7] decoration-sky-500 dark:bg-[#1f5d7c] dark:decoration-sky-300",
    "border-sky-500 dark:border-sky-300",
    "text-sky-800 dark:text-sky-200",
    "[--atlas-dot:#0ea5e9] dark:[--atlas-dot:#7dd3fc]",
  ),
  tone(
    "indigo",
    "bg-indigo-600 dark:bg-indigo-400",
    "bg-[#868fd2] decoration-indigo-600 dark:bg-[#5c6294] dark:decoration-indigo-400",
    "border-indigo-600 dark:border-indigo-400",
    "text-indigo-700 dark:text-indigo-300",
    "[--atlas-dot:#4f46e5]",
  ),
  tone(
    "emerald",
    "bg-emerald-600 dark:bg-emerald-400",
    "bg-[#63b38a] decoration-emerald-600 dark:bg-[#246245] dark:decoration-emerald-400",
    "border-emerald-600 dark:border-emerald-400",
    "text-emerald-700 dark:text-emerald-300",
    "[--atlas-dot:#059669]",
  ),
  tone(
    "cyan",
    "bg-cyan-600 dark:bg-cyan-400",
    "bg-[#31a1b2] decoration-cyan-600 dark:bg-[#18707d] dark:decoration-cyan-400",
    "border-cyan-600 dark:border-cyan-400",
    "text-cyan-700 dark:text-cyan-300",
    "[--atlas-dot:#0891b2]",
  ),
];

/** Each side's family, in the order later speakers of a party take them (for the colour tests). */
export const TONE_FAMILIES = { china: CHINA_TONES, counterpart: COUNTERPART_TONES } as const;

export const JOINT_TONE: Tone = tone(
  "violet",
  "bg-violet-600 dark:bg-violet-400",
  "bg-[#c0a8ed] decoration-violet-600 dark:bg-[#524070] dark:decoration-violet-400",
  "border-violet-600 dark:border-violet-400",
  "text-violet-700 dark:text-violet-300",
);

export const NARRATOR_TONE: Tone = tone(
  "slate",
  "bg-slate-400 dark:bg-slate-500",
  "",
  "border-slate-300 dark:border-slate-600",
  "text-slate-600 dark:text-slate-400",
);

// Known parties get fixed tones so the two most common sides never collide.
const FIXED: Record<string, Tone> = {
  [CHINA]: CHINA_TONES[0]!,
  russia: COUNTERPART_TONES[0]!,
  "united-nations": COUNTERPART_TONES[2]!,
  [JOINT]: JOINT_TONE,
  [NARRATOR]: NARRATOR_TONE,
};

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

/** True for a party whose tone is fixed, not hashed: a list of lanes gives it that tone first. */
export const hasFixedTone = (party: string): boolean => party in FIXED;

/** The tone of a party (or "joint" / "narrator"). */
export function partyTone(party: string): Tone {
  return FIXED[party] ?? COUNTERPART_TONES[hash(party) % COUNTERPART_TONES.length]!;
}

/**
 * Tones for the speakers of one readout: each side keeps its hue family, the first speaker of a
 * party gets the party's tone and later speakers of the same party the next shades, so Xi Jinping
 * and Wang Yi are told apart but both read as "China".
 */
export function speakerTones(speakers: Iterable<{ speaker: string; party: string }>): Map<string, Tone> {
  const tones = new Map<string, Tone>();
  const usedPerParty = new Map<string, number>();
  for (const { speaker, party } of speakers) {
    if (tones.has(speaker)) continue;
    const base = partyTone(party);
    const n = usedPerParty.get(party) ?? 0;
    usedPerParty.set(party, n + 1);
    if (n === 0 || party === JOINT || party === NARRATOR) {
      tones.set(speaker, base);
      continue;
    }
    const family = party === CHINA ? CHINA_TONES : COUNTERPART_TONES;
    const start = family.indexOf(base);
    tones.set(speaker, family[(start + n) % family.length]!);
  }
  return tones;
}
