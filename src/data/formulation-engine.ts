/**
 * The formulation tracker's engine (issue 13), run in a worker (and in the page where no Worker
 * exists, as in jsdom): loads every detail shard, rebuilds each meeting's statements, mines the
 * recurring phrases once (domain/formulations) and answers "where is this phrase used".
 */
import type { ReadoutDetail } from "../domain/index-schema";
import type { DetailShard } from "../domain/index-schema";
import type { StreamPart } from "../domain/formulation-stream";
import {
  mineFormulations,
  mineFormulationsInTwo,
  type Formulation,
  type PartRequest,
} from "../domain/formulations";
import { trackPhrase, type TrackedPhrase } from "../domain/phrase-uses";
import type { Actor, Meeting } from "../domain/schema";
import { meetingStatements } from "../domain/split-dataset";

export type FormulationMeeting = Pick<Meeting, "id" | "date" | "readoutIds">;
export type FormulationActor = Pick<Actor, "kind" | "name" | "aliases">;
/** Runs domain/formulations `scanRequest` in a second thread (formulation-helper.ts). */
export type ScanElsewhere = (request: PartRequest) => Promise<StreamPart>;

export interface FormulationEngine {
  /** The recurring phrases, most widely used first, and how long mining took (ms). */
  formulations(): { formulations: Formulation[]; minedInMs: number };
  /**
   * The uses of a phrase (a mined one or any typed one); undefined when it has no searchable word.
   * A mined phrase keeps the meetings mining counted, so the list and the filter agree.
   */
  track(phrase: string): TrackedPhrase | undefined;
}

export async function createFormulationEngine(
  summaries: readonly FormulationMeeting[],
  actors: readonly FormulationActor[],
  details: readonly ReadoutDetail[],
  scanElsewhere?: ScanElsewhere,
): Promise<FormulationEngine> {
  const byReadout = new Map(details.map((d) => [d.readout.id, d]));
  const meetings = summaries.map(({ id, date, readoutIds }) => ({
    id,
    date,
    statements: meetingStatements({ id, readoutIds }, byReadout) ?? [],
  }));
  const started = performance.now();
  // Two threads mine the same phrases as one; should the second fail, this one mines alone.
  const mined = scanElsewhere
    ? await mineFormulationsInTwo({ meetings, actors }, scanElsewhere).catch(() =>
        mineFormulations({ meetings, actors }),
      )
    : mineFormulations({ meetings, actors });
  const minedInMs = performance.now() - started;
  const byPhrase = new Map(mined.map((f) => [f.phrase, f]));
  return {
    formulations: () => ({ formulations: mined, minedInMs }),
    track(phrase) {
      const tracked = trackPhrase(phrase, meetings);
      const known = tracked && byPhrase.get(tracked.phrase);
      if (!tracked || !known) return tracked;
      const kept = new Set(known.meetingIds);
      return { ...known, uses: tracked.uses.filter((use) => kept.has(use.meetingId)) };
    },
  };
}

/** Loads every shard, then mines (in the worker: off the main thread). */
export async function loadFormulationEngine(
  shards: readonly string[],
  loadShard: (shard: string) => Promise<DetailShard>,
  meetings: readonly FormulationMeeting[],
  actors: readonly FormulationActor[],
  local: readonly ReadoutDetail[],
  scanElsewhere?: ScanElsewhere,
): Promise<FormulationEngine> {
  const loaded = await Promise.all(shards.map(loadShard));
  const details = [...loaded.flatMap((s) => s.readouts), ...local];
  return createFormulationEngine(meetings, actors, details, scanElsewhere);
}
