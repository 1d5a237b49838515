/** What a speaker rule reads about a sentence, and what it decides. */
import type { Reference } from "../references";
import type { Sentence } from "../types";
import type { Speaker, TrackerState } from "./state";

export interface RuleInput {
  sentence: Sentence;
  text: string;
  refs: Reference[];
  /** References that can speak: people, roles, pronouns and sides with a party. */
  people: Reference[];
  newParagraph: boolean;
  attendance: boolean;
  principals: ReadonlySet<string>;
  principalByParty?: ReadonlyMap<string, string>;
  state: TrackerState;
  /** A reference's offsets inside the sentence text. */
  rel(ref: Reference): { start: number; end: number };
}

export interface Decision {
  speaker: Speaker;
  verb?: string;
}

export interface Rule {
  name: string;
  /** What the rule recognises, in a phrase (printed by `--explain`). */
  reads: string;
  decide(input: RuleInput): Decision | undefined;
}
