import { describe, expect, it } from "vitest";
import { DatasetError, parseDataset } from "../../../src/domain/parse-dataset";
import sample from "../../fixtures/dataset.sample.json";

describe("parseDataset", () => {
  it("accepts the sample dataset", () => {
    expect(parseDataset(JSON.stringify(sample)).meetings).toHaveLength(3);
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    [
      "another schema version",
      JSON.stringify({ ...sample, schemaVersion: 2 }),
      /schemaVersion 2; this version of Readout Atlas reads schemaVersion 1/,
    ],
    [
      "a statement whose span does not hold its text",
      JSON.stringify({
        ...sample,
        meetings: [
          { ...sample.meetings[0], statements: [{ ...sample.meetings[0]!.statements[0], span: [0, 3] }] },
        ],
      }),
      /span \[0, 3\] does not hold the statement text/,
    ],
    [
      "a readout link that is not http(s)",
      JSON.stringify({
        ...sample,
        readouts: sample.readouts.map((r, i) => (i === 0 ? { ...r, url: "javascript:alert(1)" } : r)),
      }),
      /expected an http\(s\) URL/,
    ],
  ])("rejects %s and says where", (_label, body, message) => {
    expect(() => parseDataset(body, "dataset.json")).toThrow(DatasetError);
    expect(() => parseDataset(body, "dataset.json")).toThrow(message);
  });
});
