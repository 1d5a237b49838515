// Made-up readout: "The two sides engaged in in-depth exchanges …" (Xinhua's wording) is a joint act.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

describe("the two sides engaged in exchanges", () => {
  it("is joint", () => {
    const raw = [
      "On May 17, 2018, Estonian President Aron Mensor met with Vice Premier Liu He in Tallinn.",
      "Liu said the two sides should meet each other halfway.",
      "The two sides engaged in deep-going exchanges of ideas on trade ties in the meeting.",
    ].join("\n\n");
    const result = buildDataset([{ id: "t", raw }]);
    const s = result.dataset.meetings
      .flatMap((m) => m.statements)
      .find((st) => st.text.includes("engaged in"));
    expect(s?.speaker).toBe("joint");
  });
});
