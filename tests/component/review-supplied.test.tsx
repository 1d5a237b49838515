// @vitest-environment jsdom
// The review (Add readouts, and Library → Edit) says what the user supplied in the words its fields
// use: a date as a day, a perspective by its label, a speaker by name, never the stored slugs.
import { render, screen } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReviewItem } from "../../src/features/import/review-item";
import { fragmentArbitrary } from "../fixtures/library-fragments";

describe("ReviewItem's summary of what was supplied", () => {
  it("names fields and values in words", () => {
    const [dataset] = fc.sample(fragmentArbitrary("yours-1"), { seed: 3, numRuns: 1 });
    const statement = dataset!.meetings[0]!.statements[0]!;
    const note = "From the made-up page";
    render(
      <ReviewItem
        dataset={dataset!}
        dateHow={{}}
        warnings={[]}
        supplied={[
          { field: "publishedOn", value: "2019-10-10", note },
          { field: "perspective", value: "counterpart", note },
          { field: "url", value: "https://example.org/made-up", note },
          { field: "speaker", target: statement.id, value: "wang-yi", note },
        ]}
        origin="pasted text"
        saveLabel="Save changes"
        onSave={async () => undefined}
        onDiscard={() => {}}
      />,
    );
    expect(screen.getByText(/^You supplied:/)).toHaveTextContent(
      "You supplied: publication date 10 October 2019; perspective Counterpart's government; URL https://example.org/made-up; a statement's speaker Wang Yi (curated: “From the made-up page”)",
    );
  });
});
