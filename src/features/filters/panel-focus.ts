/**
 * Keyboard focus for the filter groups (a disclosure whose panel is drawn below the whole row of
 * group buttons): a group opened from the keyboard takes focus to its first checkbox, Tab past the
 * panel's last control goes on to the next group's button and Shift+Tab from its first back to its
 * own button, so the panel sits in the Tab order right after the button that opened it.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react";

const FOCUSABLE = "input, button, a[href], select, textarea";

export function usePanelFocus<Id extends string>(
  open: Id | null,
  panelId: string,
  toggles: RefObject<Map<Id, HTMLButtonElement>>,
  order: readonly Id[],
) {
  const intoPanel = useRef(false);
  useEffect(() => {
    if (!open || !intoPanel.current) return;
    intoPanel.current = false;
    document.getElementById(panelId)?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [open, panelId]);

  /** A click with no pointer (Enter or Space on the button) opens the group with focus inside. */
  const opened = (detail: number) => {
    intoPanel.current = detail === 0;
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Tab" || !open) return;
    const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const edge = event.shiftKey ? controls[0] : controls.at(-1);
    if (event.target !== edge) return;
    const next = event.shiftKey ? open : order[order.indexOf(open) + 1];
    const button = next && toggles.current.get(next);
    if (!button) return;
    event.preventDefault();
    button.focus();
  };
  return { opened, onPanelKeyDown };
}
