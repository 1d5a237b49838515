import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CuratedEntry } from "../../../src/domain/library";
import { initialValues, reviewEntries } from "../../../src/features/import/review-entries";
import { fragmentArbitrary } from "../../fixtures/library-fragments";

const dataset = fc.sample(fragmentArbitrary("yours-a"), { numRuns: 1, seed: 4 })[0]!;
const meeting = dataset.meetings[0]!;
const stored: CuratedEntry[] = [
  { field: "publisher", value: "Made-up Office", note: "on the page" },
  { field: "location", target: meeting.id, value: "Oslo, Norway", note: "the page says Oslo" },
];

describe("the review of a stored readout (Library → Edit)", () => {
  it("starts from the stored curated values", () => {
    const values = initialValues(dataset, stored);
    expect(values.publisher).toBe("Made-up Office");
    expect(values.places[meeting.id]).toBe("Oslo, Norway");
  });

  it("saving unchanged keeps every stored entry with its note", () => {
    expect(reviewEntries(dataset, initialValues(dataset, stored), stored)).toEqual(stored);
  });

  it("a changed value replaces only that fact's entry, with the new note", () => {
    const values = { ...initialValues(dataset, stored), note: "checked again" };
    values.places = { ...values.places, [meeting.id]: "Bergen, Norway" };
    expect(reviewEntries(dataset, values, stored)).toEqual([
      stored[0],
      { field: "location", target: meeting.id, value: "Bergen, Norway", note: "checked again" },
    ]);
  });
});
