import { readFileSync } from "node:fs";
import countries from "world-countries";
import { describe, expect, it } from "vitest";
import { buildWorldGazetteer, type CountrySource } from "../../../scripts/lib/world-gazetteer";
import { WORLD_GAZETTEER_PATH, worldGazetteerText } from "../../../scripts/lib/world-gazetteer-files";
import { PARTIES, partyById, PLACES } from "../../../src/pipeline/gazetteer";

const overlay = JSON.parse(readFileSync("src/pipeline/gazetteer/world.overlay.json", "utf8")) as {
  countries: Record<string, unknown>;
};

describe("the generated world gazetteer", () => {
  it("is what npm run gazetteer:build writes now (run it and commit the result when this fails)", () => {
    expect(readFileSync(WORLD_GAZETTEER_PATH, "utf8")).toBe(worldGazetteerText(countries));
  });

  it("holds every UN member state and the observers, each with its ISO alpha-3 code", () => {
    const members = countries.filter((c) => c.unMember);
    expect(members.length).toBeGreaterThanOrEqual(193);
    const isoCodes = new Set(PARTIES.map((p) => p.iso));
    for (const member of members) expect(isoCodes, member.name.common).toContain(member.cca3);
    expect(partyById("palestine")?.iso).toBe("PSE");
    expect(partyById("holy-see")?.iso).toBe("VAT");
    // Taiwan is a topic and Hong Kong and Macao are cities in China, as before.
    expect(PARTIES.some((p) => ["TWN", "HKG", "MAC"].includes(p.iso ?? ""))).toBe(false);
    expect(PLACES.find((p) => p.name === "Hong Kong")?.country).toBe("China");
  });

  it("keeps the ids the seed corpus and URLs use, with demonyms and short forms", () => {
    expect(partyById("russia")).toMatchObject({
      iso: "RUS",
      adjectives: expect.arrayContaining(["Russian"]),
    });
    expect(partyById("united-states")?.aliases).toEqual(expect.arrayContaining(["U.S.", "USA"]));
    expect(partyById("czech-republic")?.name).toBe("Czech Republic");
    expect(partyById("turkey")?.aliases).toContain("Türkiye");
    expect(partyById("jordan")).toMatchObject({
      name: "Jordan",
      adjectives: expect.arrayContaining(["Jordanian"]),
    });
    expect(partyById("tanzania")?.aliases).toContain("United Republic of Tanzania");
    for (const id of ["united-nations", "european-union", "african-union", "asean", "sco", "brics"])
      expect(partyById(id)?.kind, id).toBe("organisation");
    expect(partyById("new-development-bank")?.aliases).toContain("NDB");
  });

  it("feeds capitals to the places gazetteer, curated places first", () => {
    expect(PLACES.find((p) => p.name === "Amman")).toMatchObject({ kind: "city", country: "Jordan" });
    expect(PLACES.find((p) => p.name === "Montevideo")?.country).toBe("Uruguay");
    expect(PLACES.filter((p) => p.name === "Moscow")).toHaveLength(1);
  });

  it("refuses a form two parties would claim, and an overlay naming an unknown code", () => {
    const twin = (cca3: string, common: string): CountrySource => ({
      cca2: cca3.slice(0, 2),
      cca3,
      unMember: true,
      name: { common, official: common },
      altSpellings: [],
      capital: [],
      demonyms: { eng: { m: "Ruritanian", f: "Ruritanian" } },
    });
    const empty = { note: "", observers: {}, excluded: {}, countries: {}, organisations: [] };
    expect(() =>
      buildWorldGazetteer([twin("RUR", "Ruritania"), twin("RUS", "Ruritania Minor")], empty, new Set()),
    ).toThrow(/"Ruritanian": ruritania and ruritania-minor/);
    expect(() =>
      buildWorldGazetteer([], { ...empty, countries: { XXX: { reason: "typo" } } }, new Set()),
    ).toThrow(/unknown ISO codes: XXX/);
    expect(Object.keys(overlay.countries).length).toBeLessThan(80);
  });
});
