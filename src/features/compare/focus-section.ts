import type { MouseEvent } from "react";

/**
 * A jump link's click scrolls its section into view and focuses the section's heading (tabIndex
 * -1), so Tab and a screen reader go on from there. It does not follow the link's #fragment: the
 * URL holds the view (docs/architecture.md, "The URL") and a fragment would be a second, unparsed
 * state in it that Back then steps through.
 */
export function focusHeadingOf(targetId: string) {
  const target = document.getElementById(targetId);
  const heading = target?.matches("h1, h2, h3, h4") ? target : target?.querySelector<HTMLElement>("h2, h3");
  target?.scrollIntoView?.({ block: "start" });
  heading?.focus({ preventScroll: true });
}

/**
 * A jump link's click handler: a plain click jumps in the page (focusHeadingOf) instead of
 * following the #fragment; a click that opens a new tab or window is left to the browser.
 */
export function jumpOnClick(targetId: string, then?: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    then?.();
    focusHeadingOf(targetId);
  };
}
