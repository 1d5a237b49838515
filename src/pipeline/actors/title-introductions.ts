/**
 * People a readout's title introduces. A remarks page may name its speaker only there ("Remarks by
 * Foreign Minister A B at the meeting with …"), by a bare title whose country is the page's own
 * (publishers.json "party") or else the one foreign country the text names.
 */
import { CHINA } from "../../domain/schema";
import { partyById } from "../gazetteer";
import { findActorMentions } from "./mentions";
import type { IntroducedPerson } from "./types";

export function titleIntroductions(
  title: string | undefined,
  partiesInText: ReadonlySet<string>,
  date?: string,
  homeParty?: string,
): IntroducedPerson[] {
  if (!title) return [];
  const foreign = [...partiesInText].filter((p) => p !== CHINA && partyById(p)?.kind === "country");
  const titleHome = homeParty ?? (foreign.length === 1 ? foreign[0] : undefined);
  return findActorMentions(title, date, [], undefined, titleHome).introduced;
}
