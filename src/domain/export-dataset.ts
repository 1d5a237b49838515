/**
 * Export and import of datasets (issue 9): the filtered meetings as a Dataset valid against
 * dataset.schema.json, and a Dataset file (an export, or `npm run extract -- DIR --json`) split back
 * into library entries, one per readout, so that merging them restores exactly what was exported.
 */
import { actorIdsNamedBy, topicIdsNamedBy } from "./named-ids";
import type { Dataset, Meeting, Readout } from "./schema";

/** A self-contained Dataset of these meetings: only the readouts, actors and topics they name, in dataset order. */
export function exportMeetings(dataset: Dataset, meetings: readonly Meeting[]): Dataset {
  const readoutIds = new Set(meetings.flatMap((m) => m.readoutIds));
  const actorIds = actorIdsNamedBy(meetings);
  const topicIds = topicIdsNamedBy(meetings);
  const wanted = new Set(meetings.map((m) => m.id));
  return {
    schemaVersion: dataset.schemaVersion,
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    topics: dataset.topics.filter((t) => topicIds.has(t.id)),
    readouts: dataset.readouts.filter((r) => readoutIds.has(r.id)),
    meetings: dataset.meetings.filter((m) => wanted.has(m.id)),
  };
}

/** One readout's share of a dataset: its meetings, each keeping only that readout's account. */
export function readoutFragment(dataset: Dataset, readout: Readout): Dataset {
  const meetings = dataset.meetings
    .filter((m) => m.readoutIds.includes(readout.id))
    .map((m) => ({
      ...m,
      readoutIds: [readout.id],
      statements: m.statements.filter((s) => s.readoutId === readout.id),
    }));
  return { ...exportMeetings({ ...dataset, readouts: [readout] }, meetings), meetings };
}

export interface ImportPlan {
  /** New readouts, in the file's order (the order they merge in), each as its own fragment. */
  fragments: Dataset[];
  /** Titles of readouts left out because the atlas holds them already, with the same text. */
  present: string[];
  /** Readouts that cannot be imported, each with the reason: a different text under a known id, or no meeting. */
  skipped: string[];
}

/** How a readout is named to the user: its title, else where it came from (never its internal id). */
const named = (readout: Readout) => `“${readout.title || readout.publisher}”`;

/**
 * Splits an imported Dataset into one fragment per readout that is not present yet. `present`
 * maps the readout ids already shown (bundled and library) to their text.
 */
export function planImport(dataset: Dataset, present: ReadonlyMap<string, string>): ImportPlan {
  const plan: ImportPlan = { fragments: [], present: [], skipped: [] };
  for (const readout of dataset.readouts) {
    const known = present.get(readout.id);
    if (known === readout.text) plan.present.push(named(readout));
    else if (known !== undefined)
      plan.skipped.push(
        `${named(readout)}: a different readout with its id is already in the atlas; remove that one first to import this.`,
      );
    else if (dataset.meetings.some((m) => m.readoutIds.includes(readout.id)))
      plan.fragments.push(readoutFragment(dataset, readout));
    else plan.skipped.push(`${named(readout)} belongs to no meeting in the file.`);
  }
  return plan;
}
