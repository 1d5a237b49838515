import { Button } from "../components/button";
import { countOf } from "../domain/plural";

/**
 * Says why the bundled dataset did not load (its message names the file and the problem), with
 * "Try again". Above the explorer when the user's library is shown without the bundle; alone when
 * not even that could be shown.
 */
export function DatasetErrorScreen({
  error,
  onRetry,
  retrying,
  libraryShown = true,
  libraryReadouts = 0,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
  /** Whether the page below shows the user's library (and Add readouts, Export) without the bundle. */
  libraryShown?: boolean;
  /** How many readouts the user's library holds (0: it is empty, and the message says so). */
  libraryReadouts?: number;
}) {
  const shown =
    libraryReadouts > 0
      ? `your library (${countOf(libraryReadouts, "readout")}) is shown below, and Add readouts and Export work`
      : "your library is empty; Add readouts still works, and what you add is kept";
  return (
    <div
      role="alert"
      className={`rounded-lg border border-red-200 bg-white shadow-sm dark:border-red-900 dark:bg-slate-900 ${libraryShown ? "p-4" : "mx-auto my-12 max-w-xl p-6"}`}
    >
      <h2 className="text-lg font-semibold text-red-800 dark:text-red-300">
        The bundled dataset could not be loaded
      </h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {libraryShown
          ? `The readouts that come with Readout Atlas are missing until it loads; ${shown}. The problem was:`
          : "Readout Atlas could not show anything. The problem was:"}
      </p>
      <p className="mt-2 rounded-md bg-slate-100 p-3 font-mono text-xs break-words text-slate-800 dark:bg-slate-800 dark:text-slate-200">
        {error.message}
      </p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        If you maintain this site, regenerate the file with{" "}
        <code className="font-mono">npm run data:build</code>.
      </p>
      <Button className="mt-3" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Try again"}
      </Button>
    </div>
  );
}
