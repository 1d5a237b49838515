/**
 * Marks a fact that no readout sentence states (docs/architecture.md: every claim points at its
 * source), saying honestly where it came from: "curated" when a person supplied it (sources.json or
 * the user, with their reason), "inferred" when the pipeline worked it out (a publication date, a
 * page title, a photo caption; ADR 014). The note shows on hover and focus and is read out.
 */
export function CuratedMark({ note, kind = "curated" }: { note: string; kind?: "curated" | "inferred" }) {
  const inferred = kind === "inferred";
  return (
    <span
      tabIndex={0}
      title={`${inferred ? "Inferred" : "Curated"}: ${note}`}
      aria-label={`${inferred ? "inferred" : "curated"} fact: ${note}`}
      className={`ml-1.5 inline-flex cursor-help items-center rounded-sm border border-dashed px-1 text-[0.7rem] font-semibold tracking-wide uppercase focus-visible:outline-2 focus-visible:outline-blue-600 ${
        inferred
          ? "border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-300"
          : "border-amber-500 text-amber-800 dark:border-amber-400 dark:text-amber-200"
      }`}
    >
      {inferred ? "inferred" : "curated"}
    </span>
  );
}
