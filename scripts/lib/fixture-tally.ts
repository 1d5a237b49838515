/**
 * Checks made-up readouts against what a reader finds in them (tests/fixtures/world-expectations.ts):
 * meetings with date, format, principals and city, attendees, furniture that must not become a
 * statement, the headline and publisher where given, and the speaker of each probed sentence. Used by the unit test and by
 * `npm run extract:tally`, which prints the figures.
 */
import { join } from "node:path";
import type { Meeting } from "../../src/domain/schema";
import { buildDataset } from "../../src/pipeline/build-dataset";
import type { Expectation } from "../../tests/fixtures/world-expectations";
import { loadSources, readReadout } from "./corpus";

export interface FixtureResult {
  file: string;
  refused?: string;
  /** Failed checks, each a line saying what was expected and what came out. */
  misses: string[];
  facts: { checked: number; right: number };
  speakers: { checked: number; right: number };
}

function checkMeeting(meeting: Meeting | undefined, want: Expectation["meetings"][number]): string[] {
  if (!meeting) return [`no meeting of ${want.principals.join(" and ")}`];
  const misses: string[] = [];
  const principals = meeting.sides.map((s) => s.principal);
  if (meeting.date !== want.date) misses.push(`date ${meeting.date}, expected ${want.date}`);
  else if ((meeting.datePrecision === "on-or-before") !== (want.onOrBefore ?? false))
    misses.push(
      `date ${meeting.datePrecision ?? "the day"}, expected ${want.onOrBefore ? "on-or-before" : "the day"}`,
    );
  if (meeting.format !== want.format) misses.push(`format ${meeting.format}, expected ${want.format}`);
  if (principals.join("+") !== want.principals.join("+"))
    misses.push(`principals ${principals.join("+")}, expected ${want.principals.join("+")}`);
  else if (want.counterpart !== undefined && meeting.counterpart !== want.counterpart)
    misses.push(`principals of ${meeting.counterpart}, expected of ${want.counterpart}`);
  if ((meeting.location?.city ?? undefined) !== want.city)
    misses.push(`city ${meeting.location?.city ?? "none"}, expected ${want.city ?? "none"}`);
  const attendees = meeting.sides.flatMap((s) => s.attendees).sort();
  if (want.attendees && attendees.join(",") !== [...want.attendees].sort().join(","))
    misses.push(`attendees ${attendees.join(",") || "none"}, expected ${want.attendees.join(",")}`);
  return misses;
}

/** Runs each expectation's file through the pipeline and compares. */
export function tallyFixtures(dir: string, expectations: readonly Expectation[]): FixtureResult[] {
  const sources = loadSources(dir);
  return expectations.map((want) => {
    const input = readReadout(join(dir, want.file), sources);
    const built = buildDataset([input]);
    const result: FixtureResult = {
      file: want.file,
      misses: [],
      facts: { checked: want.meetings.length * 4, right: 0 },
      speakers: { checked: want.speakers.length, right: 0 },
    };
    if (built.errors.length > 0) {
      result.refused = built.errors.join("; ");
      result.misses.push(`refused: ${result.refused}`);
      return result;
    }
    const { meetings } = built.dataset;
    const readout = built.dataset.readouts[0];
    if (want.title !== undefined && readout?.title !== want.title)
      result.misses.push(`title "${readout?.title}", expected "${want.title}"`);
    if (want.publisher !== undefined && readout?.publisher !== want.publisher)
      result.misses.push(`publisher ${readout?.publisher}, expected ${want.publisher}`);
    if (meetings.length !== want.meetings.length)
      result.misses.push(`${meetings.length} meetings, expected ${want.meetings.length}`);
    for (const wanted of want.meetings) {
      const meeting = meetings.find((m) => m.sides[1]?.principal === wanted.principals[1]) ?? meetings[0];
      const misses = checkMeeting(meeting, wanted);
      result.misses.push(...misses);
      const factMisses = misses.filter((m) => /^(?:date|format|principals|city|no meeting)/.test(m));
      result.facts.right += 4 - Math.min(4, factMisses.length * (factMisses[0]?.startsWith("no") ? 4 : 1));
    }
    const attendees = new Set(meetings.flatMap((m) => m.sides.flatMap((s) => s.attendees)));
    for (const id of want.notAttendees ?? [])
      if (attendees.has(id)) result.misses.push(`${id} listed as an attendee`);
    const statements = meetings.flatMap((m) => m.statements);
    for (const fragment of want.notStatements ?? [])
      if (statements.some((s) => s.text.includes(fragment)))
        result.misses.push(`furniture "${fragment}" became a statement`);
    for (const [fragment, speaker] of want.speakers) {
      const statement = statements.find((s) => s.text.includes(fragment));
      if (statement?.speaker === speaker) result.speakers.right += 1;
      else
        result.misses.push(
          `"${fragment}": ${statement ? `${statement.speaker} (${statement.speakerRule ?? "?"})` : "no statement"}, expected ${speaker}`,
        );
    }
    return result;
  });
}

const percent = (right: number, checked: number) =>
  checked === 0 ? "–" : `${((100 * right) / checked).toFixed(1)} %`;

/** The tally as text: one line per file with its misses, then totals. */
export function formatTally(results: readonly FixtureResult[]): string {
  const lines: string[] = [];
  let facts = { checked: 0, right: 0 };
  let speakers = { checked: 0, right: 0 };
  for (const r of results) {
    facts = { checked: facts.checked + r.facts.checked, right: facts.right + r.facts.right };
    speakers = { checked: speakers.checked + r.speakers.checked, right: speakers.right + r.speakers.right };
    lines.push(
      `${r.misses.length === 0 ? "ok  " : "MISS"} ${r.file.padEnd(34)} speakers ${r.speakers.right}/${r.speakers.checked}`,
    );
    for (const miss of r.misses) lines.push(`       - ${miss}`);
  }
  const refused = results.filter((r) => r.refused).length;
  lines.push(
    `Totals: ${results.length} files, ${refused} refused; facts (date, format, principals, city) ${facts.right}/${facts.checked} (${percent(facts.right, facts.checked)}); speakers ${speakers.right}/${speakers.checked} (${percent(speakers.right, speakers.checked)})`,
  );
  return lines.join("\n");
}
