/**
 * Keeping the cursor meeting in view vertically. vis-timeline draws only the items of lanes that
 * are scrolled into its viewport (`maxHeight`), so a meeting in a lower lane would never appear
 * however far one zooms. Its lane labels sit in a native scroll container that vis follows, so
 * scrolling that container is how we bring a lane into view.
 */
import { bucketId, bucketOf } from "../../domain/timeline-detail";
import { bucketItemId } from "./timeline-items";

/** What stands for a meeting in the DataSet: the meeting itself, or the aggregate in its lane that counts it. */
export function itemStandingFor(
  has: (id: string) => boolean,
  meeting: { id: string; lane: string; day: string },
): string | undefined {
  if (has(meeting.id)) return meeting.id;
  for (const unit of ["month", "quarter", "year"] as const) {
    const id = bucketItemId(bucketId(meeting.lane, bucketOf(meeting.day, unit).key));
    if (has(id)) return id;
  }
  return undefined;
}

interface Span {
  top: number;
  bottom: number;
}

/**
 * How far to scroll so `target` is inside `view` (negative: up). Above the view, its top comes to
 * the top; below, its bottom comes in, but its top never leaves (a tall lane shows its start).
 */
export function scrollDelta(target: Span, view: Span, margin = 8): number {
  if (target.top >= view.top && target.bottom <= view.bottom) return 0;
  if (target.top < view.top) return target.top - view.top - margin;
  return Math.min(target.bottom - view.bottom + margin, target.top - view.top - margin);
}

/**
 * One step of revealing `itemId` (in lane `laneId`) inside the timeline drawn in `container`:
 * scrolls toward it and says whether it is drawn inside the viewport (or cannot get any closer).
 */
export function revealStep(container: HTMLElement, itemId: string, laneId: string): boolean {
  const scroller = container.querySelector<HTMLElement>(".vis-panel.vis-left");
  const view = container.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
  if (!scroller || !view) return true;
  const item = container.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`)?.closest(".vis-item");
  // Not drawn: its lane is scrolled away, so aim at the lane's label, which is always drawn.
  const target =
    item ?? container.querySelector(`[data-lane-id="${CSS.escape(laneId)}"]`)?.closest(".vis-label");
  if (!target) return true;
  const delta = scrollDelta(target.getBoundingClientRect(), view);
  // Its lane in view is not enough: the next redraw (new items stacking) may push the lane away.
  if (delta === 0) return item !== null;
  const before = scroller.scrollTop;
  scroller.scrollTop += delta;
  // vis follows this scroller on its "scroll" event, which the browser sends a frame later; a
  // redraw before it would put the old position back, so tell vis now.
  scroller.dispatchEvent(new Event("scroll"));
  // At the end of the scroll range already: nothing more to gain. Else vis redraws and we look again.
  return scroller.scrollTop === before;
}
