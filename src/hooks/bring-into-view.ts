/**
 * Moves a keyboard or screen-reader user to content that just appeared (issue 11: "new content is
 * scrolled into view and focused"). The block is scrolled to the top of the screen only when its
 * top is not already on screen (on wide screens the panel sits beside the list and nothing moves),
 * then `target` (a heading with tabIndex -1) takes focus without a second jump.
 */
export function bringIntoView(block: HTMLElement | null, target: HTMLElement | null = block): void {
  if (!block || !target) return;
  const top = block.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) block.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}
