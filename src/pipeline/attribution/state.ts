/** What the attribution rules remember across the sentences of one readout. */
import { NARRATOR } from "../../domain/schema";
import type { Reference } from "../references";

export type Speaker = string; // actor id | JOINT | NARRATOR

export interface TrackerState {
  lastSpeaker: Speaker;
  lastPerson: string | undefined;
  lastParagraph: number;
  /** An open quotation continues its speaker until it closes. */
  quote: { speaker: string; verb?: string; depth: number } | undefined;
  /** "Xi asserted:" opens a quotation in the next paragraph. */
  pendingQuote: { speaker: string; verb?: string } | undefined;
  /** The speaker of the current transcript label ("Vladimir Putin: …"). */
  labelSpeaker: string | undefined;
}

export function initialState(): TrackerState {
  return {
    lastSpeaker: NARRATOR,
    lastPerson: undefined,
    lastParagraph: -1,
    quote: undefined,
    pendingQuote: undefined,
    labelSpeaker: undefined,
  };
}

/** Whom a reference names: a pronoun the last person, a side its principal in this meeting. */
export function resolveReference(
  state: TrackerState,
  ref: Reference,
  principalByParty?: ReadonlyMap<string, string>,
): string | undefined {
  if (ref.kind === "pronoun") return state.lastPerson;
  // "The Russian side expressed …" is the position of Russia's principal in this meeting.
  if (ref.kind === "side" && ref.actorId) return principalByParty?.get(ref.actorId) ?? ref.actorId;
  return ref.actorId;
}
