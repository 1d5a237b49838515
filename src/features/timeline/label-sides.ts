/**
 * Which meetings near the window's right edge get their label on the left of their dot (issue 10),
 * so the closely fitted last meetings keep a readable name instead of one clipped to "Xi". A moved
 * label must not cover another meeting. vis-timeline stacks items by their boxes as drawn unmoved
 * (dot, then label), first fit in date order; this predicts the same rows, with label widths
 * estimated from their text, and moves a label only when, on its row, it would cover nothing.
 * Pure: positions in px from the window's left edge.
 */

export interface LabelBox {
  id: string;
  lane: string;
  /** The dot's position. */
  x: number;
  /** The item's width as drawn unmoved: from the dot to the end of its label. */
  width: number;
}

/** What vis keeps between two items of a row (`margin.item.horizontal`). */
export const ITEM_GAP_PX = 6;
/** A label moved left spans from this far before its dot (the CSS shift is its width plus 1.5rem) … */
const MOVED_START_PX = 10;
/** … to the dot's right side. */
const DOT_PX = 5;

/** A text's width in px at the labels' 13 px, when nothing measured it: generous, so nothing is covered. */
const roughTextWidth = (text: string) => text.length * 7.2;

/**
 * An item's unmoved width from its label: the text (measured when the browser can, else guessed),
 * its padding, a format mark and "yours".
 */
export function estimatedWidth(
  label: string,
  marks: { format: boolean; yours: boolean },
  textWidth: (text: string) => number = roughTextWidth,
): number {
  return 15 + textWidth(label) + (marks.format ? 24 : 0) + (marks.yours ? 44 : 0);
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end + ITEM_GAP_PX && b.start < a.end + ITEM_GAP_PX;

/** The ids (of `boxes`, in date order) whose label goes before their dot: those past `edgeX` that fit there. */
export function labelsBefore(boxes: readonly LabelBox[], edgeX: number): Set<string> {
  const moved = new Set<string>();
  const lanes = new Map<string, LabelBox[]>();
  for (const box of boxes) {
    const lane = lanes.get(box.lane) ?? [];
    lane.push(box);
    lanes.set(box.lane, lane);
  }
  for (const lane of lanes.values()) {
    // First fit: each item on the first row whose last item ends before it.
    const rows: LabelBox[][] = [];
    for (const box of lane) {
      const row = rows.find((r) => r[r.length - 1]!.x + r[r.length - 1]!.width + ITEM_GAP_PX <= box.x);
      if (row) row.push(box);
      else rows.push([box]);
    }
    for (const row of rows) {
      const drawn: Span[] = row.map((b) => ({ start: b.x, end: b.x + b.width }));
      row.forEach((box, k) => {
        if (box.x <= edgeX) return;
        const before: Span = { start: box.x - box.width - MOVED_START_PX, end: box.x + DOT_PX };
        if (drawn.some((span, j) => j !== k && overlaps(span, before))) return;
        drawn[k] = before;
        moved.add(box.id);
      });
    }
  }
  return moved;
}
