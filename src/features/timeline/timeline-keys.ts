import { stepSelection, type TimelineModel } from "./timeline-model";

/** What a key does on the focused timeline. */
export type TimelineKeyAction =
  { kind: "move"; to: string | undefined } | { kind: "open" } | { kind: "zoom"; direction: "in" | "out" };

/**
 * The timeline's keys: arrows walk the meetings in time order (without opening), Home/End jump
 * to the first/last, Enter opens the cursor's meeting, + and - zoom. Other keys do nothing.
 */
export function timelineKeyAction(
  key: string,
  model: TimelineModel,
  cursor: string | undefined,
): TimelineKeyAction | undefined {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return { kind: "move", to: stepSelection(model, cursor, 1) };
    case "ArrowLeft":
    case "ArrowUp":
      return { kind: "move", to: stepSelection(model, cursor, -1) };
    case "Home":
      return { kind: "move", to: model.order[0] };
    case "End":
      return { kind: "move", to: model.order[model.order.length - 1] };
    case "Enter":
      return { kind: "open" };
    case "+":
    case "=":
      return { kind: "zoom", direction: "in" };
    case "-":
      return { kind: "zoom", direction: "out" };
    default:
      return undefined;
  }
}
