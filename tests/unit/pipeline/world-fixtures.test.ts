/**
 * The made-up world fixtures (tests/fixtures/readouts, expectations in
 * tests/fixtures/world-expectations.ts): every file yields its meetings with the right date,
 * format, principals, city and attendees, no furniture becomes a statement, and the probed
 * sentences get the right speaker (≥ 90 % over all probes; `npm run extract:tally` prints each miss).
 */
import { describe, expect, it } from "vitest";
import { formatTally, tallyFixtures } from "../../../scripts/lib/fixture-tally";
import { WORLD_EXPECTATIONS } from "../../fixtures/world-expectations";

const results = tallyFixtures("tests/fixtures/readouts", WORLD_EXPECTATIONS);
const speakerMiss = (miss: string) => miss.startsWith('"');

describe("made-up readouts in the world's house styles", () => {
  for (const result of results) {
    it(`${result.file}: meetings, facts, attendees and furniture`, () => {
      expect(result.refused).toBeUndefined();
      expect(result.misses.filter((miss) => !speakerMiss(miss))).toEqual([]);
    });
  }

  it("the right speaker for at least 90 % of all probed sentences", () => {
    const right = results.reduce((n, r) => n + r.speakers.right, 0);
    const checked = results.reduce((n, r) => n + r.speakers.checked, 0);
    expect(checked).toBeGreaterThanOrEqual(80);
    expect(right / checked, formatTally(results)).toBeGreaterThanOrEqual(0.9);
  });
});
