import { describe, expect, it } from "vitest";
import { partyOn } from "../../../src/pipeline/actors/dataset-actors";
import { partyById, PEOPLE, personById, rolesOn } from "../../../src/pipeline/gazetteer";

/**
 * people.json is hand-written from general knowledge; these checks catch the slips such an edit
 * makes (a copied id, a country id that does not exist, a term typed backwards, two leaders of one
 * country on the same day), which would make "The Prime Minister" on a government page resolve to
 * the wrong person or to no one (references.ts takes the single holder of the noun on the date).
 */

// Nouns that name an office a country has one holder of on any day.
const SINGLE_OFFICES = ["head of state", "head of government", "foreign minister"] as const;

describe("people.json integrity", () => {
  it("has unique ids and only known country or organisation ids as parties", () => {
    const ids = PEOPLE.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const unknown = PEOPLE.flatMap((p) =>
      [p.party, ...p.roles.map((r) => r.party)].filter((party) => party && !partyById(party)),
    );
    expect(unknown).toEqual([]);
  });

  it("starts every dated role before it ends", () => {
    const backwards = PEOPLE.flatMap((p) =>
      p.roles.filter((r) => r.from && r.to && !(r.from < r.to)).map((r) => `${p.id}: ${r.title}`),
    );
    expect(backwards).toEqual([]);
  });

  it("never gives one country two heads of state, of government or foreign ministers on the same day", () => {
    // Terms are compared half-open, [from, to): the handover day belongs to both the outgoing and
    // the incoming holder in the data (rolesOn bounds are inclusive), so it is not a clash.
    // A role held for another party (Tusk's European Council presidency) counts for that party.
    const terms = PEOPLE.flatMap((p) =>
      p.roles.flatMap((r) =>
        (partyById(r.party ?? p.party)?.kind === "country" ? SINGLE_OFFICES : [])
          .filter((office) => r.nouns.includes(office))
          .map((office) => ({
            key: `${r.party ?? p.party} ${office}`,
            who: p.id,
            from: r.from ?? "0000-00-00",
            to: r.to ?? "9999-99-99",
          })),
      ),
    );
    const clashes: string[] = [];
    terms.forEach((a, i) =>
      terms.slice(i + 1).forEach((b) => {
        if (a.key === b.key && a.who !== b.who && a.from < b.to && b.from < a.to)
          clashes.push(`${a.key}: ${a.who} ${a.from}–${a.to} and ${b.who} ${b.from}–${b.to}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it("resolves a country's prime minister by date across a handover", () => {
    const holder = (party: string, date: string) =>
      PEOPLE.filter(
        (p) => p.party === party && rolesOn(p, date).some((r) => r.nouns.includes("head of government")),
      ).map((p) => p.id);
    expect(holder("new-zealand", "2016-06-01")).toEqual(["john-key"]);
    expect(holder("new-zealand", "2024-06-01")).toEqual(["christopher-luxon"]);
    expect(holder("france", "2025-01-15")).toEqual(["francois-bayrou"]);
    expect(holder("malaysia", "2019-04-25")).toEqual(["mahathir-mohamad"]);
    expect(personById("thongloun-sisoulith")!.roles.map((r) => r.title)).toHaveLength(2);
    // A prime minister who was foreign minister before keeps both roles, each on its own dates.
    expect(rolesOn(personById("paolo-gentiloni")!, "2015-06-01").map((r) => r.nouns[0])).toEqual([
      "foreign minister",
    ]);
  });

  it("files each role under the party it is held for, on its dates", () => {
    const tusk = personById("donald-tusk")!;
    expect(tusk.party).toBe("poland");
    expect(partyOn(tusk, "2010-06-01")).toBe("poland");
    expect(partyOn(tusk, "2016-06-01")).toBe("european-union");
    expect(partyOn(tusk, "2024-06-01")).toBe("poland");
    const polishPremier = (date: string) =>
      PEOPLE.filter(
        (p) =>
          partyOn(p, date) === "poland" &&
          rolesOn(p, date).some((r) => r.nouns.includes("head of government")),
      ).map((p) => p.id);
    expect(polishPremier("2024-06-01")).toEqual(["donald-tusk"]);
    expect(polishPremier("2016-06-01")).not.toContain("donald-tusk");
  });
});
