/**
 * Small text helpers shared by the pipeline stages: slugs, regex escaping, word boundaries and a
 * compiled phrase matcher for gazetteer lookups (one pass over a text's words, not one regex per entry).
 */
import { lowerBound } from "../domain/sorted-search";

/** Letters that Unicode decomposition does not reduce to ASCII. */
const EXTRA_FOLDS: Record<string, string> = {
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ı: "i",
  þ: "th",
  Þ: "Th",
  ð: "d",
  Ð: "D",
};

/** Removes diacritics ("António" → "Antonio", "Erdoğan" → "Erdogan"); length may change only for ß/æ/œ/þ. */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øØłŁđĐßæÆœŒıþÞðÐ]/g, (ch) => EXTRA_FOLDS[ch] ?? ch);
}

/**
 * Removes diacritics letter by letter where that keeps the text's length ("Hà Nội" → "Ha Noi",
 * "ĐÀ NẴNG" → "DA NANG") and makes typographic apostrophes plain, so spans found in the folded
 * text are spans of the original.
 */
export function foldInPlace(text: string): string {
  if (!/[\u0080-\uffff]/.test(text)) return text;
  return text.replace(/[\u0080-\uffff]/g, (ch) => {
    let folded = LETTER_FOLDS.get(ch);
    if (folded === undefined) {
      // "Nuku’alofa" as "Nuku'alofa": a typographic apostrophe is the plain one.
      const plain = /[’‘ʼ]/.test(ch) ? "'" : foldDiacritics(ch);
      folded = plain.length === 1 ? plain : ch;
      LETTER_FOLDS.set(ch, folded);
    }
    return folded;
  });
}
const LETTER_FOLDS = new Map<string, string>();

/** A surface form and its accent-free spelling ("Brasília", "Brasilia"), without repeats. */
export function withFoldedVariants(forms: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const form of forms) {
    out.add(form);
    out.add(foldDiacritics(form));
  }
  return [...out];
}

/** A readable, stable id: "António Guterres" → "antonio-guterres", "Ban Ki-moon" → "ban-ki-moon". */
export function slugify(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Words in capitals as the gazetteer spells them: a dateline's "NEW DELHI" as "New Delhi". */
export const titleCased = (caps: string) =>
  // Any script's capitals: "HÀ NỘI" is "Hà Nội", which the gazetteer folds to Hanoi.
  caps.replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());

/** Escapes a literal for use inside a RegExp source (valid with the u flag, outside character classes). */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Alternation source, longest first so the regex prefers "South African" over any shorter form. */
export function alternation(
  forms: Iterable<string>,
  toSource: (form: string) => string = escapeRegExp,
): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(toSource)
    .join("|");
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark: the characters a word boundary must not split. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD_CHAR.test(ch);
}

/** Source of a lookbehind/lookahead pair that makes a pattern word-bounded (Unicode-aware). */
export const WORD_START = "(?<![\\p{L}\\p{N}\\p{M}])";
export const WORD_END = "(?![\\p{L}\\p{N}\\p{M}])";

/**
 * True when a name that ends at `end` is word-bounded there. An apostrophe followed by letters
 * continues the word ("Xi'an" is not "Xi"), except the possessive "'s" ("Xi's", "Putin’s").
 */
export function endsWord(text: string, end: number): boolean {
  const next = text[end];
  if (isWordChar(next)) return false;
  if ((next === "'" || next === "’") && isWordChar(text[end + 1])) {
    return text[end + 1] === "s" && !isWordChar(text[end + 2]);
  }
  return true;
}

/** True when a match starting at `start` is word-bounded there. */
export function startsWord(text: string, start: number): boolean {
  return !isWordChar(text[start - 1]);
}

export interface PhraseHit<T> {
  value: T;
  phrase: string;
  start: number;
  end: number;
}

interface CompiledPhrase<T> {
  phrase: string;
  value: T;
  /** Sticky regex: the phrase with flexible whitespace. */
  re: RegExp;
}

/** A run of letters/digits in a text: where it starts and what it is. */
export interface WordRun {
  start: number;
  word: string;
}

/** The text's runs of letters and digits (punctuation and spaces split them: "Ki-moon" is two runs). */
export function wordRuns(text: string): WordRun[] {
  const runs: WordRun[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word =
      c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isWordChar(text[i]);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push({ start, word: text.slice(start, i) });
      start = -1;
    }
  }
  return runs;
}

/** Where each run of letters and digits starts (wordRuns without the words, for callers that need only offsets). */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word =
      c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isWordChar(text[i]);
    if (word && !inWord) starts.push(i);
    inWord = word;
  }
  return starts;
}

/** The phrases that start with one word, by their second word ("" for phrases of one word). */
type BySecond<T> = Map<string, CompiledPhrase<T>[]>;

/**
 * Case-sensitive, word-bounded phrase lookup compiled once: phrases are indexed by their first two
 * runs of letters, so a text is scanned run by run and only the few phrases sharing those runs are
 * tried. Spaces in a phrase match any run of whitespace (a name can wrap across a line), or none after
 * an abbreviation point ("St.Petersburg", as copy-paste leaves it). A run whose
 * first character starts no phrase is passed over with one array read (most words are lower case).
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, BySecond<T>>();
  private readonly asciiStarts = new Uint8Array(128);
  private readonly otherStarts = new Set<number>();

  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of entries) {
      const trimmed = phrase.trim();
      const runs = wordRuns(trimmed);
      if (runs.length === 0 || runs[0]!.start !== 0)
        throw new Error(`phrase must start with a letter or digit: "${phrase}"`);
      // After an abbreviation point the space is optional: "St. Petersburg" also reads "St.Petersburg".
      const words = trimmed.split(/\s+/);
      const source = words
        .map((word, i) => (i === 0 ? "" : words[i - 1]!.endsWith(".") ? "\\s*" : "\\s+") + escapeRegExp(word))
        .join("");
      const first = runs[0]!.word;
      const code = first.charCodeAt(0);
      if (code < 128) this.asciiStarts[code] = 1;
      else this.otherStarts.add(code);
      const bySecond = this.byFirst.get(first) ?? new Map<string, CompiledPhrase<T>[]>();
      const second = runs[1]?.word ?? "";
      const list = bySecond.get(second) ?? [];
      list.push({ phrase: trimmed, value, re: new RegExp(source, "uy") });
      bySecond.set(second, list);
      this.byFirst.set(first, bySecond);
    }
    for (const bySecond of this.byFirst.values())
      for (const list of bySecond.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** Every (start, longest phrase at that start) pair; overlapping hits are all returned. */
  candidates(text: string, runs: readonly WordRun[] = wordRuns(text)): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      const code = text.charCodeAt(run.start);
      if (code < 128 ? this.asciiStarts[code] === 0 : !this.otherStarts.has(code)) continue;
      const bySecond = this.byFirst.get(run.word);
      if (!bySecond) continue;
      const next = runs[i + 1];
      // Two-word phrases first, then one-word ones (the longer entry wins within each list).
      const hit =
        (next ? this.longestAt(text, run.start, bySecond.get(next.word)) : undefined) ??
        this.longestAt(text, run.start, bySecond.get(""));
      if (hit) hits.push(hit);
    }
    return hits;
  }

  private longestAt(
    text: string,
    start: number,
    list: CompiledPhrase<T>[] | undefined,
  ): PhraseHit<T> | undefined {
    if (!list) return undefined;
    for (const entry of list) {
      entry.re.lastIndex = start;
      const hit = entry.re.exec(text);
      if (hit && endsWord(text, start + hit[0].length))
        return { value: entry.value, phrase: entry.phrase, start, end: start + hit[0].length };
    }
    return undefined;
  }

  /** Longest matches without overlaps (ties: the earlier one), in text order; pass `runs` when the caller has them. */
  find(text: string, runs: readonly WordRun[] = wordRuns(text)): PhraseHit<T>[] {
    return resolveOverlaps(this.candidates(text, runs));
  }
}

/**
 * The matches `text.matchAll(re)` gives (`re` global, none of them empty), read with exec on `re`
 * itself: matchAll copies its regex on every call, which for a pattern of a thousand characters or
 * more costs many times the search. `re.lastIndex` is left as it was.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll: ${re.source.slice(0, 40)} is not global`);
  const from = re.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (match[0] === "") throw new Error(`execAll: ${re.source.slice(0, 40)} matched empty`);
    found.push(match);
  }
  re.lastIndex = from;
  return found;
}

/** The index of the first item starting at or after `at` in items sorted by start, -1 if none (`findIndex` by halving). */
export function firstStartingAt(items: readonly { start: number }[], at: number): number {
  const first = lowerBound(items.length, (i) => items[i]!.start < at);
  return first < items.length ? first : -1;
}

/** Keeps the longest hits greedily, dropping any that overlap a kept one; returns them in text order. */
export function resolveOverlaps<H extends { start: number; end: number }>(hits: H[]): H[] {
  const bySize = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: H[] = [];
  for (const hit of bySize) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
