/**
 * Marks a meeting or readout that comes from the user's own library (issue 9): otherwise it is
 * shown exactly like a bundled one. The word is visible; the name says what it means.
 */
export const YOURS_LABEL = "yours: from your library";

export function YoursMark() {
  return (
    <span
      role="img"
      aria-label={YOURS_LABEL}
      title="From your library (added in this browser)"
      className="ml-1.5 inline-flex items-center rounded-sm border border-teal-600 px-1 align-middle text-[0.7rem] font-semibold tracking-wide text-teal-800 lowercase dark:border-teal-400 dark:text-teal-200"
    >
      yours
    </span>
  );
}
