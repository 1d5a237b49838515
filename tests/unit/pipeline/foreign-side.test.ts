// Readouts published by the foreign side of a meeting (a foreign ministry's release, a minister's
// own page, a presidency's remarks): made-up texts in the styles those publishers write.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

function extract(raw: string) {
  const result = buildDataset([{ id: "t", raw }]);
  if (result.errors.length) throw new Error(result.errors.join("\n"));
  return result.dataset;
}

/** Speaker and rule of the statement containing `fragment`. */
function explain(raw: string): (fragment: string) => { speaker: string; rule: string | undefined } {
  const statements = extract(raw).meetings.flatMap((m) => m.statements);
  return (fragment) => {
    const s = statements.find((st) => st.text.includes(fragment));
    if (!s) throw new Error(`no statement contains "${fragment}"`);
    return { speaker: s.speaker, rule: s.speakerRule };
  };
}

const paragraphs = (...texts: string[]) => texts.join("\n\n");

describe("foreign-side readouts", () => {
  it("'This was the first … meeting between …' after a joint act is the publisher's background", () => {
    const who = explain(
      paragraphs(
        "Chilean Foreign Minister Ana Rojas Peralta and her Chinese counterpart Wang Yi on 3 June 2022 agreed to resume direct flights. At a meeting in Santiago, the two ministers had a long exchange of views on trade. This was the first high-level meeting between the two sides after the new government took office in Chile.",
      ),
    );
    expect(who("This was the first high-level meeting").speaker).toBe("narrator");
    expect(who("the two ministers had a long exchange").speaker).toBe("joint");
  });
});
