/**
 * Stage 8, merge and validate: extracts every readout (an unusable one is reported and skipped,
 * the rest kept), merges accounts of the same meeting (domain/same-meeting: same principals, same
 * day or a day-after page) into one meeting with several readoutIds, and returns a Dataset that
 * has passed the zod schema.
 */
import { z } from "zod";
import { datasetSchema, SCHEMA_VERSION, type Dataset, type Meeting } from "../domain/schema";
import { actorIdsNamedBy, topicIdsNamedBy } from "../domain/named-ids";
import { findSameMeeting, firmerDate, meetingKey } from "../domain/same-meeting";
import { toDatasetActors } from "./actors/dataset-actors";
import type { IntroducedPerson } from "./actors/types";
import {
  extractReadout,
  ExtractionError,
  type ExtractedReadout,
  type ExtractOptions,
} from "./extract-readout";
import { TOPICS } from "./topics/topic-matcher";
import type { ReadoutInput } from "./types";

export interface BuildResult {
  dataset: Dataset;
  extracted: ExtractedReadout[];
  /** One line per readout that could not be used: which file, and what is wrong. */
  errors: string[];
  warnings: string[];
}

// The order of String#localeCompare (the default locale's collation) from one collator made once:
// localeCompare sets up the same comparison on every call, several times slower over a large build.
const { compare } = new Intl.Collator();

function mergeInto(target: Meeting, other: Meeting): void {
  target.readoutIds.push(...other.readoutIds.filter((id) => !target.readoutIds.includes(id)));
  target.statements.push(...other.statements);
  target.topics = [...new Set([...target.topics, ...other.topics])];
  for (const side of other.sides) {
    const mine = target.sides.find((s) => s.party === side.party);
    if (!mine) target.sides.push({ ...side, attendees: [...side.attendees] });
    else mine.attendees.push(...side.attendees.filter((id) => !mine.attendees.includes(id)));
  }
  target.location ??= other.location;
  target.setting ??= other.setting;
  const dated = firmerDate(target, other);
  if (dated !== target) {
    delete target.datePrecision;
    target.date = dated.date;
    target.provenance = dated.provenance;
  }
  // An account whose sentence states the meeting makes it more than inferred (ADR 015).
  if (!other.provenance.meeting) delete target.provenance.meeting;
}

/**
 * Accounts of the same meeting (`sameMeeting`, shared with the library's merge) merge into one
 * meeting: same principals, and the same day, or an account dated only by its publication day with
 * the pair's meeting of the day before. The suffix -2, -3 … only separates different pairs whose
 * names give the same slug.
 */
function mergeMeetings(meetings: Meeting[]): Meeting[] {
  const byKey = new Map<string, Meeting>();
  for (const meeting of meetings) {
    const key = meetingKey(meeting);
    const existing = byKey.get(key);
    if (existing) mergeInto(existing, meeting);
    // Copy what merging mutates, so the per-readout results stay as extracted.
    else
      byKey.set(key, {
        ...meeting,
        readoutIds: [...meeting.readoutIds],
        statements: [...meeting.statements],
        sides: meeting.sides.map((s) => ({ ...s, attendees: [...s.attendees] })),
        provenance: { ...meeting.provenance },
      });
  }
  // Same-day accounts first (whatever their order), so a bound account of D that has the pair's
  // meeting of D stays with it. Then a bound one still alone joins the pair's meeting of D-1, which
  // gives the day and keeps its id (ADR 013).
  for (const [key, bound] of byKey) {
    if (!bound.datePrecision) continue;
    const firm = findSameMeeting(bound, byKey);
    if (!firm) continue;
    mergeInto(firm, bound);
    byKey.delete(key);
  }
  const merged = [...byKey.values()].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  const seen = new Map<string, number>();
  for (const meeting of merged) {
    const count = (seen.get(meeting.id) ?? 0) + 1;
    seen.set(meeting.id, count);
    if (count > 1) meeting.id = `${meeting.id}-${count}`;
  }
  const topicOrder = new Map(TOPICS.map((t, i) => [t.id, i]));
  for (const meeting of merged)
    meeting.topics.sort((a, b) => (topicOrder.get(a) ?? 0) - (topicOrder.get(b) ?? 0));
  return merged;
}

/** Assembles (and validates with the zod schema) a Dataset from extracted readouts; throws when invalid. */
function assembleDataset(extracted: readonly ExtractedReadout[]): Dataset {
  const meetings = mergeMeetings(extracted.flatMap((e) => e.meetings.map((m) => m.meeting)));
  const actorIds = actorIdsNamedBy(meetings);
  const introduced: IntroducedPerson[] = extracted.flatMap((e) => e.introduced);
  const usedTopics = topicIdsNamedBy(meetings);
  const readoutIds = new Set(meetings.flatMap((m) => m.readoutIds));
  return datasetSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    actors: toDatasetActors(actorIds, introduced).sort((a, b) => compare(a.id, b.id)),
    topics: TOPICS.filter((t) => usedTopics.has(t.id)).map(({ id, label, group }) => ({ id, label, group })),
    readouts: extracted
      .map((e) => e.readout)
      .filter((r) => readoutIds.has(r.id))
      .sort((a, b) => compare(a.id, b.id)),
    meetings,
  });
}

function describeFailure(error: unknown): string {
  if (error instanceof z.ZodError)
    return error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
  return error instanceof Error ? error.message : String(error);
}

export function buildDataset(inputs: readonly ReadoutInput[], options: ExtractOptions = {}): BuildResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const extracted: ExtractedReadout[] = [];
  for (const input of inputs) {
    try {
      const result = extractReadout(input, options);
      extracted.push(result);
      warnings.push(...result.warnings.map((w) => `${input.id}: ${w}`));
    } catch (error) {
      if (error instanceof ExtractionError) errors.push(error.message);
      else
        errors.push(
          `${input.id}: extraction failed unexpectedly (${describeFailure(error)}); please report this readout.`,
        );
    }
  }
  try {
    return { dataset: assembleDataset(extracted), extracted, errors, warnings };
  } catch {
    // Something extracted is invalid: find which readouts, report and skip them, keep the rest.
    const valid = extracted.filter((result) => {
      try {
        assembleDataset([result]);
        return true;
      } catch (error) {
        errors.push(
          `${result.readout.id}: the extracted data is invalid (${describeFailure(error)}); please report this readout.`,
        );
        return false;
      }
    });
    return { dataset: assembleDataset(valid), extracted: valid, errors, warnings };
  }
}
