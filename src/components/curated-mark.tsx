/**
 * Marks a fact that no readout states (docs/architecture.md: every claim points at its source): the reason shows on hover and focus,
 * and is read out by screen readers.
 */
export function CuratedMark({ note }: { note: string }) {
  return (
    <span
      tabIndex={0}
      title={`Curated: ${note}`}
      aria-label={`curated fact: ${note}`}
      className="ml-1.5 inline-flex cursor-help items-center rounded-sm border border-dashed border-amber-500 px-1 text-[0.7rem] font-semibold tracking-wide text-amber-800 uppercase focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-amber-400 dark:text-amber-200"
    >
      curated
    </span>
  );
}
