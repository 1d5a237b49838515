/** The words around a search match, for a result's one-line reason for matching. Pure. */
import { highlight } from "./highlight";

const CONTEXT = 90;

/**
 * `text` cut to about `context` characters either side of its first marked word, at word
 * boundaries, with "…" where it was cut; undefined when nothing in it is marked.
 */
export function excerptAround(text: string, terms: readonly string[], context = CONTEXT): string | undefined {
  let at = -1;
  let offset = 0;
  for (const segment of highlight(text, terms)) {
    if (segment.marked) {
      at = offset;
      break;
    }
    offset += segment.text.length;
  }
  if (at < 0) return undefined;
  if (text.length <= context * 2) return text.trim();
  const from = at - context;
  const start = from <= 0 ? 0 : Math.max(0, text.lastIndexOf(" ", from));
  const to = text.indexOf(" ", Math.min(text.length, at + context));
  const end = to < 0 ? text.length : to;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
