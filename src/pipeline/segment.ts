/**
 * Stage 2, segment: paragraphs come from the clean stage; sentences from Intl.Segmenter, repaired
 * where it splits after an abbreviation ("H.E. Mr. Xi", "U.S. administration", "Sept. 24") and
 * where it does not split sentences glued without a space ("… cooperation.He said …").
 */
import { ENGLISH } from "./language/en/lexicon";
import type { CleanedReadout, Sentence } from "./types";

// Abbreviations after which a period does not end a sentence (compared case-sensitively, as written).
const ABBREVIATIONS: ReadonlySet<string> = new Set(ENGLISH.abbreviations);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const WINDOW = 4000;

/**
 * Sentence segments of `text` as [start, end) offsets. V8's Segmenter spends time proportional to
 * the whole string on every step, so a 600 KB paragraph took 10 s (found by the fuzzer): segment a
 * window at a time and resume at the start of its last, possibly cut, segment.
 */
function* sentenceSegments(text: string): Generator<{ start: number; end: number }> {
  let from = 0;
  let size = WINDOW;
  while (from < text.length) {
    const windowEnd = Math.min(text.length, from + size);
    const found = [...segmenter.segment(text.slice(from, windowEnd))];
    const complete = windowEnd === text.length ? found : found.slice(0, -1);
    // One sentence longer than the window: widen it rather than cut the sentence.
    if (complete.length === 0) {
      size *= 2;
      continue;
    }
    for (const seg of complete) yield { start: from + seg.index, end: from + seg.index + seg.segment.length };
    const last = complete[complete.length - 1]!;
    from += last.index + last.segment.length;
    size = WINDOW;
  }
}

/** True when a segment ends in an abbreviation (or a single initial) rather than a sentence end. */
function endsInAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith(".")) return false;
  const lastWord = /(\S+)\.$/.exec(trimmed)?.[1] ?? "";
  const bare = lastWord.replace(/^[(“"‘']+/, "");
  return ABBREVIATIONS.has(bare) || /^[A-Z]$/.test(bare);
}

/**
 * "from 5:11 p.m. (KST 6:11 p.m.) to 5:36 p.m., both leaders …": a time's "a.m."/"p.m." ends the
 * sentence only when a capitalised word follows ("The talks ended at 5 p.m. The two sides …").
 */
function timeGoesOn(segment: string, next: string): boolean {
  return /\b[ap]\.m\.$/i.test(segment.trimEnd()) && /^\s*[(\p{Ll}\d]/u.test(next);
}

// A sentence end with no space after it ("… cooperation.He said …", "… countries.Both sides …",
// "… benefit.“We …"), as copy-paste leaves paragraphs: a point after a small letter, a digit or a
// closing bracket or quote, then a capitalised word. The segmenter does not split there.
const GLUED = /(?<=[\p{Ll}\d)\]”’%])[.!?][”’]?(?=[“‘]?\p{Lu}\p{Ll})/gu;
// The text either side of a glued point, up to the nearest space: a URL, domain or e-mail address
// ("xinhuanet.com", "www.example.gov/News.Release") or an initialism ("e.g.", "U.S.") is no sentence end.
const ADDRESS = /[/@:]|\.\p{L}/u;
// GLUED without its lookbehind, which makes a scan of a paragraph four times slower: a quick test first.
const GLUED_ANYWHERE = /[.!?][”’]?[“‘]?\p{Lu}\p{Ll}/u;

/** Where glued sentences start inside `text`: the offsets just after each glued sentence end. */
export function gluedStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(GLUED)) {
    const at = match.index;
    const before = text.slice(text.lastIndexOf(" ", at) + 1, at);
    const afterEnd = text.slice(at + match[0].length).search(/\s|$/);
    const after = text.slice(at + match[0].length, at + match[0].length + afterEnd);
    const bare = before.replace(/^[(“"‘']+/, "");
    if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(bare)) continue;
    if (ADDRESS.test(before) || ADDRESS.test(after.replace(/[.!?]["”’)]*$/, ""))) continue;
    starts.push(at + match[0].length);
  }
  return starts;
}

/** Cuts [start, end) pieces of `text` at glued sentence ends; an opening quote left at a piece's end goes to the next. */
function splitGlued(
  text: string,
  pieces: { start: number; end: number }[],
): { start: number; end: number }[] {
  // Most paragraphs have no glued end: one scan of the paragraph says so.
  const glued = GLUED_ANYWHERE.test(text);
  const quoted = text.includes("“") || text.includes("‘");
  if (!glued && !quoted) return pieces;
  const out: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    let start = piece.start;
    if (glued)
      for (const cut of gluedStarts(text.slice(piece.start, piece.end))) {
        out.push({ start, end: piece.start + cut });
        start = piece.start + cut;
      }
    out.push({ start, end: piece.end });
  }
  // The segmenter ends "… benefit.“" with the quotation mark that opens the next sentence.
  for (let i = 0; quoted && i + 1 < out.length; i++) {
    const piece = out[i]!;
    const last = text[piece.end - 1];
    if (
      (last === "“" || last === "‘") &&
      ".!?".includes(text[piece.end - 2] ?? " ") &&
      out[i + 1]!.start === piece.end
    ) {
      piece.end -= 1;
      out[i + 1]!.start -= 1;
    }
  }
  return out;
}

export function segment(cleaned: CleanedReadout): Sentence[] {
  // The segmenter runs once over the whole text (its rules never look past a line break, so a
  // paragraph's sentences are the ones segmenting it alone would give); its segments are then cut
  // at paragraph ends and after the dateline.
  const segments = [...sentenceSegments(cleaned.text)];
  let next = 0;
  const sentences: Sentence[] = [];
  cleaned.paragraphs.forEach((paragraph, paragraphIndex) => {
    const [pStart, pEnd] = paragraph.span;
    const text = cleaned.text.slice(pStart, pEnd);
    // The dateline heads its paragraph but is metadata: sentences start after it.
    const skip =
      cleaned.dateline && cleaned.dateline.span[0] === pStart ? cleaned.dateline.span[1] - pStart : 0;
    const pieces: { start: number; end: number }[] = [];
    while (next < segments.length && segments[next]!.end <= pStart + skip) next++;
    for (let i = next; i < segments.length && segments[i]!.start < pEnd; i++) {
      const start = Math.max(segments[i]!.start, pStart + skip) - pStart;
      const end = Math.min(segments[i]!.end, pEnd) - pStart;
      const previous = pieces[pieces.length - 1];
      const before = previous && text.slice(previous.start, previous.end);
      if (before && (endsInAbbreviation(before) || timeGoesOn(before, text.slice(start, end))))
        previous.end = end;
      else pieces.push({ start, end });
    }
    for (const piece of splitGlued(text, pieces)) {
      const raw = text.slice(piece.start, piece.end);
      const leading = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      const start = pStart + piece.start + leading;
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        span: [start, start + body.length],
        text: body,
        heading: paragraph.heading,
      });
    }
  });
  return sentences;
}
