import { accountContrast, describeAccounts, differsIn } from "../../domain/account-difference";
import type { CompareModel } from "./compare-model";

/**
 * Said at the top of a comparison whose meetings are told by different kinds of account: much of
 * what looks kept, added or dropped may be what each publisher chose to report (issue 13).
 */
export function AccountNote({ model }: { model: CompareModel }) {
  const difference = model.accounts;
  if (!difference) return null;
  const [a, b] = model.columns;
  return (
    <aside
      aria-labelledby="compare-accounts-heading"
      className="rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50 print:break-inside-avoid print:bg-transparent"
    >
      <h3 id="compare-accounts-heading" className="font-semibold">
        The accounts differ in {differsIn(difference)}
      </h3>
      <p className="mt-1">
        {a.label} is told by <span className="font-medium">{describeAccounts(difference.a)}</span>; {b.label}{" "}
        by <span className="font-medium">{describeAccounts(difference.b)}</span>. Topics that look added or
        dropped may be what each publisher chose to report, not a change of position.
      </p>
    </aside>
  );
}

/**
 * The short caveat beside the added/dropped summary: "— but the accounts differ: A vs B", in
 * column order, or the other way round when the summary reads from the second column to the first.
 */
export function AccountCaveat({ model, reversed = false }: { model: CompareModel; reversed?: boolean }) {
  const difference = model.accounts;
  if (!difference) return null;
  const ordered = reversed ? { ...difference, a: difference.b, b: difference.a } : difference;
  return (
    <span className="font-medium text-amber-900 dark:text-amber-200">
      {" "}
      — but the accounts differ: {accountContrast(ordered)}.
    </span>
  );
}
