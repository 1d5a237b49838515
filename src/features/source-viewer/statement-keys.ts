/**
 * Keyboard movement among a readout's statements in the source viewer: the text is one Tab stop
 * (roving tabindex), held by the statement last focused, else the one opened at, else the first;
 * ↑ ↓ (and ← →) move to the previous or next statement, Home and End to the first and last. Pure,
 * so the rules are unit-tested without a DOM.
 */

/** The position `key` moves focus to among `count` statements from `from`; undefined leaves the key alone. */
export function statementKeyTarget(key: string, from: number, count: number): number | undefined {
  if (count === 0) return undefined;
  const target =
    key === "ArrowDown" || key === "ArrowRight"
      ? from + 1
      : key === "ArrowUp" || key === "ArrowLeft"
        ? from - 1
        : key === "Home"
          ? 0
          : key === "End"
            ? count - 1
            : undefined;
  return target === undefined ? undefined : Math.min(Math.max(target, 0), count - 1);
}

/** Which run holds the Tab stop: the last focused while it is still a statement, else the opened one, else the first. */
export function tabStopRun(
  statementRuns: readonly number[],
  lastFocused: number | undefined,
  opened: number | undefined,
): number | undefined {
  if (lastFocused !== undefined && statementRuns.includes(lastFocused)) return lastFocused;
  if (opened !== undefined && statementRuns.includes(opened)) return opened;
  return statementRuns[0];
}
