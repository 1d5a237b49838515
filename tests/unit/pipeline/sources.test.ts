import { describe, expect, it } from "vitest";
import { parseSources } from "../../../src/pipeline/sources";

describe("sources.json", () => {
  it("reads entries keyed by file name", () => {
    const sources = parseSources(
      JSON.stringify({
        readouts: { a: { publisher: "P", perspective: "china", reason: "The page template says so." } },
      }),
    );
    expect(sources.get("a")).toMatchObject({ publisher: "P", perspective: "china" });
  });

  it.each([
    ["{", /not valid JSON/],
    [
      JSON.stringify({ readouts: { a: { publisher: "P", perspective: "state", reason: "Because it is." } } }),
      /readouts\.a\.perspective/,
    ],
    [
      JSON.stringify({
        readouts: {
          a: {
            publisher: "P",
            perspective: "china",
            reason: "Because it is.",
            curated: { year: { value: 2014 } },
          },
        },
      }),
      /readouts\.a\.curated\.year\.reason/,
    ],
    [JSON.stringify({ readouts: { a: { publisher: "P", perspective: "china" } } }), /readouts\.a\.reason/],
  ])("names what is wrong in %s", (body, message) => {
    expect(() => parseSources(body)).toThrow(message);
  });
});
