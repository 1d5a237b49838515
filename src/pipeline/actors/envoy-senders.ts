/**
 * People named only as the one an envoy represents: "Yang Jiechi, Special Representative of President
 * Xi, was received in audience by the Head of State", "… the special envoy of Chinese President X".
 * The sender is not at the meeting, so no role noun of the readout ("the Head of State") is them.
 */
import { ENVOY_OF_BEFORE } from "../language/en/meeting-patterns";
import type { ActorMention } from "./types";

export function envoySenders(text: string, mentions: readonly ActorMention[]): Set<string> {
  const sent = new Set<string>();
  const present = new Set<string>();
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.start - 80), mention.start);
    (ENVOY_OF_BEFORE.test(before) ? sent : present).add(mention.actorId);
  }
  for (const id of present) sent.delete(id);
  return sent;
}
