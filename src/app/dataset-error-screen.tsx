import { Button } from "../components/button";

/** Shown instead of the explorer when the dataset is missing, corrupt or of another schema version. */
export function DatasetErrorScreen({
  error,
  onRetry,
  retrying,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  return (
    <div
      role="alert"
      className="mx-auto my-12 max-w-xl rounded-lg border border-red-200 bg-white p-6 shadow-sm dark:border-red-900 dark:bg-slate-900"
    >
      <h2 className="text-lg font-semibold text-red-800 dark:text-red-300">
        The dataset could not be loaded
      </h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Readout Atlas needs its dataset file to show anything. The problem was:
      </p>
      <p className="mt-2 rounded-md bg-slate-100 p-3 font-mono text-xs break-words text-slate-800 dark:bg-slate-800 dark:text-slate-200">
        {error.message}
      </p>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
        If you maintain this site, regenerate the file with{" "}
        <code className="font-mono">npm run data:build</code>.
      </p>
      <Button className="mt-4" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Try again"}
      </Button>
    </div>
  );
}
