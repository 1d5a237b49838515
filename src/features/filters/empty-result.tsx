import { Button } from "../../components/button";

/** The search in quotation marks, unless it is a quoted phrase already (no “"…"”). */
const quoted = (query: string) => (/^["“].*["”]$/.test(query.trim()) ? query.trim() : `“${query}”`);

/** Said wherever meetings would be listed when the filters leave none. */
export function EmptyResult({
  onClear,
  query,
  unusedFormulation,
}: {
  onClear(): void;
  query?: string;
  /** A formulation= phrase no meeting uses (a mistyped or foreign link): said as the reason. */
  unusedFormulation?: string;
}) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
      {/* A long search (up to 200 characters, maybe one word) wraps anywhere rather than widen the page. */}
      <p className="font-medium [overflow-wrap:anywhere] text-slate-900 dark:text-slate-100">
        {unusedFormulation ? (
          <>No meeting uses the formulation “{unusedFormulation}”.</>
        ) : (
          <>No meetings match these filters{query ? <> and the search {quoted(query)}</> : null}.</>
        )}
      </p>
      <p className="mt-1">Remove a filter above, or start again from every meeting.</p>
      <Button className="mt-3" onClick={onClear}>
        Clear all filters
      </Button>
    </div>
  );
}
