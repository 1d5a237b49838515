/** What the attribution rules remember across the sentences of one readout. */
import { NARRATOR } from "../../domain/schema";
import type { Reference } from "../references";

export type Speaker = string; // actor id | JOINT | NARRATOR

export interface TrackerState {
  lastSpeaker: Speaker;
  lastPerson: string | undefined;
  lastParagraph: number;
  /** Who spoke the current paragraph's first sentence: a proposal after a joint act in it goes on in that voice. */
  paragraphSpeaker?: Speaker;
  /**
   * An open quotation continues its speaker until it closes; one a lead announced ("M made the
   * following statement:") runs on across paragraphs that open with no mark of their own.
   */
  quote: { speaker: string; verb?: string; depth: number; announced?: boolean } | undefined;
  /** "Xi asserted:" opens a quotation in the next paragraph. */
  pendingQuote: { speaker: string; verb?: string } | undefined;
  /** The speaker of the current transcript label ("Vladimir Putin: …"). */
  labelSpeaker: string | undefined;
  /** Whose points follow "The overview of M's remarks is as follows." until the next heading. */
  overviewSpeaker?: string;
  /** The points of a lead inside a numbered item ("(1) M stated the following:") end at the next such item. */
  overviewEndsAtItem?: boolean;
  /** The principal whose side's people the sentence before listed ("A and B accompanied the President"). */
  listedSide?: string;
  /** The person whose quotation the last quoted sentence was, and its paragraph. */
  lastQuoted: { speaker: string; verb?: string; paragraph: number } | undefined;
}

export function initialState(): TrackerState {
  return {
    lastSpeaker: NARRATOR,
    lastPerson: undefined,
    lastParagraph: -1,
    quote: undefined,
    pendingQuote: undefined,
    labelSpeaker: undefined,
    lastQuoted: undefined,
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

/** Opening minus closing quotation marks in a sentence (an odd straight quote opens when the sentence starts with one). */
export function countQuoteBalance(text: string): number {
  let curlyOpen = 0;
  let curlyClose = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") curlyOpen += 1;
    else if (ch === "”") curlyClose += 1;
    else if (ch === '"') straight += 1;
  }
  return curlyOpen - curlyClose + (straight % 2 === 1 ? (text.trimStart().startsWith('"') ? 1 : -1) : 0);
}
