import { pluralNoun } from "../../domain/plural";
export interface FacetCheckboxProps {
  label: string;
  /** Meetings this choice would give with the other filters applied. */
  count: number;
  checked: boolean;
  onToggle(): void;
  /** Indented under a parent choice (a principal under their party). */
  nested?: boolean;
}

/** One filter choice: a real checkbox, its label and its count; a choice that would give nothing is dimmed, not hidden. */
export function FacetCheckbox({ label, count, checked, onToggle, nested = false }: FacetCheckboxProps) {
  const empty = count === 0 && !checked;
  return (
    <label
      className={`flex cursor-pointer items-baseline gap-2 rounded px-1.5 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${nested ? "ml-5" : ""} ${
        empty ? "text-slate-500 dark:text-slate-400" : "text-slate-800 dark:text-slate-100"
      }`}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={onToggle}
        className="size-4 shrink-0 translate-y-0.5 accent-blue-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      />
      <span className="min-w-0 flex-1">{label}</span>{" "}
      <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">
        {count} <span className="sr-only">{pluralNoun(count, "meeting")}</span>
      </span>
    </label>
  );
}
