/**
 * vis-timeline places each axis label at the start of its step and lets the axis panel clip it, so
 * a year half past an edge reads "13" for 2013, or "201" for 2016. After each redraw, a label
 * whose text crosses an edge of the axis is hidden; its neighbours still say where the reader is.
 */
export function hideCutAxisLabels(container: HTMLElement): void {
  const panel = container.querySelector<HTMLElement>(".vis-panel.vis-top");
  if (!panel) return;
  const edge = panel.getBoundingClientRect();
  const range = document.createRange();
  for (const label of panel.querySelectorAll<HTMLElement>(".vis-time-axis .vis-text")) {
    // The text's own box: the label's element is as wide as its step.
    range.selectNodeContents(label);
    const box = range.getBoundingClientRect();
    const cut = box.width > 0 && (box.left < edge.left - 0.5 || box.right > edge.right + 0.5);
    label.classList.toggle("atlas-axis-cut", cut);
  }
}
