/** Intermediate shapes passed between pipeline stages. The output shapes live in src/domain/schema.ts. */
import type { Perspective } from "../domain/schema";

/** A curated fact: only for what the readout's text does not contain, always with its reason. */
export interface CuratedFact<T> {
  value: T;
  reason: string;
}

/** What sources.json knows about one readout file (publisher metadata and curated facts). */
export interface ReadoutSourceMeta {
  title?: string;
  publisher?: string;
  perspective?: Perspective;
  publishedOn?: string;
  url?: string;
  /** Why the publisher/perspective attribution is what it is (the text rarely names its site). */
  reason?: string;
  curated?: {
    /** The year of the meeting when the text gives only a day and month and no publication stamp. */
    year?: CuratedFact<number>;
  };
}

/** One readout to extract: its id (the file name without extension), raw text and known metadata. */
export interface ReadoutInput {
  id: string;
  raw: string;
  meta?: ReadoutSourceMeta;
  /** A publication date supplied by the caller (CLI --published), used when the text has none. */
  publishedOn?: string;
}

export type Span = [number, number];

/** Result of the clean stage: the text every span indexes into, plus metadata lifted out of furniture. */
export interface CleanedReadout {
  text: string;
  title?: string;
  /** YYYY-MM-DD from a publication stamp ("Updated 14:35, 31-Dec-2022", "2024-05-17 02:14"). */
  publishedOn?: string;
  /** Set when a place line stands over the date line ("Beijing, China" / "December 5, 2017"): the page's when and where, the event's own. */
  placeOverDate?: true;
  /**
   * On a page of several releases, each under its own stamp, where each stamp stands (the offset in
   * `text` of the first paragraph after it) and its day; absent when the page's stamps give one day.
   */
  releaseStamps?: { day: string; at: number }[];
  /** YYYY-MM-DD the dateline names ("BEIJING, May 24 (Xinhua) --"): the filing day, which relative days refer to. */
  filedOn?: string;
  /** The dateline kept at the head of the first paragraph ("Sept. 24, 2020 (EIRNS)—"), excluded from statements. */
  dateline?: { span: Span; agency?: string; place?: string };
  /** Credits such as "With input from Xinhua" or "Source: Xinhua". */
  credits: string[];
  /** Lines dropped as site furniture, for the extract summary. */
  removed: string[];
  /** Photo captions among them ("Xi (R) meets …, May 2, 2024. (Xinhua/Name)"): never statements, a date only as a last resort. */
  captions?: string[];
  /** Paragraph spans in `text`, with a flag for headings (short lines without final punctuation). */
  paragraphs: { span: Span; heading: boolean }[];
}

export interface Sentence {
  index: number;
  paragraph: number;
  span: Span;
  text: string;
  heading: boolean;
}

export interface StageTimings {
  [stage: string]: number;
}
