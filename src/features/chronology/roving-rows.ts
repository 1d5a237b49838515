/**
 * Keyboard movement in the chronology list (issue 11: "one Tab stop per list row with arrow keys
 * inside"): the whole list is one Tab stop, held by one row's link (roving tabindex); ↑ ↓ Home End
 * move between meetings, → and ← between a row's link and its Compare checkbox. Pure helpers,
 * so the rules are unit-tested without a DOM.
 */

/** The two places a row can hold focus. */
export type RowColumn = "link" | "tick";

/** Where a key moves focus from `from` (a row index) in `column`; undefined leaves the key alone. */
export function rowKeyTarget(
  key: string,
  meetingRows: readonly number[],
  from: number,
  column: RowColumn,
  hasTicks: boolean,
): { row: number; column: RowColumn } | undefined {
  const position = meetingRows.indexOf(from);
  if (position < 0) return undefined;
  const row =
    key === "ArrowDown"
      ? meetingRows[position + 1]
      : key === "ArrowUp"
        ? meetingRows[position - 1]
        : key === "Home"
          ? meetingRows[0]
          : key === "End"
            ? meetingRows.at(-1)
            : undefined;
  if (row !== undefined) return { row, column };
  if (key === "ArrowRight" && column === "link" && hasTicks) return { row: from, column: "tick" };
  if (key === "ArrowLeft" && column === "tick") return { row: from, column: "link" };
  return undefined;
}

/**
 * The meeting whose link is the list's Tab stop: the last one focused while it is still listed
 * and rendered, else the open meeting, else the first rendered one.
 */
export function tabStopMeeting(
  rendered: readonly string[],
  lastFocused: string | undefined,
  selected: string | undefined,
): string | undefined {
  if (lastFocused && rendered.includes(lastFocused)) return lastFocused;
  if (selected && rendered.includes(selected)) return selected;
  return rendered[0];
}
