/** Which of several people a shared role noun ("the President") means: the one named last before it. */
import type { ActorMention } from "./types";

/**
 * Of several people sharing a noun, the one mentioned most recently before `at` (not the one whose
 * last mention in the whole text is earliest; the title counts as before the text).
 */
export function mostRecentBefore(
  candidates: readonly { id: string }[],
  mentions: readonly ActorMention[],
  titleMentions: readonly ActorMention[],
  at: number,
): string {
  let best = candidates[0]!;
  let bestAt = -Infinity;
  for (const candidate of candidates) {
    let last = titleMentions.some((m) => m.actorId === candidate.id) ? -1 : -Infinity;
    for (const m of mentions) {
      if (m.start >= at) break; // mentions are in text order
      if (m.actorId === candidate.id) last = m.start;
    }
    if (last > bestAt) [best, bestAt] = [candidate, last];
  }
  return best.id;
}
