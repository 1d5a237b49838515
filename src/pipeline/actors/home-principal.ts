/**
 * Whose own page a readout is: a publisher calls the other side's leader by nationality ("the
 * Chinese leader", "his Chinese counterpart", "Chinese President Xi") and its own leader plainly
 * ("the President"). A capitalised bare title that several people hold is then the page's own.
 */
import { partyById } from "../gazetteer";
import { escapeRegExp } from "../text-utils";

const LEADER_WORDS = String.raw`(?:President|president|leader|counterpart|Prime Minister|prime minister|Premier|premier|Chancellor|chancellor)`;

/** Among people sharing a title, the one never named by nationality while every other one is. */
export function homePerson(
  text: string,
  candidates: readonly { id: string; party: string }[],
): string | undefined {
  const qualified = (party: string) => {
    const adjectives = partyById(party)?.adjectives ?? [];
    if (adjectives.length === 0) return false;
    const pattern = new RegExp(
      String.raw`\b(?:${adjectives.map(escapeRegExp).join("|")})\s+(?:[A-Z][\w-]*\s+){0,2}?${LEADER_WORDS}\b`,
    );
    return pattern.test(text);
  };
  const plain = candidates.filter((c) => !qualified(c.party));
  return plain.length === 1 ? plain[0]!.id : undefined;
}
