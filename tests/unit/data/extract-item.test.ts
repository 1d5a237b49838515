import { describe, expect, it } from "vitest";
import { extractItem } from "../../../src/data/extract-item";
import type { ExtractItem, ExtractOutcome } from "../../../src/data/extract-protocol";

const dated = "On May 2, 2022, Chinese President Xi Jinping met with Kenyan President Bel Vosk in Beijing.";
const undated = "Chinese President Xi Jinping met with Kenyan President Bel Vosk in Beijing.";

const run = (item: Partial<ExtractItem>) =>
  extractItem({ id: "r1", name: "vosk-visit.txt", raw: dated, ...item });

function success(outcome: ExtractOutcome) {
  if (!outcome.ok) throw new Error(`expected success, got: ${outcome.error}`);
  return outcome;
}

describe("extractItem", () => {
  it("turns a readout into a one-meeting dataset with how each date was found", () => {
    const outcome = success(run({}));
    expect(outcome.dataset.meetings.map((m) => [m.id, m.date, m.counterpart])).toEqual([
      ["2022-05-02-xi-jinping-bel-vosk", "2022-05-02", "kenya"],
    ]);
    expect(outcome.dateHow).toEqual({
      "2022-05-02-xi-jinping-bel-vosk": expect.stringContaining("May 2, 2022"),
    });
    expect(outcome.dataset.readouts).toMatchObject([
      { id: "r1", publisher: "Unknown publisher", perspective: "media" },
    ]);
    expect(outcome.textHasStamp).toBe(false);
  });

  it("names the item, not the command line, when no date can be found", () => {
    const outcome = run({ raw: undated });
    expect(outcome).toEqual({
      ok: false,
      error: "vosk-visit.txt: no date could be resolved for any meeting; enter its publication date.",
    });
  });

  it("dates an undated text by the publication date it is given", () => {
    const outcome = success(run({ raw: undated, publishedOn: "2021-11-03" }));
    expect(outcome.dataset.meetings[0]?.date).toBe("2021-11-03");
  });

  it("says no meeting was found, naming the item, for text without one", () => {
    const outcome = run({ name: "pasted text", raw: "The committee discussed the harvest at length." });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/^pasted text: no meeting found/);
  });

  it("gives the readout the chosen perspective even without a publisher", () => {
    const outcome = success(run({ perspective: "china" }));
    expect(outcome.dataset.readouts).toMatchObject([
      { publisher: "Unknown publisher", perspective: "china" },
    ]);
  });

  it("names a guessed publisher's perspective in words, not by its slug", () => {
    const outcome = success(run({}));
    expect(outcome.warnings).toContain(
      'vosk-visit.txt: publisher not curated; guessed "Unknown publisher" (Media report); enter the publisher if you know it.',
    );
  });

  it("keeps a given title (a library readout extracted again, whose headline the stored text no longer has)", () => {
    const outcome = success(run({ title: "Xi Jinping Meets Kenyan President Bel Vosk" }));
    expect(outcome.dataset.readouts[0]?.title).toBe("Xi Jinping Meets Kenyan President Bel Vosk");
    // Without one, the first sentence stands in, as before.
    expect(success(run({})).dataset.readouts[0]?.title).toBe(dated);
  });

  it("records the publisher and address, a publisher's perspective defaulting to media", () => {
    const outcome = success(run({ publisher: "Made-up Daily", url: "https://example.org/vosk" }));
    expect(outcome.dataset.readouts).toMatchObject([
      { publisher: "Made-up Daily", perspective: "media", url: "https://example.org/vosk" },
    ]);
    const withPerspective = success(run({ publisher: "Made-up Daily", perspective: "counterpart" }));
    expect(withPerspective.dataset.readouts[0]?.perspective).toBe("counterpart");
  });
});
