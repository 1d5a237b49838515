/**
 * Cuts a readout's text into runs for display: plain text, or a statement's span. Inside a run,
 * the part that falls in the focused span (from the URL) is flagged so it can be marked and
 * scrolled to; the focus may be a statement or any other span (a date, a place). Pure.
 */
import type { Statement } from "../../domain/schema";

export interface Piece {
  text: string;
  focused: boolean;
}

export interface Run {
  /** The statement this text belongs to, or undefined for text no statement covers. */
  statement?: Statement;
  pieces: Piece[];
}

/** `statements` must be sorted by span start; overlapping spans keep the earlier statement. */
export function buildRuns(
  text: string,
  statements: readonly Statement[],
  focus?: readonly [number, number],
): Run[] {
  const focusStart = focus ? Math.min(Math.max(focus[0], 0), text.length) : -1;
  const focusEnd = focus ? Math.min(Math.max(focus[1], 0), text.length) : -1;
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of statements) {
    if (span[0] < text.length) cuts.add(span[0]);
    if (span[1] <= text.length) cuts.add(span[1]);
  }
  if (focus) cuts.add(focusStart).add(focusEnd);
  const points = [...cuts].sort((a, b) => a - b);

  const runs: Run[] = [];
  let next = 0; // index of the first statement that may still cover the current position
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < statements.length && statements[next]!.span[1] <= start) next++;
    const candidate = statements[next];
    const statement =
      candidate && candidate.span[0] <= start && end <= candidate.span[1] ? candidate : undefined;
    const piece = {
      text: text.slice(start, end),
      focused: focus !== undefined && focusStart <= start && end <= focusEnd && start < end,
    };
    const last = runs[runs.length - 1];
    if (last && last.statement === statement) last.pieces.push(piece);
    else runs.push({ statement, pieces: [piece] });
  }
  return runs;
}
