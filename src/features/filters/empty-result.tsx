import { Button } from "../../components/button";

/** Said wherever meetings would be listed when the filters leave none. */
export function EmptyResult({ onClear, query }: { onClear(): void; query?: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
      <p className="font-medium text-slate-900 dark:text-slate-100">
        No meetings match these filters{query ? <> and the search “{query}”</> : null}.
      </p>
      <p className="mt-1">Remove a filter above, or start again from every meeting.</p>
      <Button className="mt-3" onClick={onClear}>
        Clear all filters
      </Button>
    </div>
  );
}
