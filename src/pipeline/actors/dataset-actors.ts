/** Dataset Actor records and lookups over gazetteer people, parties and people a readout introduced. */
import type { Actor } from "../../domain/schema";
import { partyById, personById, rolesOn, type PartyRecord, type PersonRecord } from "../gazetteer";
import type { IntroducedPerson } from "./types";

function partyActor(party: PartyRecord): Actor {
  return {
    id: party.id,
    name: party.name,
    kind: party.kind,
    party: party.id,
    ...(party.iso ? { iso: party.iso } : {}),
    aliases: [...party.aliases],
    roles: [],
  };
}

/**
 * Dataset Actor objects (src/domain/schema.ts) for the given ids, in the order given, without repeats:
 * gazetteer people, parties (kind country/organisation, party = own id) and introduced people.
 * Roles without the nouns field. Throws on an id that is none of these (a pipeline bug).
 */
export function toDatasetActors(
  ids: Iterable<string>,
  introduced: readonly IntroducedPerson[] = [],
): Actor[] {
  const actors: Actor[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const person = personById(id);
    if (person) {
      actors.push({
        id: person.id,
        name: person.name,
        kind: "person",
        party: person.party,
        aliases: [...person.aliases],
        roles: person.roles.map(({ title, from, to }) => ({
          title,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        })),
      });
      continue;
    }
    const party = partyById(id);
    if (party) {
      actors.push(partyActor(party));
      continue;
    }
    const newcomer = introduced.find((p) => p.id === id);
    if (newcomer) {
      actors.push({
        id: newcomer.id,
        name: newcomer.name,
        kind: "person",
        party: newcomer.party,
        aliases: [],
        roles: [{ title: newcomer.title }],
      });
      continue;
    }
    throw new Error(`toDatasetActors: "${id}" is neither in the gazetteer nor among the introduced people`);
  }
  return actors;
}

/**
 * Whose side a gazetteer person is on that day: the party of a role held for another (Tusk's
 * European Council presidency is the EU's, his premierships Poland's), else their own.
 */
export function partyOn(person: PersonRecord, date?: string): string {
  return (date === undefined ? undefined : rolesOn(person, date).find((r) => r.party)?.party) ?? person.party;
}

/**
 * The party of a gazetteer person (on `date`, when given: see partyOn), an introduced person or a
 * party id itself; undefined if unknown.
 */
export function partyOfActor(
  actorId: string,
  introduced: readonly IntroducedPerson[],
  date?: string,
): string | undefined {
  const person = personById(actorId);
  return (
    (person && partyOn(person, date)) ??
    introduced.find((p) => p.id === actorId)?.party ??
    (partyById(actorId) ? actorId : undefined)
  );
}

/** True for gazetteer people and people introduced in the readout (not for parties). */
export function isPersonActor(actorId: string, introduced: readonly IntroducedPerson[]): boolean {
  return Boolean(personById(actorId) ?? introduced.find((p) => p.id === actorId));
}

/** The display name of a person (gazetteer or introduced), else the id. */
export function nameOfActor(actorId: string, introduced: readonly IntroducedPerson[]): string {
  return personById(actorId)?.name ?? introduced.find((p) => p.id === actorId)?.name ?? actorId;
}
