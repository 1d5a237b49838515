/**
 * Stage 8, merge and validate: extracts every readout (an unusable one is reported and skipped,
 * the rest kept), merges accounts of the same meeting (same day, same principals) into one
 * meeting with several readoutIds, and returns a Dataset that has passed the zod schema.
 */
import { z } from "zod";
import { datasetSchema, SCHEMA_VERSION, type Dataset, type Meeting } from "../domain/schema";
import { actorIdsNamedBy, topicIdsNamedBy } from "../domain/named-ids";
import { firmerDate } from "../domain/merge-datasets";
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
    target.provenance = dated.provenance;
  }
}

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Accounts of the same meeting (same day, same principals) merge into one meeting. Two meetings of
 * one pair on one day therefore merge too (the readouts give no reliable way to tell them apart),
 * and so does an account dated only by its publication day with the pair's meeting of the day before;
 * the suffix -2, -3 … only separates different pairs whose names give the same slug.
 */
function mergeMeetings(meetings: Meeting[]): Meeting[] {
  const byKey = new Map<string, Meeting>();
  const keyOn = (date: string, meeting: Meeting) =>
    `${date}|${meeting.sides
      .map((s) => s.principal)
      .sort()
      .join("+")}`;
  for (const meeting of meetings) {
    const key = keyOn(meeting.date, meeting);
    const existing = byKey.get(key);
    if (existing) mergeInto(existing, meeting);
    // Copy what merging mutates, so the per-readout results stay as extracted.
    else
      byKey.set(key, {
        ...meeting,
        readoutIds: [...meeting.readoutIds],
        statements: [...meeting.statements],
        sides: meeting.sides.map((s) => ({ ...s, attendees: [...s.attendees] })),
      });
  }
  // An account dated only by its publication day (ADR 013) joins the pair's account dated the day
  // before: a page often appears the day after the meeting (a wire's filing, a time zone).
  for (const [key, bound] of byKey) {
    if (bound.datePrecision !== "on-or-before") continue;
    const firm = byKey.get(keyOn(dayBefore(bound.date), bound));
    if (!firm || firm.datePrecision) continue;
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
