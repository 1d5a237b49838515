import { describe, expect, it } from "vitest";
import { JOINT_TONE, NARRATOR_TONE, partyTone, speakerTones } from "../../../src/theme/speaker-tones";

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
