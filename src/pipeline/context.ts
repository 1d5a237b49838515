/**
 * The per-readout context the stages (src/pipeline/stages.ts) read and fill in, in order. Each field
 * is set by exactly one stage and read by later ones, so nothing is computed twice.
 */
import type { Meeting, Readout, Statement } from "../domain/schema";
import type { MeetingDraft, MeetingSplit, SentenceRefs } from "./meetings";
import type { ReadoutReferences } from "./references";
import type { HouseStyles } from "./styles/house-styles";
import type { CleanedReadout, ReadoutInput, Sentence } from "./types";

export interface ExtractedMeeting {
  meeting: Meeting;
  /** How the date was found, for the extract summary. */
  dateHow: string;
}

export interface ReadoutContext {
  readonly input: ReadoutInput;
  readonly styles: HouseStyles;
  readonly warnings: string[];
  /** clean: the text every span indexes, and what was lifted out of the furniture. */
  cleaned?: CleanedReadout;
  /** clean: the day relative dates resolve against (stamp, else the caller's publication date, else the URL's date). */
  reference?: string;
  /** clean: where the reference date came from when it is not the text's own stamp ("the readout's URL"). */
  referenceFrom?: string;
  /** segment */
  sentences?: Sentence[];
  /** publisher: the readout record (publisher, perspective, title, cleaned text). */
  readout?: Readout;
  /** publisher: the government whose own page this is (its house style's party), if known. */
  homeParty?: string;
  /** references: every name, role, side and pronoun, found once for the whole text. */
  references?: ReadoutReferences;
  /** references: each non-heading sentence with the references inside it. */
  items?: SentenceRefs[];
  /** meetings */
  split?: MeetingSplit;
  /** attendance: actor ids an attendance sentence lists, by sentence index. */
  present?: Map<number, string[]>;
  /** attendance: each meeting's attendees other than its principals. */
  attendees?: Map<MeetingDraft, string[]>;
  /** statements: each meeting's statements. */
  statements?: Map<MeetingDraft, Statement[]>;
  /** facts: the meetings with date, format and place, in dataset shape. */
  meetings?: ExtractedMeeting[];
}

/** A field an earlier stage should have set; its absence is a bug in the stage order. */
export function need<T>(value: T | undefined, field: string, stage: string): T {
  if (value === undefined)
    throw new Error(`pipeline: stage "${stage}" needs "${field}", which no earlier stage set`);
  return value;
}
