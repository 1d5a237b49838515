import { describe, expect, it } from "vitest";
import bundled from "../../../public/data/dataset.json";
import { mineFormulations, mineFormulationsInTwo, scanRequest } from "../../../src/domain/formulations";
import { parseDataset } from "../../../src/domain/parse-dataset";
import { normalisePhrase, spelledIn, tooLongPhrase, trackPhrase } from "../../../src/domain/phrase-uses";
import { madeUpActors as actors, madeUpMeeting as meeting } from "../../fixtures/made-up-meetings";
import { syntheticDataset } from "../../fixtures/synthetic-dataset";

const corpus = parseDataset(JSON.stringify(bundled));

describe("formulation mining", () => {
  it("finds 'international fairness and justice' in exactly three meetings of the bundled corpus", () => {
    const formulations = mineFormulations(corpus);
    const found = formulations.find((f) => f.phrase === "international fairness and justice");
    expect(found?.meetingIds).toEqual([
      "2020-09-24-xi-jinping-antonio-guterres",
      "2022-12-30-xi-jinping-vladimir-putin",
      "2024-05-16-xi-jinping-vladimir-putin",
    ]);
    expect(found?.first).toBe("2020-09-24");
    expect(found?.last).toBe("2024-05-16");
    expect(found?.users.china).toBeGreaterThanOrEqual(3);
    // Ranked by meetings: nothing above it is used by fewer meetings.
    const rank = formulations.indexOf(found!);
    expect(formulations.slice(0, rank).every((f) => f.meetingIds.length >= 3)).toBe(true);
  });

  const meetings = [
    meeting("m1", "2019-01-02", [
      ["china", "Both sides should build a community with a shared future, Firefly said."],
      ["freedonia", "Freedonia adheres to the one-China principle and opposes hegemony."],
    ]),
    meeting("m2", "2021-05-06", [
      ["china", "We will build a community with a shared future for all."],
      ["joint", "The sides reaffirmed the one-China principle."],
    ]),
    meeting("m3", "2023-07-08", [
      ["china", "Firefly and Firefly met again; the one-China principle stands."],
    ]),
    meeting("m4", "2024-01-01", [["narrator", "A community with a shared future was discussed."]]),
  ];
  const mined = mineFormulations({ meetings, actors });
  const phrases = mined.map((f) => f.phrase);

  it("ranks phrases by the meetings using them, with who used them and first and last use", () => {
    expect(phrases[0]).toBe("one china principle");
    expect(mined[0]).toMatchObject({
      label: "one-China principle",
      meetingIds: ["m1", "m2", "m3"],
      first: "2019-01-02",
      last: "2023-07-08",
      users: { china: 1, counterpart: 1, joint: 1 },
    });
  });

  it("folds overlapping n-grams into the longest stable form and leaves narration out", () => {
    expect(phrases).toContain("build a community with a shared future");
    expect(phrases).not.toContain("community with a shared future");
    expect(phrases).not.toContain("a shared future");
    expect(mined.find((f) => f.phrase === "build a community with a shared future")?.meetingIds).toEqual([
      "m1",
      "m2",
    ]);
  });

  it("drops phrases with names, stop words at the ends, framing verbs or a single use", () => {
    expect(phrases.some((p) => p.includes("firefly"))).toBe(false);
    expect(phrases.some((p) => /^(the|a|and|of) |( the| a| and| of)$/.test(p))).toBe(false);
    expect(phrases).not.toContain("opposes hegemony");
    expect(phrases.every((p) => p.split(" ").length >= 3 && p.split(" ").length <= 8)).toBe(true);
  });

  it("keeps a one-word country name inside a phrase, never at its ends", () => {
    const about = mineFormulations({
      meetings: [
        meeting("a1", "2020-01-01", [
          ["china", "China supports the development of Freedonia and its work with Freedonia."],
        ]),
        meeting("a2", "2021-01-01", [
          ["china", "China welcomes the development of Freedonia and its work with Freedonia."],
        ]),
      ],
      actors,
    }).map((f) => f.phrase);
    expect(about).not.toContain("development of freedonia");
    expect(about).not.toContain("work with freedonia");
    expect(phrases).toContain("one china principle");
  });

  it("tracks any phrase a reader types, word for word, with each use", () => {
    const tracked = trackPhrase("  One-China   Principle ", meetings);
    expect(tracked?.phrase).toBe("one china principle");
    expect(tracked?.meetingIds).toEqual(["m1", "m2", "m3"]);
    expect(tracked?.uses.map((u) => u.user)).toEqual(["counterpart", "joint", "china"]);
    expect(trackPhrase("shared future", meetings)?.meetingIds).toEqual(["m1", "m2"]);
    expect(trackPhrase("future shared", meetings)?.meetingIds).toEqual([]);
    expect(normalisePhrase(" ,, ")).toBeUndefined();
  });

  it("tells a phrase too long to track from one with no words", () => {
    const thirteen =
      "the two sides agreed to further deepen their comprehensive strategic partnership of coordination";
    expect(normalisePhrase(thirteen)).toBeUndefined();
    expect(tooLongPhrase(thirteen)).toBe(true);
    expect(tooLongPhrase(" ,, ")).toBe(false);
    expect(tooLongPhrase("one-China principle")).toBe(false);
  });

  it("labels a tracked phrase as its first use spells it, whoever typed it how", () => {
    const first = meetings.flatMap((m) => m.statements).find((s) => /one.china principle/i.test(s.text))!;
    const spelled = /one.china principle/i.exec(first.text)![0];
    expect(trackPhrase("one china principle", meetings)?.label).toBe(spelled);
    expect(spelledIn("He restated the One-China   Principle today.", "one china principle")).toBe(
      "One-China   Principle",
    );
    expect(spelledIn("Nothing of the kind.", "one china principle")).toBeUndefined();
  });
});

describe("formulation mining across readouts", () => {
  it("needs two readouts: one text telling two same-day meetings is one use, not a recurring phrase", () => {
    const told = (id: string, readoutId: string) => {
      const m = meeting(id, "2016-04-05", [["china", "China will deepen lantern harbour cooperation."]]);
      return {
        ...m,
        readoutIds: [readoutId],
        statements: m.statements.map((s) => ({ ...s, readoutId })),
      };
    };
    const once = mineFormulations({ actors, meetings: [told("d1", "r-same"), told("d2", "r-same")] });
    expect(once.map((f) => f.phrase)).not.toContain("deepen lantern harbour cooperation");
    const twice = mineFormulations({ actors, meetings: [told("d1", "r-one"), told("d2", "r-two")] });
    expect(twice.find((f) => f.phrase === "deepen lantern harbour cooperation")?.meetingIds).toEqual([
      "d1",
      "d2",
    ]);
  });
});

describe("formulation mining at the longest length", () => {
  it("counts an eight-word phrase in every meeting using it, at a clause's end or inside one", () => {
    const long = "jointly build a community with a shared future";
    const mined = mineFormulations({
      actors,
      meetings: [
        meeting("a", "2020-01-01", [["china", `We will ${long}.`]]),
        meeting("b", "2021-01-01", [["freedonia", `Let us ${long} together with partners.`]]),
        meeting("c", "2022-01-01", [["joint", `To ${long}, the world needs trust.`]]),
      ],
    });
    expect(mined.find((f) => f.phrase === long)).toMatchObject({
      meetingIds: ["a", "b", "c"],
      users: { china: 1, counterpart: 1, joint: 1 },
    });
  });
});

describe("formulation mining on generated prose", () => {
  const generated = syntheticDataset(400, { prose: true });

  it("is a valid, deterministic dataset with both sides speaking", () => {
    expect(() => parseDataset(JSON.stringify(generated))).not.toThrow();
    expect(JSON.stringify(syntheticDataset(400, { prose: true }))).toBe(JSON.stringify(generated));
    const parties = new Set(generated.meetings.flatMap((m) => m.statements.map((s) => s.party)));
    expect(parties.has("china") && parties.has("joint") && parties.size > 3).toBe(true);
  });

  it("finds the made-up official phrases and never a name", () => {
    const phrases = mineFormulations(generated).map((f) => f.phrase);
    expect(phrases).toContain("lantern bridge spirit");
    expect(phrases).toContain("open and steady harbour cooperation");
    const names = generated.actors
      .filter((a) => a.kind === "person")
      .flatMap((a) => a.name.toLowerCase().split(" "));
    expect(phrases.some((p) => p.split(" ").some((word) => names.includes(word)))).toBe(false);
  });

  it("mines the same phrases with half of the meetings scanned in a second thread", async () => {
    // The second thread gets a copy of the request, as postMessage gives it one.
    const elsewhere = async (request: Parameters<typeof scanRequest>[0]) =>
      scanRequest(structuredClone(request));
    for (const dataset of [generated, corpus])
      expect(JSON.stringify(await mineFormulationsInTwo(dataset, elsewhere))).toBe(
        JSON.stringify(mineFormulations(dataset)),
      );
  });
});
