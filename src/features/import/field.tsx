import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";

export const INPUT =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";

/** A labelled input with an optional hint under it; `wrapperClassName` places it in a grid. */
export function Field({
  label,
  hint,
  wrapperClassName = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: ReactNode; wrapperClassName?: string }) {
  const id = useId();
  return (
    <div className={`space-y-1 ${wrapperClassName}`}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} className={INPUT} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A labelled select; the options are its children. */
export function SelectField({
  label,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} className={INPUT} {...select}>
        {children}
      </select>
    </div>
  );
}

/** Why the form cannot go on yet, announced when it appears. */
export function Problem({ text, id }: { text?: string; id?: string }) {
  if (!text) return null;
  return (
    <p id={id} role="alert" className="text-sm text-red-800 dark:text-red-300">
      {text}
    </p>
  );
}
