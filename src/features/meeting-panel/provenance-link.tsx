import type { ReactNode } from "react";
import { CuratedMark } from "../../components/curated-mark";
import type { Provenance } from "../../domain/schema";

/**
 * A fact with its origin (docs/architecture.md: every claim points at its source): text-sourced facts open the readout at their
 * span, curated and inferred ones carry the mark that says so, with its reason.
 */
export function ProvenanceLink({
  provenance,
  children,
  onOpenSource,
}: {
  provenance: Provenance;
  children: ReactNode;
  onOpenSource: (readoutId: string, span?: [number, number]) => void;
}) {
  if (provenance.source !== "text") {
    return (
      <span>
        {children}
        <CuratedMark note={provenance.note} kind={provenance.source} />
      </span>
    );
  }
  return (
    <button
      type="button"
      onClick={() => onOpenSource(provenance.readoutId, provenance.span)}
      title="Show where the readout says this"
      className="cursor-pointer rounded-sm text-left underline decoration-slate-400 decoration-dotted underline-offset-4 hover:decoration-slate-700 focus-visible:outline-2 focus-visible:outline-blue-600 dark:decoration-slate-500 dark:hover:decoration-slate-200"
    >
      {children}
    </button>
  );
}
