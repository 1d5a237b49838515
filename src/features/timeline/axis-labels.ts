/**
 * vis-timeline places each axis label at the start of its step and lets the axis panel clip it, so
 * a year half past an edge read "13" for 2013, or "201" for 2016. After each redraw, a label whose
 * text crosses an edge is moved inside it (the CSS `translate` property, which vis's own transform
 * does not touch), as vis pins the first major label; when that would run into its neighbour it is
 * hidden instead.
 */
const GAP_PX = 8;

export function fitAxisLabels(container: HTMLElement): void {
  const panel = container.querySelector<HTMLElement>(".vis-panel.vis-top");
  if (!panel) return;
  const edge = panel.getBoundingClientRect();
  const range = document.createRange();
  for (const row of [".vis-minor", ".vis-major"]) {
    // vis keeps a hidden "0" label per row to measure text with: not a neighbour.
    const labels = [
      ...panel.querySelectorAll<HTMLElement>(`.vis-time-axis .vis-text${row}:not(.vis-measure)`),
    ];
    for (const label of labels) {
      label.style.translate = "";
      label.classList.remove("atlas-axis-cut");
    }
    // The text's own box: a label's element is as wide as its step.
    const placed = labels
      .filter((label) => label.textContent)
      .map((label) => {
        range.selectNodeContents(label);
        const box = range.getBoundingClientRect();
        return { label, left: box.left, right: box.right };
      })
      .filter((p) => p.right > p.left && p.right > edge.left && p.left < edge.right)
      .sort((a, b) => a.left - b.left);
    placed.forEach((p, i) => {
      const shift = p.left < edge.left ? edge.left - p.left : p.right > edge.right ? edge.right - p.right : 0;
      if (Math.abs(shift) < 0.5) return;
      const neighbour = shift > 0 ? placed[i + 1] : placed[i - 1];
      const clashes = neighbour
        ? shift > 0
          ? p.right + shift + GAP_PX > neighbour.left
          : p.left + shift - GAP_PX < neighbour.right
        : false;
      if (clashes) p.label.classList.add("atlas-axis-cut");
      else p.label.style.translate = `${Math.round(shift)}px 0`;
    });
  }
}
