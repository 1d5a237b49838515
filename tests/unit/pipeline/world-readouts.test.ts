import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { PARTIES } from "../../../src/pipeline/gazetteer";
import { worldReadouts } from "../../fixtures/world-readouts";

describe("made-up readouts with a counterpart from every country", () => {
  const batch = worldReadouts();

  it("covers every country of the gazetteer in at least 300 readouts", () => {
    expect(batch.length).toBeGreaterThanOrEqual(300);
    const covered = new Set(batch.map((r) => r.expected.counterpart));
    for (const party of PARTIES.filter((p) => p.kind === "country" && p.id !== "china"))
      expect(covered, party.id).toContain(party.id);
  });

  it("finds each one's meeting with the right counterpart, principal, date and city", () => {
    const wrong: string[] = [];
    for (const readout of batch) {
      const result = buildDataset([{ id: readout.id, raw: readout.text }]);
      const meeting = result.dataset.meetings[0];
      const principal = meeting?.sides.find((s) => s.party === meeting.counterpart)?.principal;
      const actor = result.dataset.actors.find((a) => a.id === principal);
      const got = {
        counterpart: meeting?.counterpart,
        date: meeting?.date,
        city: meeting?.location?.city,
        name: actor?.name,
      };
      if (result.dataset.meetings.length !== 1 || JSON.stringify(got) !== JSON.stringify(readout.expected))
        wrong.push(`${readout.id}: got ${JSON.stringify(got)} from "${readout.text}"`);
    }
    expect(wrong).toEqual([]);
  }, 60_000); // 320 pipeline runs: seconds alone, more while the full suite shares the cores
});
