/** Messages between the page and the formulation worker. */
import type { Formulation } from "../domain/formulations";
import type { ReadoutDetail } from "../domain/index-schema";
import type { TrackedPhrase } from "../domain/phrase-uses";
import type { FormulationActor, FormulationMeeting } from "./formulation-engine";

export type FormulationRequest =
  | {
      kind: "index";
      shardUrls: string[];
      meetings: FormulationMeeting[];
      actors: FormulationActor[];
      local: ReadoutDetail[];
    }
  | { kind: "formulations"; id: number }
  | { kind: "track"; id: number; phrase: string };

export type FormulationAnswer =
  | { kind: "formulations"; formulations: Formulation[]; minedInMs: number }
  | { kind: "track"; tracked: TrackedPhrase | null };

export type FormulationResponse =
  | { kind: "result"; id: number; answer: FormulationAnswer }
  | { kind: "failed"; id?: number; message: string };
