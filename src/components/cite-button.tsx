import { useId, useRef, useState } from "react";
import type { Citation } from "../domain/citations";
import { Button } from "./button";
import { ModalDialog } from "./modal-dialog";

/**
 * "Cite" (issue 9): a dialog with the citation as plain text and as BibTeX, each with a Copy
 * button. When the clipboard is refused (permissions, an insecure origin) the text is selected
 * instead, so Ctrl+C still copies it, and the button says so.
 */
export function CiteButton({
  citation,
  what,
  label = "Cite",
}: {
  citation: () => Citation;
  what: string;
  /** The visible text; two Cite buttons side by side need different ones (contained in `what`'s name). */
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="quiet" onClick={() => setOpen(true)} aria-label={`Cite ${what}`}>
        {label}
      </Button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={`Cite ${what}`} size="narrow">
        <CitationText label="Plain text" value={citation().text} rows={4} />
        <CitationText label="BibTeX" value={citation().bibtex} rows={8} />
      </ModalDialog>
    </>
  );
}

function CitationText({ label, value, rows }: { label: string; value: string; rows: number }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "selected">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      area.current?.focus();
      area.current?.select();
      setState("selected");
    }
  };
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <Button onClick={() => void copy()} aria-label={`Copy ${label}`}>
          {state === "copied" ? "Copied" : "Copy"}
        </Button>
      </div>
      <textarea
        id={id}
        ref={area}
        readOnly
        rows={rows}
        value={value}
        className="w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
      />
      <p role="status" className="min-h-4 text-xs text-slate-600 dark:text-slate-400">
        {state === "copied" && `${label} copied to the clipboard.`}
        {state === "selected" &&
          "The clipboard was refused: the text is selected, press Ctrl+C (⌘C) to copy it."}
      </p>
    </div>
  );
}
