/**
 * A few hundred seeded fuzz cases on every `npm test` (`npm run fuzz` runs 10,000): no input makes
 * the pipeline throw anything but an ExtractionError with a message, produce an invalid dataset or
 * inexact spans, or run away (more than 1 s of CPU per 100 KB).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExtraction } from "../../fuzz/check-extraction";
import { fixtureTexts } from "../../fuzz/fixture-texts";
import { mutatedText, readoutCase, specialCases } from "../../fuzz/readout-cases";

const fixtures = fixtureTexts();
const texts = fixtures.map((f) => f.text);
const SEED = 20261201;

describe("pipeline fuzzing", () => {
  // The budget is CPU time; the generous wall-clock timeout only covers a loaded machine.
  it.each(specialCases(texts).map((c) => [c.kind, c] as const))(
    "%s",
    (_kind, input) => expect(() => checkExtraction(input)).not.toThrow(),
    120_000,
  );

  it("holds on 240 seeded mixed cases", () => {
    fc.assert(
      fc.property(readoutCase(texts), (input) => void checkExtraction(input)),
      {
        seed: SEED,
        numRuns: 240,
      },
    );
  });

  it.each(fixtures.map((f) => [f.name, f.text] as const))("holds on %s mutated", (_name, text) => {
    fc.assert(
      fc.property(mutatedText(fc.constant(text)), (raw) => void checkExtraction({ kind: "fixture", raw })),
      { seed: SEED, numRuns: 8 },
    );
  });
});
