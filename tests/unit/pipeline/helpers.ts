import { buildDataset } from "../../../src/pipeline/build-dataset";
import type { Meeting, Statement } from "../../../src/domain/schema";

/** Runs the whole pipeline on one made-up text and returns its meetings (failing on errors). */
export function meetingsOf(raw: string, publishedOn?: string): Meeting[] {
  const result = buildDataset([{ id: "t", raw, ...(publishedOn ? { publishedOn } : {}) }]);
  if (result.errors.length) throw new Error(result.errors.join("\n"));
  return result.dataset.meetings;
}

/** Who the pipeline says spoke the first statement, in these meetings, that contains `fragment`. */
export function speakerIn(meetings: readonly Meeting[], fragment: string): string {
  const statement = meetings.flatMap((m) => m.statements).find((s) => s.text.includes(fragment));
  if (!statement) throw new Error(`no statement contains "${fragment}"`);
  return statement.speaker;
}

/** A finder of the statement, in the made-up readout `raw`, that contains a fragment (failing when none does). */
export function statementWith(raw: string): (fragment: string) => Statement {
  const statements = meetingsOf(raw).flatMap((m) => m.statements);
  return (fragment) => {
    const statement = statements.find((s) => s.text.includes(fragment));
    if (!statement) throw new Error(`no statement contains "${fragment}"`);
    return statement;
  };
}
