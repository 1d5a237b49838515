import { Button } from "../../components/button";
import type { LibraryProblem } from "../../domain/library";

/** The key of the problem "the library could not be read at all" (nothing to remove then). */
const WHOLE_LIBRARY = "library";

/**
 * Stored entries that do not parse: each named with what is wrong. They are left as they are (the
 * good entries are unaffected); removing one is the user's choice.
 */
export function LibraryProblems({
  problems,
  busy,
  onRemove,
}: {
  problems: readonly LibraryProblem[];
  busy: boolean;
  onRemove(key: string): void;
}) {
  if (problems.length === 0) return null;
  return (
    <section
      aria-label="Problems with stored readouts"
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <h3 className="font-semibold">
        {problems.length === 1
          ? "A stored entry has a problem"
          : `${problems.length} stored entries have problems`}
      </h3>
      <ul className="space-y-2">
        {problems.map((problem) => (
          <li key={problem.key} className="flex flex-wrap items-start justify-between gap-2">
            <span className="min-w-0 flex-1">{problem.message}</span>
            {problem.key !== WHOLE_LIBRARY && (
              <Button
                disabled={busy}
                onClick={() => onRemove(problem.key)}
                aria-label={`Remove entry ${problem.key}`}
              >
                Remove entry
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
