import type { ButtonHTMLAttributes } from "react";

type Variant = "default" | "quiet" | "link";

const VARIANTS: Record<Variant, string> = {
  default:
    "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 shadow-xs hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 aria-pressed:border-slate-800 aria-pressed:bg-slate-800 aria-pressed:text-white aria-pressed:hover:bg-slate-700 dark:aria-pressed:border-slate-200 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900 dark:aria-pressed:hover:bg-slate-300",
  quiet:
    "rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800",
  link: "rounded-sm text-sm font-medium text-blue-700 underline decoration-blue-700/30 underline-offset-2 hover:decoration-blue-700 dark:text-blue-300 dark:decoration-blue-300/40 dark:hover:decoration-blue-300",
};

/**
 * The app's one button: a real <button type="button"> with a visible focus ring; a toggle
 * (aria-pressed) is filled dark while pressed, so its state is seen as well as announced.
 */
export function Button({
  variant = "default",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type="button"
      {...props}
      className={`cursor-pointer focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-default disabled:opacity-50 ${VARIANTS[variant]} ${className}`}
    />
  );
}
