import type { Perspective, Readout } from "../domain/schema";

const PERSPECTIVES: Record<Perspective, string> = {
  china: "Chinese government account",
  counterpart: "Counterpart government account",
  intergovernmental: "Intergovernmental organisation account",
  media: "Media report",
};

/** "Chinese government account", "Media report"…: whose account a readout is. */
export function perspectiveLabel(perspective: Perspective): string {
  return PERSPECTIVES[perspective];
}

/** "according to Kremlin": the attribution every statement carries (DESIGN.md principle 4). */
export function accordingTo(readout: Readout): string {
  return `according to ${readout.publisher}`;
}
