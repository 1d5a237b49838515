import { createContext, useContext } from "react";

export interface DialogBody {
  /** Whether the dialog around this body is open. */
  open: boolean;
  /**
   * A `keepBody` dialog's body says whether it holds work not yet kept anywhere (readouts waiting
   * for review): while it does, closing the dialog keeps the body and its state; once it does not,
   * the next opening starts fresh.
   */
  holdBody(hold: boolean): void;
}

export const DialogBodyContext = createContext<DialogBody>({ open: true, holdBody: () => {} });

/** The dialog around this body: whether it is open, and `holdBody` (see DialogBody). */
export function useDialogBody(): DialogBody {
  return useContext(DialogBodyContext);
}
