import { describe, expect, it } from "vitest";
import worldData from "../../../src/pipeline/gazetteer/world.generated.json";
import peopleData from "../../../src/pipeline/gazetteer/people.json";
import placesData from "../../../src/pipeline/gazetteer/places.json";
import titlesData from "../../../src/pipeline/gazetteer/titles.json";
import {
  findPlaces,
  loadGazetteer,
  PARTIES,
  partyById,
  PEOPLE,
  personById,
  PLACES,
  rolesOn,
  TITLES,
  type PersonRecord,
} from "../../../src/pipeline/gazetteer";
import { slugify } from "../../../src/pipeline/text-utils";

const person = (id: string): PersonRecord => {
  const p = personById(id);
  if (!p) throw new Error(`no ${id} in the gazetteer`);
  return p;
};
const titlesOn = (id: string, date?: string) => rolesOn(person(id), date).map((r) => r.title);
const clone = <T>(data: T): T => JSON.parse(JSON.stringify(data)) as T;
const raw = () =>
  clone({ parties: worldData.parties, people: peopleData, places: placesData, titles: titlesData });

describe("slugify", () => {
  it("makes readable ids without accents", () => {
    expect(slugify("António Guterres")).toBe("antonio-guterres");
    expect(slugify("Ban Ki-moon")).toBe("ban-ki-moon");
    expect(slugify("Recep Tayyip Erdoğan")).toBe("recep-tayyip-erdogan");
    expect(slugify("  Xi'an — Zhongnanhai ")).toBe("xian-zhongnanhai");
    expect(slugify("Ferdinand Marcos Jr.")).toBe("ferdinand-marcos-jr");
  });
});

describe("gazetteer data", () => {
  it("holds the seed people, the foreseeable counterparts and their parties", () => {
    for (const id of [
      "xi-jinping",
      "wang-yi",
      "fang-fenghui",
      "wang-huning",
      "li-zhanshu",
      "yang-jiechi",
      "cai-qi",
      "ban-ki-moon",
      "antonio-guterres",
      "vladimir-putin",
      "li-keqiang",
      "li-qiang",
      "han-zheng",
      "wang-qishan",
      "qin-gang",
      "zhao-leji",
      "dmitry-medvedev",
      "sergey-lavrov",
      "mikhail-mishustin",
      "barack-obama",
      "donald-trump",
      "joe-biden",
      "antony-blinken",
      "john-kerry",
      "angela-merkel",
      "olaf-scholz",
      "emmanuel-macron",
      "francois-hollande",
      "narendra-modi",
      "luiz-inacio-lula-da-silva",
      "jair-bolsonaro",
      "jacob-zuma",
      "cyril-ramaphosa",
      "shinzo-abe",
      "fumio-kishida",
      "moon-jae-in",
      "yoon-suk-yeol",
      "kim-jong-un",
      "recep-tayyip-erdogan",
      "volodymyr-zelensky",
      "tedros-adhanom-ghebreyesus",
      "christine-lagarde",
      "kristalina-georgieva",
    ]) {
      expect(personById(id), id).toBeDefined();
    }
    expect(PEOPLE.length).toBeGreaterThanOrEqual(100);
    expect(PARTIES.length).toBeGreaterThanOrEqual(40);
    expect(PLACES.length).toBeGreaterThanOrEqual(60);
    expect(TITLES).toContain("Chancellor");
  });

  it("gives every person a slug id, a known party and aliases the brief asks for", () => {
    for (const p of PEOPLE) {
      expect(p.id).toBe(slugify(p.name));
      expect(partyById(p.party), `${p.id} → ${p.party}`).toBeDefined();
    }
    expect(person("antonio-guterres").aliases).toEqual(
      expect.arrayContaining(["Antonio Guterres", "Guterres"]),
    );
    expect(person("vladimir-putin").aliases).toEqual(expect.arrayContaining(["Putin", "President Putin"]));
    expect(person("ban-ki-moon").aliases).toContain("Ban");
    expect(person("xi-jinping").aliases).toContain("Xi");
  });

  it("describes parties with the adjectives readouts put before titles", () => {
    expect(partyById("united-nations")).toMatchObject({
      kind: "organisation",
      aliases: expect.arrayContaining(["UN", "U.N.", "United Nations", "the Organization"]),
    });
    expect(partyById("united-states")?.adjectives).toEqual(
      expect.arrayContaining(["US", "U.S.", "American"]),
    );
    expect(partyById("south-africa")?.adjectives).toContain("South African");
    expect(partyById("germany")?.adjectives).toContain("German");
    expect(partyById("north-korea")?.aliases).toContain("DPRK");
    for (const id of [
      "china",
      "russia",
      "european-union",
      "who",
      "asean",
      "african-union",
      "india",
      "brazil",
      "japan",
      "south-korea",
      "ukraine",
    ]) {
      expect(partyById(id), id).toBeDefined();
    }
  });
});

describe("rolesOn", () => {
  it("returns the roles held on a date, bounds inclusive", () => {
    expect(titlesOn("ban-ki-moon", "2014-02-07")).toEqual(["Secretary-General of the United Nations"]);
    expect(titlesOn("ban-ki-moon", "2017-03-01")).toEqual([]);
    expect(titlesOn("antonio-guterres", "2016-12-31")).toEqual([]);
    expect(titlesOn("antonio-guterres", "2017-01-01")).toEqual(["Secretary-General of the United Nations"]);
    expect(titlesOn("vladimir-putin", "2010-06-01")).toEqual(["Prime Minister of the Russian Federation"]);
    expect(titlesOn("vladimir-putin", "2022-12-30")).toEqual(["President of the Russian Federation"]);
  });

  it("follows a minister who left office and came back", () => {
    expect(titlesOn("wang-yi", "2023-03-01")).toEqual(["State Councilor"]);
    expect(titlesOn("wang-yi", "2023-05-01")).toEqual([]);
    expect(titlesOn("qin-gang", "2023-03-01")).toContain("Minister of Foreign Affairs");
    expect(titlesOn("wang-yi", "2024-05-16")).toEqual(["Minister of Foreign Affairs"]);
    expect(titlesOn("wang-yi", "2019-01-01")).toEqual(["Minister of Foreign Affairs", "State Councilor"]);
  });

  it("returns every role without a date, and keeps role nouns for reference resolution", () => {
    expect(titlesOn("vladimir-putin")).toHaveLength(3);
    expect(rolesOn(person("ban-ki-moon"))[0]?.nouns).toEqual(
      expect.arrayContaining(["secretary-general", "un chief"]),
    );
    expect(rolesOn(person("xi-jinping"), "2020-01-01").flatMap((r) => r.nouns)).toEqual(
      expect.arrayContaining(["president", "head of state"]),
    );
  });
});

describe("findPlaces", () => {
  const places = (text: string) =>
    findPlaces(text).map(({ place, start, end }) => [
      text.slice(start, end),
      place.name,
      place.city,
      place.country,
    ]);

  it("finds cities with their country", () => {
    expect(places("The two met in Sochi, Russia, before the games.")).toEqual([
      ["Sochi", "Sochi", undefined, "Russia"],
    ]);
    expect(places("A summit in Kazan and another in Samarkand.")).toEqual([
      ["Kazan", "Kazan", undefined, "Russia"],
      ["Samarkand", "Samarkand", undefined, "Uzbekistan"],
    ]);
  });

  it("maps venues to their city and country", () => {
    expect(places("Talks were held at Zhongnanhai.")).toEqual([
      ["Zhongnanhai", "Zhongnanhai", "Beijing", "China"],
    ]);
    expect(places("They met in the Great Hall of the People in Beijing.")).toEqual([
      ["Great Hall of the People", "Great Hall of the People", "Beijing", "China"],
      ["Beijing", "Beijing", undefined, "China"],
    ]);
    expect(places("A ceremony in the Kremlin.")).toEqual([["Kremlin", "Kremlin", "Moscow", "Russia"]]);
    expect(places("He spoke at UN Headquarters in New York.")).toEqual([
      ["UN Headquarters", "UN Headquarters", "New York", "United States"],
      ["New York", "New York", undefined, "United States"],
    ]);
    expect(places("a dinner at the Diaoyutai State Guesthouse")[0]?.slice(1)).toEqual([
      "Diaoyutai State Guesthouse",
      "Beijing",
      "China",
    ]);
  });

  it("takes the longest, word-bounded, case-sensitive match and knows other spellings", () => {
    expect(places("Leaders gathered in Nur-Sultan.")).toEqual([
      ["Nur-Sultan", "Astana", undefined, "Kazakhstan"],
    ]);
    expect(places("a visit to Brasilia")).toEqual([["Brasilia", "Brasília", undefined, "Brazil"]]);
    expect(places("Bangkok and Limassol; beijing in lower case is not a name, nor Parisian")).toEqual([
      ["Bangkok", "Bangkok", undefined, "Thailand"],
    ]);
    expect(places("the Shanghai Cooperation Organization summit")).toEqual([]);
    expect(places("a trip to Xi'an")).toEqual([["Xi'an", "Xi'an", undefined, "China"]]);
  });
});

describe("loadGazetteer", () => {
  it("accepts the shipped files", () => {
    expect(() => loadGazetteer(raw())).not.toThrow();
  });

  it("fails loudly, naming the file and path of a bad date", () => {
    const data = raw();
    (data.people as { roles: { from?: string }[] }[])[0]!.roles[0]!.from = "2013-02-30";
    expect(() => loadGazetteer(data)).toThrow(
      /people\.json[\s\S]*\[0\]\.roles\[0\]\.from \(xi-jinping\): not a real calendar day/,
    );
  });

  it("rejects unknown parties, unknown venue cities, ids that are not slugs of the name, typos in keys", () => {
    const badParty = raw();
    (badParty.people as { party: string }[])[1]!.party = "atlantis";
    expect(() => loadGazetteer(badParty)).toThrow(/people\.json[\s\S]*unknown party "atlantis"/);

    const badCity = raw();
    const venue = (badCity.places as { kind: string; city?: string }[]).find((p) => p.kind === "venue")!;
    venue.city = "Gotham";
    expect(() => loadGazetteer(badCity)).toThrow(/places\.json[\s\S]*"Gotham" is not a city/);

    const badId = raw();
    (badId.people as { id: string }[])[0]!.id = "xi";
    expect(() => loadGazetteer(badId)).toThrow(/id must be the slug of the name/);

    const typo = raw();
    (typo.parties as Record<string, unknown>[])[0]!.adjectivs = ["Chinese"];
    expect(() => loadGazetteer(typo)).toThrow(/world\.generated\.json[\s\S]*\[0\]/);
  });
});
