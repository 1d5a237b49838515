/**
 * Full-text search by meeting (issues 4 and 13). A meeting matches only on the text it owns
 * (meeting-text.ts: its statements, plus the title and opening paragraph of a readout it shares),
 * so meetings that merely share a readout with a match are not found. A loose word that is a word
 * of the corpus matches that whole word; one that is not (still being typed, mistyped) matches by
 * prefix and forgives typos; "quoted phrases" match exactly, word for word. The index is built once per
 * dataset; each query is then a lookup, cheap enough to run on every keystroke. Pure data in and
 * out, so it can run in a worker.
 */
import MiniSearch from "minisearch";
import { distinctMarks, excerptAround } from "./excerpt";
import { meetingText, readoutTexts, type MeetingTextPiece, type ReadoutText } from "./meeting-text";
import type { Meeting } from "./schema";
import { foldedWords, isSearchable, isStopWord, normaliseTerm, parseQuery, WORD_SEPARATOR } from "./terms";

interface SearchDocument {
  id: string;
  text: string;
}

export interface SearchResult {
  /** Meetings whose own text contains every word and phrase of the query. */
  meetingIds: ReadonlySet<string>;
  /**
   * What matched, for highlighting: indexed words (normalised, after prefix and fuzzy expansion)
   * and each quoted phrase as its words joined by spaces (highlight() marks a phrase as a whole).
   */
  terms: string[];
}

/** Why a meeting matched: the words around the first match in the text it owns. */
export interface SearchExcerpt {
  text: string;
  readoutId: string;
  /** The matched piece's span in its readout (absent when the match is in the readout's title). */
  span?: [number, number];
}

export interface MeetingSearchIndex {
  /** Meetings matching every word and phrase of `query`; null when the query has nothing to search for. */
  search(query: string): SearchResult | null;
  /** The excerpt that shows why a meeting matched `terms` (a result's terms), or undefined. */
  excerpt(meetingId: string, terms: readonly string[]): SearchExcerpt | undefined;
}

export interface SearchInput {
  meetings: readonly Pick<Meeting, "id" | "readoutIds" | "statements">[];
  readouts: Iterable<ReadoutText>;
}

const MIN_PREFIX_LENGTH = 2;
const MIN_FUZZY_LENGTH = 5;
const FUZZINESS = 0.2;

function tokenize(text: string): string[] {
  return text.split(WORD_SEPARATOR);
}

/**
 * A sentence end inside a piece (a title or preamble holds several): punctuation after a small
 * letter, a digit or a closing bracket or quote, then a space or a line break. "U.S. and China"
 * keeps its phrase: a capital before the stop is an abbreviation more often than an ending.
 */
const SENTENCE_END = /(?<=[\p{Ll}\p{N})\]"'”’])[.!?;]+(?=\s|$)|\n+/u;

/**
 * " w1 w2 … " for each sentence of each piece, so a phrase is a substring search and never spans
 * two pieces or two sentences ("… fairness. And justice …" is not "fairness and justice").
 */
function foldedPieces(pieces: readonly MeetingTextPiece[]): string[] {
  return pieces.flatMap((piece) =>
    piece.text.split(SENTENCE_END).map((sentence) => ` ${foldedWords(sentence).join(" ")} `),
  );
}

/** Builds the index over every meeting's own text. */
export function buildSearchIndex(input: SearchInput): MeetingSearchIndex {
  const texts = readoutTexts(input.meetings, input.readouts);
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const piecesOf = (id: string) => {
    const meeting = meetings.get(id);
    return meeting ? meetingText(meeting, texts) : [];
  };
  const index = new MiniSearch<SearchDocument>({
    fields: ["text"],
    storeFields: [],
    tokenize,
    processTerm: normaliseTerm,
  });
  index.addAll(
    input.meetings.map((meeting) => ({
      id: meeting.id,
      text: piecesOf(meeting.id)
        .map((piece) => piece.text)
        .join("\n\n"),
    })),
  );

  // A word some readout holds whole ("Yi" of Wang Yi) is that word: read as a prefix too it would
  // find and mark "Yingtai". Only a fragment no readout holds (a word being typed, a typo) expands.
  const isWord = (term: string) => index.search(term, { prefix: false, fuzzy: false }).length > 0;
  const expands = (term: string, min: number) => term.length >= min && !isWord(term);

  /** Ids (and matched terms) of meetings with every one of `words`, or undefined when there are none to look up. */
  const lookUp = (words: readonly string[], loose: boolean) => {
    if (!words.some((word) => normaliseTerm(word) !== null)) return undefined;
    const hits = index.search(words.join(" "), {
      combineWith: "AND",
      prefix: loose ? (term) => expands(term, MIN_PREFIX_LENGTH) : false,
      fuzzy: loose ? (term) => (expands(term, MIN_FUZZY_LENGTH) ? FUZZINESS : false) : false,
    });
    return new Map(hits.map((hit) => [String(hit.id), hit.terms]));
  };

  return {
    search(query) {
      if (!isSearchable(query)) return null;
      const { words, phrases } = parseQuery(query);
      const wordHits = lookUp(words, true);
      let candidates: Set<string> | undefined = wordHits && new Set(wordHits.keys());
      for (const phrase of phrases) {
        const found = lookUp(
          phrase.filter((w) => !isStopWord(w)),
          false,
        );
        if (!found) continue;
        candidates = new Set([...(candidates ?? found.keys())].filter((id) => found.has(id)));
      }
      // A phrase of function words only ("of the") has nothing to look up: every meeting is a candidate.
      const pool = candidates ?? new Set(meetings.keys());
      const needles = phrases.map((phrase) => ` ${phrase.join(" ")} `);
      const meetingIds = new Set<string>();
      const terms = new Set<string>();
      for (const id of pool) {
        if (needles.length > 0) {
          const folded = foldedPieces(piecesOf(id));
          if (!needles.every((needle) => folded.some((piece) => piece.includes(needle)))) continue;
        }
        meetingIds.add(id);
        for (const term of wordHits?.get(id) ?? []) terms.add(term);
      }
      for (const phrase of phrases) if (meetingIds.size > 0) terms.add(phrase.join(" "));
      return { meetingIds, terms: [...terms] };
    },
    excerpt(meetingId, terms) {
      if (terms.length === 0) return undefined;
      const pieces = piecesOf(meetingId);
      // The body says more about why a meeting matched than its readout's title: titles last.
      const ordered = [
        ...pieces.filter((p) => p.kind !== "title"),
        ...pieces.filter((p) => p.kind === "title"),
      ];
      // The piece holding the most of the query's terms shows best why the meeting matched: for
      // "one-China principle", the sentence with both words, not the first one saying "China".
      let best: { piece: MeetingTextPiece; text: string; count: number } | undefined;
      for (const piece of ordered) {
        const text = excerptAround(piece.text, terms);
        if (text === undefined) continue;
        const count = distinctMarks(piece.text, terms);
        if (!best || count > best.count) best = { piece, text, count };
        if (count === terms.length) break;
      }
      return best && { text: best.text, readoutId: best.piece.readoutId, span: best.piece.span };
    },
  };
}
