import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparableUrl, findDuplicate } from "../../../src/domain/library-duplicates";
import type { LibraryEntry } from "../../../src/domain/library";
import { entryOf, fragmentArbitrary } from "../../fixtures/library-fragments";

const fragment = (id: string, seed: number) => fc.sample(fragmentArbitrary(id), { numRuns: 1, seed })[0]!;

function withReadout(entry: LibraryEntry, text: string, url?: string): LibraryEntry {
  const readout = { ...entry.dataset.readouts[0]!, text, ...(url ? { url } : {}) };
  return { ...entry, dataset: { ...entry.dataset, readouts: [readout] } };
}

const stored = withReadout(
  entryOf(fragment("yours-a", 1)),
  "President Mensor of Veloria met Wang Yi.\n\nBoth sides agreed to “deepen” ties.",
  "https://www.example.org/made-up/veloria/",
);

describe("findDuplicate", () => {
  it("finds the same text whatever its spacing, case and quote marks", () => {
    const again = { text: 'president mensor of Veloria met Wang Yi. Both sides agreed to "deepen"  ties. ' };
    expect(findDuplicate([stored], again)).toEqual({ entry: stored, same: "text" });
  });

  it("finds the same page address when the text differs", () => {
    const edited = { text: "Another copy, trimmed.", url: "http://example.org/made-up/veloria#top" };
    expect(findDuplicate([stored], edited)).toEqual({ entry: stored, same: "address" });
  });

  it("a different text at another address is new, and an entry is no duplicate of itself", () => {
    expect(findDuplicate([stored], { text: "Another readout.", url: "https://example.org/other" })).toBe(
      undefined,
    );
    expect(findDuplicate([stored], { text: stored.dataset.readouts[0]!.text }, stored.id)).toBe(undefined);
  });

  it("compares addresses without scheme, www., trailing slash or fragment, keeping the query", () => {
    expect(comparableUrl("https://www.example.org/a/?id=3#x")).toBe("example.org/a?id=3");
    expect(comparableUrl("not a url")).toBe("not a url");
  });
});
