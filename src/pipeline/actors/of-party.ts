/**
 * The party a title names after it: "The Prime Minister of China, Li Qiang was …" is China's
 * premier, not the page's own prime minister, though "the Prime Minister" alone would be the
 * home government's (publishers.json "party") on a ministry's own page.
 */
import { alternation } from "../text-utils";
import { partyNameParty } from "./party-forms";

const OF_PARTY = new RegExp(
  String.raw`\s+of\s+(?:the\s+)?(${alternation(partyNameParty.keys())})(?![\p{L}\p{N}])`,
  "uy",
);

/** The party named by "of <party>" right at `end` of a title in `text`, if any. */
export function partyOfTitle(text: string, end: number): string | undefined {
  OF_PARTY.lastIndex = end;
  const match = OF_PARTY.exec(text);
  return match ? partyNameParty.get(match[1]!) : undefined;
}
