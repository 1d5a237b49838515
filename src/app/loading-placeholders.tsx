/** Grey blocks with the size of the real views, so the layout holds still while data loads. */
export function TimelinePlaceholder() {
  return (
    <div
      aria-hidden="true"
      className="h-72 animate-pulse rounded-lg border border-slate-200 bg-slate-100 dark:border-slate-800 dark:bg-slate-900"
    />
  );
}

export function DetailPlaceholder() {
  return (
    <div
      aria-hidden="true"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="h-5 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-1/2 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
