/**
 * "The two sides agreed to … . China is ready to import more …": a country named alone as the
 * subject of a position, right after a joint act, states that side's position, not the joint one
 * (Xinhua and foreign-ministry readouts set one side's offer right after what both agreed). Only
 * after a joint act: after narration "China is the largest trading partner of …" is background,
 * and inside a speaker's paragraph the speaker is telling what the country will do (continuation).
 */
import { JOINT } from "../../domain/schema";
import { partyNameParty } from "../actors/party-forms";
import { PARTY_LINKING_OPENER, PARTY_POSITION_AFTER } from "../language/en/position-patterns";
import { escapeRegExp } from "../text-utils";
import type { Rule } from "./rule-input";

/** The capitalised forms of party names (the introduction rule's forms) → party id. */
const PARTY_OF_FORM = new Map([...partyNameParty].filter(([form]) => /^\p{Lu}/u.test(form)));

/**
 * A country's name opening the sentence ("China", "The United States", "For its part, China"), the
 * name in group 1; only a linking opener may stand before it ("According to X, China will …" cites X).
 */
const PARTY_OPENING = new RegExp(
  String.raw`^(?:${PARTY_LINKING_OPENER}\s+)?(?:[Tt]he\s+)?(${[...PARTY_OF_FORM.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\p{L}-])`,
  "u",
);

export const partyPosition: Rule = {
  name: "party-position",
  reads:
    '"China is ready to …", "Chile supports …" right after a joint act: the position of that side\'s principal, not the joint one',
  decide({ text, state, principals, principalByParty }) {
    if (state.lastSpeaker !== JOINT || state.labelSpeaker || !principalByParty) return undefined;
    const opening = PARTY_OPENING.exec(text);
    if (!opening || !PARTY_POSITION_AFTER.test(text.slice(opening[0].length))) return undefined;
    const speaker = principalByParty.get(PARTY_OF_FORM.get(opening[1]!)!);
    return speaker && principals.has(speaker) ? { speaker } : undefined;
  },
};
