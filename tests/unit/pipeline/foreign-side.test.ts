// Readouts published by the foreign side of a meeting (a foreign ministry's release, a minister's
// own page, a presidency's remarks): made-up texts in the styles those publishers write.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

function extract(raw: string) {
  const result = buildDataset([{ id: "t", raw }]);
  if (result.errors.length) throw new Error(result.errors.join("\n"));
  return result.dataset;
}

/** Speaker and rule of the statement containing `fragment`. */
function explain(raw: string): (fragment: string) => { speaker: string; rule: string | undefined } {
  const statements = extract(raw).meetings.flatMap((m) => m.statements);
  return (fragment) => {
    const s = statements.find((st) => st.text.includes(fragment));
    if (!s) throw new Error(`no statement contains "${fragment}"`);
    return { speaker: s.speaker, rule: s.speakerRule };
  };
}

const paragraphs = (...texts: string[]) => texts.join("\n\n");

describe("foreign-side readouts", () => {
  it("'This was the first … meeting between …' after a joint act is the publisher's background", () => {
    const who = explain(
      paragraphs(
        "Chilean Foreign Minister Ana Rojas Peralta and her Chinese counterpart Wang Yi on 3 June 2022 agreed to resume direct flights. At a meeting in Santiago, the two ministers had a long exchange of views on trade. This was the first high-level meeting between the two sides after the new government took office in Chile.",
      ),
    );
    expect(who("This was the first high-level meeting").speaker).toBe("narrator");
    expect(who("the two ministers had a long exchange").speaker).toBe("joint");
  });

  it("reads a foreign ministry's readout verbs: both acknowledged (joint), recorded and registered (the speaker's)", () => {
    const who = explain(
      paragraphs(
        "New Zealand Prime Minister Aroha Ngata met with the President of the People's Republic of China Xi Jinping in the margins of the APEC Economic Leaders' Meeting in Bangkok on 18 November 2022.",
        "Prime Minister Ngata and President Xi both acknowledged the significance of the anniversary of diplomatic relations.",
        "As she has done before, the Prime Minister recorded New Zealand's concerns regarding the South China Sea. Against the backdrop of the summit, the Prime Minister registered the importance of the rules that served the region well.",
      ),
    );
    expect(who("both acknowledged the significance").speaker).toBe("joint");
    expect(who("recorded New Zealand's concerns").speaker).toBe("aroha-ngata");
    expect(who("registered the importance").speaker).toBe("aroha-ngata");
  });

  it("a minister named by a bare title belongs to the country the text pairs with China", () => {
    const dataset = extract(
      paragraphs(
        "Foreign Secretary Jane Hollis met Foreign Minister of the People’s Republic of China, Wang Yi, in Beijing on 18 October 2024.",
        "The Foreign Secretary set out that it is a necessity that the UK and China increase bilateral engagement. She raised Russia’s war in Ukraine and urged Wang Yi to prevent Chinese companies from supplying Russia’s military.",
      ),
    );
    const [meeting] = dataset.meetings;
    expect(meeting?.sides.map((side) => [side.party, side.principal])).toEqual([
      ["china", "wang-yi"],
      ["united-kingdom", "jane-hollis"],
    ]);
    expect(meeting?.date).toBe("2024-10-18");
  });

  it("a transcript's capitals label 'NAME, TITLE:' introduces its speaker, whose 'I' tells the meeting", () => {
    const raw = paragraphs(
      "Press Conference - Parliament House, Wellington - 12/05/2022",
      "12 May 2022",
      "MARA TANE, FOREIGN MINISTER: Thanks for coming. This morning I met my Chinese counterpart Wang Yi for our annual dialogue. A stable relationship between New Zealand and China needs ongoing work.",
      "We discussed trade and the Pacific.",
      "JOURNALIST: Minister, did you raise the detained journalist?",
      "MARA TANE: I did. I told the Foreign Minister that New Zealanders were concerned.",
    );
    const [meeting] = extract(raw).meetings;
    expect(meeting?.sides.map((side) => [side.party, side.principal])).toEqual([
      ["china", "wang-yi"],
      ["new-zealand", "mara-tane"],
    ]);
    expect(meeting?.date).toBe("2022-05-12");
    const who = explain(raw);
    expect(who("A stable relationship between").speaker).toBe("mara-tane");
    expect(who("New Zealanders were concerned").speaker).toBe("mara-tane");
  });

  it("a presidency's remarks page titled with the Chinese leader's state visit is that meeting, every sentence the speaker's", () => {
    const raw = paragraphs(
      "Media briefing remarks by His Excellency President Thabo Mokoena during the People's Republic of China State Visit by His Excellency President Xi Jinping",
      "Your Excellency, President Xi Jinping,",
      "Members of the media,",
      "Thank you for joining us on 24 July 2018 at the conclusion of a productive meeting with His Excellency Xi Jinping.",
      "President Xi and I noted that trade between South Africa and China has grown.",
    );
    const [meeting] = extract(raw).meetings;
    expect(meeting?.sides.map((side) => side.principal)).toEqual(["xi-jinping", "thabo-mokoena"]);
    expect(meeting?.date).toBe("2018-07-24");
    const who = explain(raw);
    expect(who("President Xi and I noted").speaker).toBe("thabo-mokoena");
  });

  it("titles joined by a slash (the EU's 'High Representative/Vice-President') still make a joint subject", () => {
    const who = explain(
      paragraphs(
        "High Representative for Foreign Affairs and Security Policy/Vice-President of the European Commission Josep Borrell met with his Chinese counterpart State Councillor/Foreign Minister Wang Yi on Wednesday 21 September 2022 in New York.",
        "High Representative Borrell raised the situation around the nuclear plant.",
        "The High Representative/Vice-President and Foreign Minister Wang Yi reaffirmed their joint commitment to non-proliferation.",
      ),
    );
    expect(who("reaffirmed their joint commitment").speaker).toBe("joint");
  });

  it("a name's Arabic article capitalised at the start of a reference ('El-Sisi', 'Al-Sisi') is that person", () => {
    const who = explain(
      paragraphs(
        "On 29 May 2024, President Xi Jinping held talks with Egyptian President Abdel Fattah el-Sisi in Beijing.",
        "During their talks, President El-Sisi and President Xi Jinping exchanged views on regional developments. President Al-Sisi emphasized the need for a ceasefire.",
      ),
    );
    expect(who("exchanged views on regional developments").speaker).toBe("joint");
    expect(who("emphasized the need for a ceasefire").speaker).toBe("abdel-fattah-el-sisi");
  });

  it("a time's 'p.m.' before a bracket or a small letter ends no sentence", () => {
    const who = explain(
      paragraphs(
        "Earlier on Nov. 15, 2022, President Yoon Suk Yeol held his first summit talks with Chinese President Xi Jinping.",
        "In their 25-minute meeting from 5:11 p.m. (KST 6:11 p.m.) to 5:36 p.m., both leaders discussed the Korean Peninsula. The talks ended at 5:36 p.m. The two sides agreed to meet again.",
      ),
    );
    expect(who("both leaders discussed the Korean Peninsula")).toEqual({
      speaker: "joint",
      rule: "joint-subject",
    });
    expect(who("In their 25-minute meeting").speaker).toBe("joint");
    expect(who("The two sides agreed to meet again").speaker).toBe("joint");
  });

  it("'Both Ministers' capitalised, as a ministry writes it, is a joint subject", () => {
    const who = explain(
      paragraphs(
        "Minister for Foreign Affairs Dr Vivian Balakrishnan met Chinese Foreign Minister Wang Yi in Beijing on 9 September 2024.",
        "Both Ministers also exchanged views on regional and international developments. Both Leaders welcomed the progress.",
      ),
    );
    expect(who("exchanged views on regional").speaker).toBe("joint");
    expect(who("welcomed the progress").speaker).toBe("joint");
  });

  it("'the PM' names the prime minister, as Commonwealth papers write it", () => {
    const who = explain(
      paragraphs(
        "Fijian Prime Minister Tevita Naulu met with Premier of the State Council of China Li Qiang in Beijing on 19 August 2024.",
        "The two leaders discussed infrastructure and fisheries.",
        "The PM acknowledged the One China Policy, adding that China stood by Fiji.",
      ),
    );
    expect(who("acknowledged the One China Policy").speaker).toBe("tevita-naulu");
  });

  it("a president's travel with the First Lady, at a clock time, is narration", () => {
    const who = explain(
      paragraphs(
        "On Nov. 15, 2022, President Yoon Suk Yeol held his first summit talks with Chinese President Xi Jinping in Bali.",
        "President Yoon and First Lady Kim Keon Hee at 6:50 a.m. arrived at Seoul Air Base. The two sides agreed to advance ties.",
      ),
    );
    expect(who("arrived at Seoul Air Base").speaker).toBe("narrator");
  });

  it("a day-first dateline ('BRUSSELS, 08 March 2022, (TON):') is the filing day, the sentence's own day the meeting's", () => {
    const [meeting] = extract(
      paragraphs(
        "BRUSSELS, 08 March 2022, (TON): On 7 March, the EU High Representative Josep Borrell spoke with China’s State Councillor and Foreign Minister Wang Yi.",
        "High Representative Borrell expressed appreciation for China’s position.",
      ),
    ).meetings;
    expect(meeting?.date).toBe("2022-03-07");
  });
});
