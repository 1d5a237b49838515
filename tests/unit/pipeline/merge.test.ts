import { describe, expect, it } from "vitest";
import { mergeDatasets } from "../../../src/domain/merge-datasets";
import { datasetSchema } from "../../../src/domain/schema";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const CHINESE =
  "On May 2, 2022, Xi Jinping met with Russian President Vladimir Putin in Moscow.\n\nXi Jinping said trade should grow. Wang Yi attended the meeting.";
const RUSSIAN =
  "Vladimir Putin held talks with Xi Jinping in the Kremlin on May 2, 2022.\n\nPutin said energy cooperation is the priority. Sergey Lavrov was present.";

/** A Russian account that gives no day: dated by its page's publication day (ADR 013). */
const UNDATED_RUSSIAN =
  "Vladimir Putin held talks with Xi Jinping in the Kremlin.\n\nPutin said energy cooperation is the priority.";

/** The undated account published on `publishedOn` built with CHINESE, in both input orders. */
function builtInBothOrders(publishedOn: string) {
  const ru = { id: "ru", raw: UNDATED_RUSSIAN, publishedOn };
  const cn = { id: "cn", raw: CHINESE };
  return [buildDataset([ru, cn]).dataset, buildDataset([cn, ru]).dataset];
}

describe("merge and validate", () => {
  it("merges two accounts of one meeting into one meeting with both readouts", () => {
    const { dataset, errors } = buildDataset([
      { id: "cn", raw: CHINESE, meta: { publisher: "Chinese side", perspective: "china" } },
      { id: "ru", raw: RUSSIAN, meta: { publisher: "Russian side", perspective: "counterpart" } },
    ]);
    expect(errors).toEqual([]);
    expect(dataset.meetings).toHaveLength(1);
    const meeting = dataset.meetings[0]!;
    expect(meeting.readoutIds).toEqual(["cn", "ru"]);
    expect(new Set(meeting.statements.map((s) => s.readoutId))).toEqual(new Set(["cn", "ru"]));
    expect(meeting.sides.find((s) => s.party === "russia")?.attendees).toEqual(["sergey-lavrov"]);
    expect(meeting.sides.find((s) => s.party === "china")?.attendees).toEqual(["wang-yi"]);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it("is deterministic", () => {
    const inputs = [
      { id: "cn", raw: CHINESE },
      { id: "ru", raw: RUSSIAN },
    ];
    expect(JSON.stringify(buildDataset(inputs).dataset)).toBe(JSON.stringify(buildDataset(inputs).dataset));
  });

  it("takes the day from the account that gives it, over one dated by its publication day (ADR 013)", () => {
    for (const dataset of builtInBothOrders("2022-05-02")) {
      expect(dataset.meetings).toHaveLength(1);
      expect(dataset.meetings[0]!.datePrecision).toBeUndefined();
      expect(dataset.meetings[0]!.provenance.date).toMatchObject({ source: "text", readoutId: "cn" });
    }
    const alone = buildDataset([{ id: "ru", raw: UNDATED_RUSSIAN, publishedOn: "2022-05-02" }]).dataset;
    expect(alone.meetings[0]!.datePrecision).toBe("on-or-before");
  });

  it("joins an account dated by its publication day to the account of the day before (the day-after page)", () => {
    for (const dataset of builtInBothOrders("2022-05-03")) {
      expect(dataset.meetings).toHaveLength(1);
      const [meeting] = dataset.meetings;
      expect(meeting!.date).toBe("2022-05-02");
      expect(meeting!.datePrecision).toBeUndefined();
      expect(meeting!.id).toBe("2022-05-02-xi-jinping-vladimir-putin");
      expect([...meeting!.readoutIds].sort()).toEqual(["cn", "ru"]);
    }
    // Published days later, it may be another meeting of the pair: kept apart.
    const later = buildDataset([
      { id: "cn", raw: CHINESE },
      { id: "ru", raw: UNDATED_RUSSIAN, publishedOn: "2022-05-05" },
    ]).dataset;
    expect(later.meetings).toHaveLength(2);
  });

  it("joins the same accounts in the library's merge as in the build, either one bundled", () => {
    const cn = { id: "cn", raw: CHINESE };
    for (const publishedOn of ["2022-05-02", "2022-05-03", "2022-05-05"]) {
      const ru = { id: "ru", raw: UNDATED_RUSSIAN, publishedOn };
      const built = buildDataset([cn, ru]).dataset.meetings;
      const told = (meetings: typeof built) =>
        meetings.map((m) => [m.date, m.datePrecision, m.readoutIds.sort()]);
      for (const [base, library] of [
        [cn, ru],
        [ru, cn],
      ])
        expect(
          told(mergeDatasets(buildDataset([base!]).dataset, [buildDataset([library!]).dataset]).meetings),
        ).toEqual(told(built));
    }
  });
});
