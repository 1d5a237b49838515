import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { DialogBodyContext } from "./dialog-open";
import { Button } from "./button";

export interface ModalDialogProps {
  open: boolean;
  /** Called on Escape, on the Close button and when the dialog is closed any other way. */
  onClose: () => void;
  title: string;
  /** A line under the title. */
  description?: ReactNode;
  /** "narrow" for a few choices (Export, Cite); "wide" (default) for forms and review. */
  size?: "wide" | "narrow";
  children: ReactNode;
  /**
   * Closing keeps the body (and its state) while the body holds work (`useDialogBody().holdBody`):
   * Add readouts keeps its pasted text and the readouts waiting for review.
   */
  keepBody?: boolean;
}

/**
 * A modal built on the native <dialog> (showModal): the browser traps focus, makes the page inert
 * and closes it on Escape. Focus goes back to whatever had it when the dialog opened (the button
 * that opened it). The body is rendered only while open, so each opening starts fresh, unless
 * `keepBody`.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  description,
  size = "wide",
  children,
  keepBody = false,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [held, setHeld] = useState(false);
  const body = useMemo(() => ({ open, holdBody: setHeld }), [open]);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // jsdom has no showModal; the open attribute is the same dialog without the top layer.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      className={`m-auto max-h-[92dvh] ${size === "narrow" ? "w-[min(36rem,calc(100vw-2rem))]" : "w-[min(64rem,calc(100vw-2rem))]"} overflow-y-auto rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      {(open || (keepBody && held)) && (
        <div className="flex flex-col">
          <div className="sticky top-0 z-10 flex items-start justify-between gap-4 border-b border-slate-200 bg-white px-5 py-3 dark:border-slate-700 dark:bg-slate-900">
            <div>
              <h2 id={titleId} className="text-lg font-semibold tracking-tight">
                {title}
              </h2>
              {description && <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p>}
            </div>
            <Button variant="quiet" onClick={() => ref.current?.close()}>
              Close
            </Button>
          </div>
          <div className="space-y-4 px-5 py-4">
            <DialogBodyContext.Provider value={body}>{children}</DialogBodyContext.Provider>
          </div>
        </div>
      )}
    </dialog>
  );
}

/** A button that opens a modal dialog of its own (the header's Add readouts, Library and Export). */
export function DialogButton({
  label,
  ...dialog
}: { label: string } & Omit<ModalDialogProps, "open" | "onClose">) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{label}</Button>
      <ModalDialog {...dialog} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
