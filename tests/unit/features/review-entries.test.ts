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

describe("the review of a readout being added", () => {
  it("a correction with no note of its own takes the note given for the batch", () => {
    const values = { ...initialValues(dataset, []), perspective: "china" };
    expect(reviewEntries(dataset, values, [], "read on the made-up page")).toContainEqual({
      field: "perspective",
      value: "china",
      note: "read on the made-up page",
    });
  });

  it("a note written for the corrections wins over the batch's", () => {
    const values = { ...initialValues(dataset, []), perspective: "china", note: "the site says so" };
    expect(reviewEntries(dataset, values, [], "read on the page")).toContainEqual({
      field: "perspective",
      value: "china",
      note: "the site says so",
    });
  });
});
