import { describe, expect, it } from "vitest";
import {
  JOINT_TONE,
  NARRATOR_TONE,
  partyTone,
  speakerTones,
  TONE_FAMILIES,
  type Tone,
} from "../../../src/theme/speaker-tones";

const WARM = ["red", "orange", "amber"];
const COOL = ["blue", "teal", "sky", "indigo", "emerald", "cyan"];

describe("partyTone", () => {
  it("gives China a warm tone and the joint voice and narrator their own", () => {
    expect(WARM).toContain(partyTone("china").name);
    expect(partyTone("joint")).toBe(JOINT_TONE);
    expect(partyTone("narrator")).toBe(NARRATOR_TONE);
  });

  it("gives every counterpart a cool tone, the same one each time", () => {
    for (const party of ["freedonia", "sylvania", "arlen", "x"]) {
      expect(COOL).toContain(partyTone(party).name);
      expect(partyTone(party)).toBe(partyTone(party));
    }
  });

  it("keeps the two most common counterparts apart", () => {
    expect(partyTone("russia").name).not.toBe(partyTone("united-nations").name);
  });
});

describe("speakerTones", () => {
  it("gives a party's first speaker the party tone and later ones other shades of the same family", () => {
    const tones = speakerTones([
      { speaker: "li-one", party: "china" },
      { speaker: "fred-one", party: "freedonia" },
      { speaker: "li-two", party: "china" },
      { speaker: "fred-two", party: "freedonia" },
      { speaker: "li-one", party: "china" },
    ]);
    expect(tones.get("li-one")).toBe(partyTone("china"));
    expect(tones.get("fred-one")).toBe(partyTone("freedonia"));
    expect(WARM).toContain(tones.get("li-two")!.name);
    expect(tones.get("li-two")).not.toBe(tones.get("li-one"));
    expect(COOL).toContain(tones.get("fred-two")!.name);
    expect(tones.get("fred-two")).not.toBe(tones.get("fred-one"));
    expect(tones.size).toBe(4);
  });

  it("keeps one tone for joint and narrator however many times they speak", () => {
    const tones = speakerTones([
      { speaker: "joint", party: "joint" },
      { speaker: "narrator", party: "narrator" },
    ]);
    expect(tones.get("joint")).toBe(JOINT_TONE);
    expect(tones.get("narrator")).toBe(NARRATOR_TONE);
  });
});

// The source viewer's "Colour all speakers" backgrounds: the sides must differ in lightness, not
// only in hue (colour-blind readers, grey print), and its text (slate-800, dark: slate-200) must
// keep WCAG AA contrast (4.5:1) on every one of them.
describe("highlight colours", () => {
  const channel = (hex: string, i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (hex: string) =>
    0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
  const lightness = (hex: string) => 116 * Math.cbrt(luminance(hex)) - 16;
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const background = (tone: Tone, dark: boolean) => {
    const found = new RegExp(`(?:^|\\s)${dark ? "dark:" : ""}bg-\\[(#[0-9a-f]{6})\\]`).exec(tone.highlight);
    if (!found)
      throw new Error(`${tone.name}: no ${dark ? "dark " : ""}background colour in "${tone.highlight}"`);
    return found[1]!;
  };
  const { china, counterpart } = TONE_FAMILIES;
  const modes = [
    { dark: false, text: "#1e293b", step: 5.5 },
    { dark: true, text: "#e2e8f0", step: 5.5 },
  ];

  it.each(modes)("keep AA contrast for the text on every tone (dark: $dark)", ({ dark, text }) => {
    for (const tone of [...china, ...counterpart, JOINT_TONE])
      expect(contrast(background(tone, dark), text), tone.name).toBeGreaterThanOrEqual(4.5);
  });

  it.each(modes)(
    "tell China's tones, the counterparts' and the joint voice apart by lightness (dark: $dark)",
    ({ dark, step }) => {
      const apart = (a: Tone, b: Tone) =>
        expect(
          Math.abs(lightness(background(a, dark)) - lightness(background(b, dark))),
          `${a.name} / ${b.name}`,
        ).toBeGreaterThanOrEqual(step);
      for (const warm of china) {
        for (const cool of counterpart) apart(warm, cool);
        apart(warm, JOINT_TONE);
      }
      for (const cool of counterpart) apart(cool, JOINT_TONE);
      // Speakers of one party take the family's next tones: neighbours differ too.
      for (const family of [china, counterpart])
        family.forEach((tone, i) => apart(tone, family[(i + 1) % family.length]!));
      apart(china[0]!, china[2]!);
    },
  );
});
