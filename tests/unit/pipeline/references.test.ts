// Who a phrase refers to: names, role nouns, party sides and pronouns. Every sentence is made up;
// the people introduced by "<adjective> <title> <Name>" are fictional.
import { describe, expect, it } from "vitest";
import { analyseReferences } from "../../../src/pipeline/references";

const DATE = "2030-01-01";
/** [kind, surface, actor] of every reference in the text, in text order; `null` for no date. */
function refs(text: string, title?: string, date: string | null = DATE) {
  return analyseReferences(text, title, date ?? undefined)
    .within(0, text.length)
    .map((r) => [r.kind, r.surface, r.actorId ?? null]);
}

const TWO_PRESIDENTS = "Kenyan President Amani Odhiambo met Ugandan President Jomo Walusimbi.";

describe("analyseReferences: names", () => {
  it("keeps a family name two people of the text share with both ids and no actor", () => {
    const text = "Wang Yi met Wang Qishan's guests. Wang said the talks were useful.";
    const shared = analyseReferences(text, undefined, "2019-05-01")
      .within(0, text.length)
      .find((r) => r.surface === "Wang" && r.start > 30);
    expect(shared).toMatchObject({ kind: "name", candidates: ["wang-yi", "wang-qishan"] });
    expect(shared?.actorId).toBeUndefined();
  });
  it("finds introduced people by full name, then by family name, each with a span into the text", () => {
    const text = "Italian Prime Minister Giulia Fantasia arrived. Fantasia said the talks were useful.";
    const analysis = analyseReferences(text, undefined, DATE);
    expect(analysis.introduced).toEqual([
      { id: "giulia-fantasia", name: "Giulia Fantasia", party: "italy", title: "Prime Minister" },
    ]);
    const found = analysis.within(0, text.length);
    expect(found.map((r) => [r.kind, r.surface, r.actorId])).toEqual([
      ["name", "Giulia Fantasia", "giulia-fantasia"],
      ["name", "Fantasia", "giulia-fantasia"],
    ]);
    for (const r of found) expect(text.slice(r.start, r.end)).toBe(r.surface);
  });

  it("gathers several references to one person under one known person", () => {
    const text =
      "Italian Prime Minister Giulia Fantasia arrived. Fantasia smiled. The prime minister spoke. Her leader nodded.";
    const analysis = analyseReferences(text, undefined, DATE);
    expect([...analysis.people.keys()]).toEqual(["giulia-fantasia"]);
    expect(analysis.people.get("giulia-fantasia")).toMatchObject({
      party: "italy",
      roleNouns: expect.arrayContaining(["prime minister", "minister", "leader"]),
    });
    expect(new Set(refs(text).map(([, , id]) => id))).toEqual(new Set(["giulia-fantasia"]));
    expect(refs(text)).toHaveLength(4);
  });

  it("finds a known person named in full by an honorific and a given name, never by a bare given name", () => {
    const text =
      "Prime Minister Shehbaz Sharif arrived. PM Shehbaz said trade matters. Dr. Shehbaz smiled. Shehbaz Town is far.";
    const found = refs(text, undefined, "2025-06-18");
    expect(found).toEqual([
      ["name", "Shehbaz Sharif", "shehbaz-sharif"],
      ["name", "Shehbaz", "shehbaz-sharif"],
      ["name", "Shehbaz", "shehbaz-sharif"],
    ]);
  });

  it("finds nothing in an empty text, or in CJK and right-to-left text without English names", () => {
    for (const text of ["", "北京会谈今天举行。", "قال الرئيس إن العلاقات جيدة."]) {
      const analysis = analyseReferences(text, undefined, DATE);
      expect(analysis.mentions).toEqual([]);
      expect(analysis.people.size).toBe(0);
      expect(analysis.within(0, text.length)).toEqual([]);
    }
  });
});

describe("analyseReferences: role nouns", () => {
  it("resolves a role noun with a party adjective to that party's person", () => {
    expect(refs(`${TWO_PRESIDENTS} The Kenyan president thanked the hosts.`).slice(2)).toEqual([
      ["role", "The Kenyan president", "amani-odhiambo"],
    ]);
    expect(refs(`${TWO_PRESIDENTS} The Ugandan president thanked the hosts.`).slice(2)).toEqual([
      ["role", "The Ugandan president", "jomo-walusimbi"],
    ]);
  });

  it("resolves a role noun two people share to the one named most recently before it", () => {
    // Both are named again later; what counts is who was named last before each role noun.
    const text = `${TWO_PRESIDENTS} The president thanked the hosts. Walusimbi replied. Odhiambo nodded. The president agreed.`;
    expect(refs(text).filter(([kind]) => kind === "role")).toEqual([
      ["role", "The president", "jomo-walusimbi"],
      ["role", "The president", "amani-odhiambo"],
    ]);
  });

  it("reads a capitalised bare title as the page's own leader when only the other side is named by nationality", () => {
    const own =
      "President of the Philippines Ramona Tolentino met Chinese President Xi Jinping. President Xi spoke. Trade grew, the President said.";
    expect(refs(own, undefined, "2025-06-10").at(-1)).toEqual(["role", "the President", "ramona-tolentino"]);
    // Both named by nationality: the one named most recently, as before.
    const wire =
      "Philippine President Ramona Tolentino met Chinese President Xi Jinping. President Xi spoke. Trade grew, the President said.";
    expect(refs(wire, undefined, "2025-06-10").at(-1)).toEqual(["role", "the President", "xi-jinping"]);
  });

  it("reads a bare foreign-minister title as the page's own minister when the other is named by nationality", () => {
    // The other side's title may come after a longer office ("Chinese State Councilor and Foreign Minister").
    const text =
      "Foreign Minister of Nigeria Amina Okafor held a call with Chinese State Councilor and Foreign Minister Wang Yi. The Foreign Minister thanked China. Foreign Minister underscored that trade matters.";
    expect(refs(text, undefined, "2021-05-15").slice(-2)).toEqual([
      ["role", "The Foreign Minister", "amina-okafor"],
      ["role", "Foreign Minister", "amina-okafor"],
    ]);
  });

  it("reads the British spelling of a role noun ('the State Councillor')", () => {
    const text = "Kenyan President Amani Odhiambo met Wang Yi. The president and the State Councillor spoke.";
    expect(refs(text, undefined, "2021-02-08").at(-1)).toEqual(["role", "the State Councillor", "wang-yi"]);
  });

  it("resolves a role noun only one person holds, with 'his'/'her' as well as 'the'", () => {
    const text =
      "Kenyan President Amani Odhiambo met Ugandan Prime Minister Jomo Walusimbi. His prime minister and the president spoke.";
    expect(refs(text).slice(2)).toEqual([
      ["role", "His prime minister", "jomo-walusimbi"],
      ["role", "the president", "amani-odhiambo"],
    ]);
  });

  it("reads a bare capitalised title opening a sentence as a reference, but not a title before a name", () => {
    const text =
      "Italian Prime Minister Giulia Fantasia arrived. Prime Minister underlined that trade matters. Prime Minister Fantasia left.";
    expect(refs(text)).toEqual([
      ["name", "Giulia Fantasia", "giulia-fantasia"],
      ["role", "Prime Minister", "giulia-fantasia"],
      ["name", "Fantasia", "giulia-fantasia"],
    ]);
  });

  it("does not take a role noun followed by a proper name, or a plural, for a reference", () => {
    expect(
      refs(`${TWO_PRESIDENTS} The President Walusimbi Foundation was opened.`).map(([k]) => k),
    ).not.toContain("role");
    expect(refs(`${TWO_PRESIDENTS} The presidents walked.`).map(([k]) => k)).not.toContain("role");
  });

  it("resolves nothing from outside the text when the date does not make a role holder unambiguous", () => {
    expect(refs("The president met today with students.", undefined, null)).toEqual([]);
    expect(refs("The prime minister met today with students.")).toEqual([]);
  });

  it("reads a transcript label that is a title alone as the page's own leader, only on a government's page", () => {
    const text = "PRIME MINISTER: Welcome, Premier Li Qiang.\n\nPREMIER LI QIANG: Thank you, Prime Minister.";
    const label = (homeParty?: string) =>
      analyseReferences(text, undefined, "2025-03-14", homeParty)
        .within(0, 15)
        .map((r) => [r.kind, r.surface, r.actorId]);
    expect(label("australia")).toEqual([["role", "PRIME MINISTER", "anthony-albanese"]]);
    // With no government known, the label names no one (never the other side's premier).
    expect(label()).toEqual([]);
  });

  it("counts a person named only in the title as mentioned before the text", () => {
    const text = "The Chinese president welcomed the guests.";
    expect(refs(text, undefined, null)).toEqual([]);
    expect(refs(text, "Xi Jinping meets guests", null)).toEqual([
      ["role", "The Chinese president", "xi-jinping"],
    ]);
  });
});

describe("analyseReferences: sides and pronouns", () => {
  it("reads 'the <adjective> side' as that party, for parties the gazetteer knows", () => {
    const text = `${TWO_PRESIDENTS} The Ugandan side agreed. The Kenyan side too. The Ruritanian side too.`;
    expect(refs(text).filter(([kind]) => kind === "side")).toEqual([
      ["side", "The Ugandan side", "uganda"],
      ["side", "The Kenyan side", "kenya"],
    ]);
  });

  it("marks subject pronouns he and she, unresolved, and leaves other pronouns alone", () => {
    expect(refs("She said, he said, and He agreed with him; they and hers left.")).toEqual([
      ["pronoun", "She", null],
      ["pronoun", "he", null],
      ["pronoun", "He", null],
    ]);
    expect(refs("The shelter and the hero stood.")).toEqual([]);
  });
});

describe("analyseReferences: within", () => {
  it("returns only the references wholly inside the range", () => {
    const text = `${TWO_PRESIDENTS} She agreed.`;
    const analysis = analyseReferences(text, undefined, DATE);
    const second = text.indexOf("Jomo");
    expect(analysis.within(0, second).map((r) => r.surface)).toEqual(["Amani Odhiambo"]);
    expect(analysis.within(second + 1, text.length).map((r) => r.surface)).toEqual(["She"]);
    expect(analysis.within(TWO_PRESIDENTS.length, text.length).map((r) => r.surface)).toEqual(["She"]);
    expect(analysis.within(5, 5)).toEqual([]);
  });
});

describe("analyseReferences: a government's own page (publishers.json party)", () => {
  it('"the President" is the page\'s own leader, named in the readout or only by title', () => {
    const named =
      "Kenyan President Amani Odhiambo met Chinese President Xi Jinping. The President thanked Xi.";
    const role = (text: string, homeParty?: string, date = "2025-03-01") =>
      analyseReferences(text, undefined, date, homeParty)
        .within(0, text.length)
        .filter((r) => r.kind === "role")
        .map((r) => r.actorId);
    // Xi is mentioned last before it: without the page's government the title goes to him.
    expect(role(named)).toEqual(["xi-jinping"]);
    expect(role(named, "kenya")).toEqual(["amani-odhiambo"]);
    // Not named at all: the holder of that title in the page's country on the readout's date.
    const unnamed = "The President spoke today with President Xi Jinping of China.";
    expect(role(unnamed)).toEqual(["xi-jinping"]);
    expect(role(unnamed, "united-states")).toEqual(["donald-trump"]);
    expect(role(unnamed, "united-states", "2016-09-03")).toEqual(["barack-obama"]);
  });
  it("\"The Prime Minister of Uganda, <Name>\" is Uganda's, not the page's own prime minister", () => {
    const text =
      "Kenyan Prime Minister Amani Odhiambo met Ugandan Prime Minister Jomo Walusimbi. The Prime Minister of Uganda, Jomo Walusimbi was given a welcome.";
    const roles = analyseReferences(text, undefined, DATE, "kenya")
      .within(0, text.length)
      .filter((r) => r.kind === "role")
      .map((r) => r.actorId);
    expect(roles).toEqual(["jomo-walusimbi"]);
  });
});

describe("analyseReferences: the Philippine press's 'the chief executive'", () => {
  it("is the president of the Philippines named in the text", () => {
    const text =
      "President Ferdinand Marcos Jr. met Xi Jinping. The chief executive said the talks were warm.";
    expect(refs(text, undefined, "2025-02-20")).toContainEqual([
      "role",
      "The chief executive",
      "ferdinand-marcos-jr",
    ]);
  });
});

describe("analyseReferences: a side named only by its office or a national title", () => {
  it("reads a party adjective and a role noun without article or name as the office holder of the day", () => {
    const text =
      "China's premier has met with Taoiseach Niamh Kilbride in Dublin. Chinese Premier said ties were good.";
    expect(refs(text, undefined, "2025-05-14")).toEqual([
      ["role", "China's premier", "li-qiang"],
      ["name", "Niamh Kilbride", "niamh-kilbride"],
      ["role", "Chinese Premier", "li-qiang"],
    ]);
  });

  it("reads a lead-in in capitals, and leaves a name after the office to the name rules", () => {
    const text =
      "CHINA’S PREMIER HAS met with Taoiseach Niamh Kilbride. Chinese Premier Li Qiang said ties were good.";
    expect(refs(text, undefined, "2025-05-14")).toEqual([
      ["role", "CHINA’S PREMIER", "li-qiang"],
      ["name", "Niamh Kilbride", "niamh-kilbride"],
      ["name", "Li Qiang", "li-qiang"],
    ]);
  });

  it("reads a family name in capitals before the given name, then the title and country", () => {
    const text =
      "Mr. TAKAHARA Kenji, Minister for Foreign Affairs of Japan, met the press. Minister Takahara said …";
    const analysis = analyseReferences(text, undefined, DATE);
    expect(analysis.introduced).toEqual([
      { id: "kenji-takahara", name: "Kenji Takahara", party: "japan", title: "Minister for Foreign Affairs" },
    ]);
    expect(analysis.within(0, text.length).map((r) => r.surface)).toEqual(["TAKAHARA Kenji", "Takahara"]);
  });

  it("leaves a chain of titles before a name to the name rules", () => {
    const text = "Chinese State Councilor and Foreign Minister Wang Yi spoke to the press.";
    expect(refs(text, undefined, "2021-09-27")).toEqual([["name", "Wang Yi", "wang-yi"]]);
  });

  it("takes the country from a national title", () => {
    const analysis = analyseReferences("Taoiseach Niamh Kilbride met the press.", undefined, DATE);
    expect(analysis.introduced).toEqual([
      { id: "niamh-kilbride", name: "Niamh Kilbride", party: "ireland", title: "Taoiseach" },
    ]);
  });
});
