// Every sentence below is made up for these tests; the people introduced by the general rule are fictional.
import { describe, expect, it } from "vitest";
import { actorSchema } from "../../../src/domain/schema";
import { findAttendees } from "../../../src/pipeline/actors/attendance";
import { toDatasetActors } from "../../../src/pipeline/actors/dataset-actors";
import { introducedNouns } from "../../../src/pipeline/actors/known-people";
import { findActorMentions } from "../../../src/pipeline/actors/mentions";
import { analyseReferences } from "../../../src/pipeline/references";
import { meetingsOf } from "./helpers";

const mentions = (text: string, date?: string) =>
  findActorMentions(text, date).mentions.map((m) => [m.surface, m.actorId, m.via] as const);
const ids = (text: string, date?: string) => findActorMentions(text, date).mentions.map((m) => m.actorId);
// Attendance reads the names the references stage found, as in the pipeline.
const attendees = (sentence: string, date?: string) =>
  findAttendees(sentence, analyseReferences(sentence, undefined, date).mentions).map((m) => m.actorId);

describe("findActorMentions: known people", () => {
  it("takes the longest match: a full name is one mention, not two", () => {
    expect(mentions("Russian President Vladimir Putin arrived in the evening.")).toEqual([
      ["Vladimir Putin", "vladimir-putin", "name"],
    ]);
    expect(mentions("Secretary-General Ban Ki-moon spoke first.")).toEqual([
      ["Ban Ki-moon", "ban-ki-moon", "name"],
    ]);
  });

  it("gives spans into the text", () => {
    const text = "Later, Xi Jinping toasted the guests.";
    const [m] = findActorMentions(text).mentions;
    expect(m && text.slice(m.start, m.end)).toBe("Xi Jinping");
  });

  it("recognises surname and honorific aliases", () => {
    expect(mentions("Putin said the harvest was good, and Guterres agreed.")).toEqual([
      ["Putin", "vladimir-putin", "alias"],
      ["Guterres", "antonio-guterres", "alias"],
    ]);
    expect(mentions("President Putin smiled.")).toEqual([["President Putin", "vladimir-putin", "alias"]]);
    expect(mentions("She quoted Antonio Guterres and António Guterres.").map(([, id]) => id)).toEqual([
      "antonio-guterres",
      "antonio-guterres",
    ]);
    expect(mentions("Xi’s remarks were brief.")).toEqual([["Xi", "xi-jinping", "alias"]]);
  });

  it("prefers the name where an honorific alias overlaps it", () => {
    expect(mentions("President Xi Jinping opened the session.")).toEqual([
      ["Xi Jinping", "xi-jinping", "name"],
    ]);
  });

  it("is case-sensitive and word-bounded, so short aliases stay names", () => {
    expect(ids("The delegation flew on to Bangkok.")).toEqual([]);
    expect(ids("Both sides discussed a ban on single-use plastics.")).toEqual([]);
    expect(ids("Ban on nuclear testing remains the goal, the paper said.")).toEqual([]);
    expect(ids("Ban on Friday urged restraint.")).toEqual(["ban-ki-moon"]);
    expect(ids("The banquet was held in Xi'an.")).toEqual([]);
  });

  it("recognises a name whose last word is in capitals, as French-speaking pages write it", () => {
    expect(mentions("President Paul BIYA received the envoy.", "2019-01-18")).toEqual([
      ["Paul BIYA", "paul-biya", "name"],
    ]);
    expect(ids("Shah Mahmood QURESHI spoke.", "2020-01-18")).toEqual(["shah-mahmood-qureshi"]);
    expect(mentions("the envoy of President Xi JINPING", "2019-01-18")).toEqual([
      ["Xi JINPING", "xi-jinping", "name"],
    ]);
  });

  it("resolves an alias two people share by the date", () => {
    expect(ids("Premier Li welcomed the delegation.", "2015-06-01")).toEqual(["li-keqiang"]);
    expect(ids("Premier Li welcomed the delegation.", "2024-06-01")).toEqual(["li-qiang"]);
    expect(ids("Premier Li welcomed the delegation.")).toEqual([]);
  });
});

describe("findActorMentions: the introduction rule", () => {
  it("introduces unseen people named after a party adjective and a title", () => {
    const { mentions: found, introduced } = findActorMentions(
      "German Chancellor Klara Beispielhaus arrived on Monday. Beispielhaus said the talks were useful.",
    );
    expect(introduced).toEqual([
      { id: "klara-beispielhaus", name: "Klara Beispielhaus", party: "germany", title: "Chancellor" },
    ]);
    expect(found.map((m) => [m.surface, m.actorId, m.via])).toEqual([
      ["Klara Beispielhaus", "klara-beispielhaus", "introduced"],
      ["Beispielhaus", "klara-beispielhaus", "introduced"],
    ]);
  });

  it("introduces a one-word name after a title, its country and an honorific ('Hon.')", () => {
    const { introduced } = findActorMentions(
      "Wang Yi met with the Prime Minister of Tonga, Hon. Mateakiloa. The Hon. Mateakiloa thanked China.",
    );
    expect(introduced).toEqual([
      { id: "mateakiloa", name: "Mateakiloa", party: "tonga", title: "Prime Minister" },
    ]);
    // No honorific: one capitalised word is no name.
    expect(findActorMentions("Wang Yi met with the Prime Minister of Tonga, Mateakiloa.").introduced).toEqual(
      [],
    );
  });

  it("introduces a spokesperson whose title wire copy writes in lower case", () => {
    const party = (text: string) => findActorMentions(text).introduced.map((p) => [p.name, p.party]);
    const talks = "Kenyan Foreign Minister Amani Odera met Peruvian Foreign Minister Rosa Quispe.";
    expect(party(`${talks} Asked about a visit, ministry spokesperson Lin Xiaohua said no.`)).toContainEqual([
      "Lin Xiaohua",
      "china",
    ]);
    expect(
      party(`${talks} Peru's Foreign Ministry said so; foreign ministry spokesman Ana Torres added more.`),
    ).toContainEqual(["Ana Torres", "peru"]);
    // Other titles in lower case introduce no one.
    expect(party(`${talks} The talks pleased minister Ana Torres.`)).not.toContainEqual([
      "Ana Torres",
      "peru",
    ]);
  });

  it("gives a bare ministry spokesperson the country of the ministry the text names", () => {
    const party = (text: string) => findActorMentions(text).introduced.map((p) => [p.name, p.party]);
    const talks = "Kenyan Foreign Minister Amani Odera met Peruvian Foreign Minister Rosa Quispe.";
    expect(
      party(`${talks} Peru's Foreign Ministry said so. Ministry spokesperson Ana Torres added more.`),
    ).toContainEqual(["Ana Torres", "peru"]);
    expect(
      party(
        `${talks} The Ministry of Foreign Affairs of Kenya said so. Foreign Ministry spokesperson Ana Torres added more.`,
      ),
    ).toContainEqual(["Ana Torres", "kenya"]);
  });

  it("ends an introduced name at its line: a heading's name does not run into the next paragraph", () => {
    const { introduced } = findActorMentions(
      "Meeting with Samoan Prime Minister Tavita Leaupepe\n\nLi said China values the ties.",
    );
    expect(introduced.map((p) => p.name)).toEqual(["Tavita Leaupepe"]);
  });

  it("handles multi-word adjectives, organisations, possessives and 'of' forms", () => {
    const cases: [string, { id: string; party: string; title: string }][] = [
      [
        "South African President Thabo Nomvete met Xi Jinping.",
        { id: "thabo-nomvete", party: "south-africa", title: "President" },
      ],
      [
        "UN Secretary-General Amara Testwell spoke by video.",
        { id: "amara-testwell", party: "united-nations", title: "Secretary-General" },
      ],
      [
        "Kenya's President Wanjiru Kamau's visit began.",
        { id: "wanjiru-kamau", party: "kenya", title: "President" },
      ],
      [
        "The President of Kenya, Wanjiru Kamau, attended.",
        { id: "wanjiru-kamau", party: "kenya", title: "President" },
      ],
      [
        "U.S. Secretary of State Jordan Q. Samplesmith Jr. landed.",
        { id: "jordan-q-samplesmith-jr", party: "united-states", title: "Secretary of State" },
      ],
      [
        "the French prime minister, Odile Exemplaire, said",
        { id: "odile-exemplaire", party: "france", title: "Prime Minister" },
      ],
      [
        "Chinese Ambassador to Russia Zhou Yishan was also there.",
        { id: "zhou-yishan", party: "china", title: "Ambassador" },
      ],
      [
        "Chinese Vice Premier and Finance Minister Zhou Kemin spoke.",
        { id: "zhou-kemin", party: "china", title: "Vice Premier and Finance Minister" },
      ],
      [
        "UN General Assembly President Dennis Testfrancis spoke.",
        { id: "dennis-testfrancis", party: "united-nations", title: "General Assembly President" },
      ],
    ];
    for (const [text, expected] of cases) {
      expect(findActorMentions(text).introduced, text).toEqual([expect.objectContaining(expected)]);
    }
  });

  it("recognises a known person through the rule instead of introducing them", () => {
    const { mentions: found, introduced } = findActorMentions(
      "German Chancellor Olaf Scholz and Brazilian President Luiz Inácio Lula da Silva met.",
    );
    expect(introduced).toEqual([]);
    expect(found.map((m) => m.actorId)).toEqual(["olaf-scholz", "luiz-inacio-lula-da-silva"]);
  });

  it("lets a newcomer's full name win over a coincidental one-word alias of someone else", () => {
    const { mentions: found, introduced } = findActorMentions(
      "Iranian Foreign Minister Abbas Testnejad met Wang Yi.",
    );
    expect(introduced.map((p) => p.id)).toEqual(["abbas-testnejad"]);
    expect(found.map((m) => m.actorId)).toEqual(["abbas-testnejad", "wang-yi"]);
    expect(ids("Palestinian President Mahmoud Abbas arrived. Abbas said peace was possible.")).toEqual([
      "mahmoud-abbas",
      "mahmoud-abbas",
    ]);
  });

  it("reads royal and honorific titles after an office and royals known by one name", () => {
    const people = (text: string) =>
      findActorMentions(text).introduced.map((p) => [p.name, p.party, p.title] as const);
    expect(
      people("Wang Yi spoke with Foreign Minister Prince Tarif bin Saqr Al Hamdan of Saudi Arabia."),
    ).toEqual([["Tarif bin Saqr Al Hamdan", "saudi-arabia", "Foreign Minister"]]);
    expect(people("Xi Jinping met Emir of Qatar Sheikh Nasser bin Khalid Al Marri.")).toEqual([
      ["Nasser bin Khalid Al Marri", "qatar", "Emir"],
    ]);
    expect(people("Han Zheng met Monday with Princess Solveig of Sweden.")).toEqual([
      ["Princess Solveig", "sweden", "Princess"],
    ]);
    expect(people("Xi Jinping met King Harald IV of Norway.")).toEqual([
      ["King Harald IV", "norway", "King"],
    ]);
    // No country after the name: the foreign party the sentence names.
    expect(people("Queen Marit thanked China for its support to Norway.")).toEqual([
      ["Queen Marit", "norway", "Queen"],
    ]);
    // A royal title before a longer name is read by the title rule; places named after royals are no people.
    expect(people("Princess Solveig Lenz met Li Qiang, Sweden said.")).toEqual([
      ["Solveig Lenz", "sweden", "Princess"],
    ]);
    expect(people("They toured Prince Edward Island and Queen Street in Canada.")).toEqual([]);
  });

  it("stops a name at headline words, dates and possessives", () => {
    expect(
      findActorMentions("Xi Jinping and Kenyan President Wanjiru Kamau Hold Talks").introduced.map(
        (p) => p.name,
      ),
    ).toEqual(["Wanjiru Kamau"]);
    expect(
      findActorMentions("Kenyan President Wanjiru Kamau Monday called for calm.").introduced.map(
        (p) => p.name,
      ),
    ).toEqual(["Wanjiru Kamau"]);
  });

  it("never takes a news agency after an office for a person", () => {
    const text =
      "The President received Wang Yi, Minister of Foreign Affairs of China, Veloria News Agency reports.";
    expect(findActorMentions(text).introduced).toEqual([]);
  });

  it("gives a bare title on a government's own page that government's party", () => {
    const text = "Secretary of State Mara Ellison met with Foreign Minister Wang Yi today.";
    expect(findActorMentions(text).introduced).toEqual([]);
    expect(findActorMentions(text, undefined, [], undefined, "united-states").introduced).toEqual([
      { id: "mara-ellison", name: "Mara Ellison", party: "united-states", title: "Secretary of State" },
    ]);
  });

  it("introduces a speaker the title alone names, of the one country the text names", () => {
    const title =
      "Remarks by Foreign Minister Ilse Marrow at the meeting with Chinese Foreign Minister Wang Yi";
    const refs = analyseReferences(
      "Iceland and China are partners. Marrow thanked Wang.",
      title,
      "2026-05-14",
    );
    expect(refs.introduced.map((p) => [p.id, p.party])).toEqual([["ilse-marrow", "iceland"]]);
    expect(refs.mentions.map((m) => m.actorId)).toContain("ilse-marrow");
  });

  it("never invents a person from bare or unqualified capitalised words", () => {
    for (const text of [
      "Minister Zhang said the Dragon Boat Festival was near.",
      "Director Smith Jones agreed with the plan.",
      "Kenyan President Kamau said little.", // one word is not a full name
      "The UN General Assembly President spoke.",
      "Golden Week Travel Soared In Hangzhou",
      "The Russian President Thanked The Hosts",
    ]) {
      expect(findActorMentions(text), text).toEqual({ mentions: [], introduced: [] });
    }
  });

  it("introduces a guest named first and titled after a comma (the appositive)", () => {
    const intro = (text: string) =>
      findActorMentions(text).introduced.map((p) => [p.name, p.party, p.title] as const);
    expect(intro("Wang met with Ousmane Diallo, Senegal's minister of foreign affairs, in Beijing.")).toEqual(
      [["Ousmane Diallo", "senegal", "Minister of Foreign Affairs"]],
    );
    expect(
      intro(
        "Li met Goran Petrovic, chairman of the Council of Ministers of Bosnia and Herzegovina, on Friday.",
      ),
    ).toEqual([["Goran Petrovic", "bosnia-and-herzegovina", "Chairman"]]);
    // A gloss after the first comma still belongs to the appositive.
    expect(
      intro(
        "Zhao held talks with Arman Seitkali, speaker of the Mazhilis, or the lower house of Kazakhstan's parliament, on Monday.",
      ),
    ).toEqual([["Arman Seitkali", "kazakhstan", "Speaker"]]);
    expect(intro("Wang met Hiro Tanabe, former Japanese Prime Minister, in Boao.")).toEqual([
      ["Hiro Tanabe", "japan", "Former Prime Minister"],
    ]);
    // A delegation's leader with a seniority word before the title.
    expect(
      intro("Wang met a delegation led by Mr. Carl Brandt, former senior US Senator, at Zhongnanhai."),
    ).toEqual([["Carl Brandt", "united-states", "Former Senator"]]);
  });

  it("introduces a delegation's leader after 'led by', of the country the sentence names", () => {
    const intro = (text: string) =>
      findActorMentions(text).introduced.map((p) => [p.name, p.party, p.title] as const);
    expect(
      intro(
        "Han met with a delegation from the Kenya Private Sector Alliance led by chairman Otieno Wafula.",
      ),
    ).toEqual([["Otieno Wafula", "kenya", "Chairman"]]);
    expect(intro("The Chilean delegation was led by Ramiro Valdivia, the party's president.")).toEqual([
      ["Ramiro Valdivia", "chile", "Head of Delegation"],
    ]);
    // No country, several countries, or a Chinese name: no one.
    for (const text of [
      "The delegation was led by Ramiro Valdivia.",
      "A Chilean and Peruvian delegation was led by Ramiro Valdivia.",
      "The Chilean visit was led by Wang Xiaoming of the host side.",
    ])
      expect(findActorMentions(text).introduced, text).toEqual([]);
  });

  it("introduces no one from an appositive without a title, a party, or a two-word name", () => {
    for (const text of [
      "Xi arrived in Beijing, capital of China, on Monday.", // no title
      "The Chinese minister, Wang Jun, Minister of Commerce of China, spoke first.", // China's own
      "The guest, Minister of Finance, thanked the hosts.", // no name before it
      "Xi met Leaupepe, Samoa's minister of finance, on Monday.", // one word is not a full name
      "Li met Tavita Leaupepe, Chairman of the Assembly, on Monday.", // no party named
      "Li met Tavita Leaupepe, President Mensah said.", // a title with a name after it is no appositive
    ]) {
      expect(findActorMentions(text).introduced, text).toEqual([]);
    }
  });

  it("refers back by family name, which comes first for parties that write names that way", () => {
    const text =
      "Vietnamese Prime Minister Pham Minh Testchinh met Dutch Prime Minister Anneke Voorbeeld. Pham said trade grew; Voorbeeld agreed.";
    expect(findActorMentions(text).mentions.map((m) => [m.surface, m.actorId])).toEqual([
      ["Pham Minh Testchinh", "pham-minh-testchinh"],
      ["Anneke Voorbeeld", "anneke-voorbeeld"],
      ["Pham", "pham-minh-testchinh"],
      ["Voorbeeld", "anneke-voorbeeld"],
    ]);
  });

  it("carries people introduced elsewhere in the readout into a sentence", () => {
    const { introduced } = findActorMentions("Kenyan President Wanjiru Kamau arrived.");
    expect(findActorMentions("Kamau thanked the hosts.").mentions).toEqual([]);
    expect(
      findActorMentions("Kamau thanked the hosts.", undefined, introduced).mentions.map((m) => [
        m.actorId,
        m.via,
      ]),
    ).toEqual([["wanjiru-kamau", "introduced"]]);
  });
});

describe("findAttendees", () => {
  it("lists the people a sentence says were present or attended", () => {
    expect(attendees("Cai Qi, Wang Yi and others were present at the talks.")).toEqual(["cai-qi", "wang-yi"]);
    expect(attendees("Ding Xuexiang and Wang Yi attended the welcome banquet.", "2024-05-16")).toEqual([
      "ding-xuexiang",
      "wang-yi",
    ]);
    expect(attendees("Also present were Sergey Lavrov and Yuri Ushakov.")).toEqual([
      "sergey-lavrov",
      "yuri-ushakov",
    ]);
    expect(attendees("Attending the talks were Wang Huning and Yang Jiechi.")).toEqual([
      "wang-huning",
      "yang-jiechi",
    ]);
    expect(attendees("Present at the meeting was Wang Yi.")).toEqual(["wang-yi"]);
    expect(attendees("Also present were H.E. Mr. Wang Yi and Dr. Cai Qi.")).toEqual(["wang-yi", "cai-qi"]);
    expect(attendees("Wang Yi accompanied Xi Jinping on the visit.")).toEqual(["wang-yi"]);
  });

  it("keeps only the list the cue governs", () => {
    expect(attendees("Putin, accompanied by Lavrov, met Xi Jinping in the Kremlin.")).toEqual([
      "sergey-lavrov",
    ]);
    expect(attendees("Xi Jinping held talks with Putin; Cai Qi and Wang Yi attended.")).toEqual([
      "cai-qi",
      "wang-yi",
    ]);
  });

  it("includes people introduced by the general rule in the attendance sentence", () => {
    expect(attendees("Also present were Wang Yi and Chinese Ambassador to Russia Zhou Yishan.")).toEqual([
      "wang-yi",
      "zhou-yishan",
    ]);
  });

  it("returns [] for sentences that merely mention people", () => {
    for (const sentence of [
      "Putin thanked President Xi Jinping for his warm hospitality.",
      "Xi Jinping said Putin, who attended the forum last year, was welcome again.",
      "Guterres recalled a letter from Ban Ki-moon.",
      "The present situation was discussed by Xi Jinping and Putin.",
      "The two leaders attended a signing ceremony.",
    ]) {
      expect(attendees(sentence), sentence).toEqual([]);
    }
  });
});

describe("toDatasetActors", () => {
  it("builds schema-valid actors for people, parties and introduced people, in order, without role nouns", () => {
    const introduced = [
      { id: "klara-beispielhaus", name: "Klara Beispielhaus", party: "germany", title: "Chancellor" },
    ];
    const actors = toDatasetActors(
      ["xi-jinping", "united-nations", "russia", "klara-beispielhaus", "xi-jinping"],
      introduced,
    );
    expect(actors.map((a) => [a.id, a.kind, a.party])).toEqual([
      ["xi-jinping", "person", "china"],
      ["united-nations", "organisation", "united-nations"],
      ["russia", "country", "russia"],
      ["klara-beispielhaus", "person", "germany"],
    ]);
    for (const actor of actors) expect(actorSchema.parse(actor)).toEqual(actor);
    expect(actors[0]?.roles).toContainEqual({
      title: "President of the People's Republic of China",
      from: "2013-03-14",
    });
    expect(actors[0]?.roles.some((r) => "nouns" in r)).toBe(false);
    expect(actors[3]?.roles).toEqual([{ title: "Chancellor" }]);
  });

  it("throws on an id it cannot resolve", () => {
    expect(() => toDatasetActors(["nobody-at-all"])).toThrow(/nobody-at-all/);
  });
});

describe("introducedNouns: what a later sentence may call an introduced person", () => {
  it("a portfolio minister is also called by the portfolio before 'minister'", () => {
    expect(introducedNouns("Minister of Foreign Affairs")).toEqual(
      expect.arrayContaining(["minister", "foreign affairs minister", "foreign minister"]),
    );
    expect(introducedNouns("Deputy Minister for Trade")).toContain("deputy trade minister");
    expect(introducedNouns("President")).toEqual(["president", "leader", "head of state"]);
  });
});

describe("a royal's short form on a page that names him in full", () => {
  it("is the same royal, not a second one known by one name", () => {
    const [meeting, ...others] = meetingsOf(
      "2022-12-08\n\nChinese President Xi Jinping met Saudi Arabia's Crown Prince Mohammed bin Salman on Thursday.\n\nPrince Mohammed met Mr Xi at the Royal Court in Riyadh.",
    );
    expect(others).toEqual([]);
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["xi-jinping", "mohammed-bin-salman"]);
    // A royal only ever named by one name is still introduced.
    expect(
      findActorMentions("Han Zheng met Monday with Princess Solveig of Sweden.").introduced.map(
        (p) => p.name,
      ),
    ).toEqual(["Princess Solveig"]);
  });
});

describe("a bare title's person followed by 'of <country>' in a sentence naming another country", () => {
  it("is that country's: 'President Ardan Mensor of Ghana … in Peru's Lima'", () => {
    const { introduced } = findActorMentions(
      "Premier Li Keqiang met President Ardan Mensor of Ghana on the sidelines of the summit in Peru's Lima.",
      "2019-11-15",
    );
    expect(introduced).toEqual([
      { id: "ardan-mensor", name: "Ardan Mensor", party: "ghana", title: "President" },
    ]);
  });
});
