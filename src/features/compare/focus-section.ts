/**
 * A jump link's click also focuses the section's heading (tabIndex -1): the browser scrolls to the
 * hash but leaves focus on the body, so Tab and a screen reader started from the top again. After
 * the browser's own fragment navigation (next frame), which would blur an element focused before it.
 */
export function focusHeadingOf(targetId: string) {
  const target = document.getElementById(targetId);
  const heading = target?.matches("h1, h2, h3, h4") ? target : target?.querySelector<HTMLElement>("h2, h3");
  requestAnimationFrame(() => heading?.focus());
}
