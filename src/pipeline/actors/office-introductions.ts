/**
 * A foreign office the text names by its body and country, with no person's name: "met with the
 * Chairman of the National Assembly of Vietnam", "the Speaker of the House of Representatives of
 * the Philippines", "the President of the Senegalese National Assembly". The office stands for its
 * holder, as a principal the readout names only so (ADR 016); a name after it ("…, Tran B,")
 * introduces the person instead, by the appositive rule.
 */
import { CHINA } from "../../domain/schema";
import { adjectiveParty, partyNameParty } from "./party-forms";
import type { Introduction } from "./introductions";

/** The offices that head a body: a parliament, a party's committee, a council. */
const OFFICE_HEAD =
  /\b[Tt]he\s+((?:Vice[\s-]|Deputy\s|First\s)?(?:Speaker|Chairman|Chairwoman|Chairperson|Chair|President|Secretary-General|General\s+Secretary|Secretary\s+General))\s+of\s+the\s+/g;

/** The body's name: capitalised words, joined by "of", "for", "and", "the" ("House of Representatives of the Philippines"). */
const BODY = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)*/uy;

/** Right after the office, a name in apposition or in sequence ("…, Tran Van B," or "… Tran Van B"). */
const NAME_AFTER = /^,?\s+(?:(?:H\.\s?E\.|Hon\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Madam)\s+)?\p{Lu}[\p{L}'’-]+/u;

/** The body's country: a party adjective opening it or "of <party>" ending it. */
function bodyParty(body: string): string | undefined {
  const words = body.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1] !== "of") continue;
    const rest = words
      .slice(i)
      .join(" ")
      .replace(/^the\s+/, "");
    const party = partyNameParty.get(rest);
    if (party) return party;
  }
  return adjectiveParty.get(words[0]!);
}

export function officeIntroductions(text: string, found: readonly Introduction[]): Introduction[] {
  const introduced: Introduction[] = [];
  for (const head of text.matchAll(OFFICE_HEAD)) {
    BODY.lastIndex = head.index + head[0].length;
    const body = BODY.exec(text);
    if (!body) continue;
    const party = bodyParty(body[0]);
    if (!party || party === CHINA) continue;
    const start = head.index + head[0].indexOf(head[1]!);
    const end = BODY.lastIndex;
    // A name right after it is the holder's: the person, not the office, is introduced.
    if (NAME_AFTER.test(text.slice(end, end + 40))) continue;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const name = text.slice(start, end).replace(/\s+/g, " ");
    introduced.push({ name, start, end, party, title: head[1]!.replace(/\s+/g, " ") });
  }
  return introduced;
}
