/**
 * Whose own page a readout is: a publisher calls the other side's leader by nationality ("the
 * Chinese leader", "his Chinese counterpart", "Chinese President Xi") and its own leader plainly
 * ("the President"). A capitalised bare title that several people hold is then the page's own.
 * On a government's own page (publishers.json "party") its bare titles are its own leader's.
 */
import { PEOPLE, partyById, rolesOn } from "../gazetteer";
import { partyOn } from "./dataset-actors";
import { escapeRegExp } from "../text-utils";

const LEADER_WORDS = String.raw`(?:President|president|leader|counterpart|Prime Minister|prime minister|Premier|premier|Chancellor|chancellor|Foreign Minister|foreign minister)`;

/** Among people sharing a title, the one never named by nationality while every other one is. */
export function homePerson(
  text: string,
  candidates: readonly { id: string; party: string }[],
): string | undefined {
  const qualified = (party: string) => {
    const adjectives = partyById(party)?.adjectives ?? [];
    if (adjectives.length === 0) return false;
    const pattern = new RegExp(
      String.raw`\b(?:${adjectives.map(escapeRegExp).join("|")})\s+(?:(?:[A-Z][\w-]*|and)\s+){0,3}?${LEADER_WORDS}\b`,
    );
    return pattern.test(text);
  };
  const plain = candidates.filter((c) => !qualified(c.party));
  return plain.length === 1 ? plain[0]!.id : undefined;
}

/**
 * "the Head of State" on Akorda's page, "The President" on the White House's: the page's own
 * leader among the people it names, else (named nowhere: "The President met today with President
 * Xi") the one holder of that title in its country on the readout's date; never the other side's.
 */
export function ownLeader(
  candidates: readonly { id: string; party: string }[],
  homeParty: string,
  noun: string,
  date: string | undefined,
): string | undefined {
  const own = candidates.filter((c) => c.party === homeParty);
  if (own.length === 1) return own[0]!.id;
  if (own.length > 1 || !date) return undefined;
  const holders = PEOPLE.filter(
    (p) => partyOn(p, date) === homeParty && rolesOn(p, date).some((r) => r.nouns.includes(noun)),
  );
  return holders.length === 1 ? holders[0]!.id : undefined;
}
