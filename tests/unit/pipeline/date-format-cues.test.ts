/**
 * Made-up readouts for date and format cues real pages use: phone wording, relative words with no
 * publication date to anchor them, a dateline day under a next-day stamp. None of these texts is copied.
 */
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { meetingsOf } from "./helpers";

/** The pipeline's result for a page made of these paragraphs. */
const pageOf = (...paragraphs: string[]) => buildDataset([{ id: "t", raw: paragraphs.join("\n\n") }]);

describe("format cues", () => {
  it("reads held phone talks as a call", () => {
    const [meeting] = meetingsOf(
      "On April 3, 2019, Xi Jinping held phone talks with Vladimir Putin about grain harvests.",
    );
    expect(meeting!.format).toBe("phone");
  });

  it("takes the call from a title naming it when the text only says they spoke", () => {
    const { dataset, errors } = pageOf(
      "Readout of the President's Call with President Xi Jinping",
      "April 3, 2019",
      "President Joe Biden spoke today with President Xi Jinping about river shipping.",
    );
    expect([errors, dataset.meetings[0]!.format, dataset.meetings[0]!.provenance.format.source]).toEqual([
      [],
      "phone",
      "inferred",
    ]);
  });
});

describe("relative days without a publication date", () => {
  it("refuses a date from tomorrow or today when nothing anchors them", () => {
    const { dataset, errors } = pageOf(
      "Xi Jinping meets with Vladimir Putin",
      "Vladimir Putin: Tomorrow you will open the orchard fair, and today we talk about apples.",
      "Xi Jinping met with Vladimir Putin in Moscow.",
    );
    expect(dataset.meetings).toEqual([]);
    expect(errors.join(" ")).toMatch(/no date could be resolved/);
  });

  it("still resolves today against a publication date the caller gives", () => {
    const [meeting] = meetingsOf("Xi Jinping met with Vladimir Putin today in Moscow.", "2019-04-03");
    expect(meeting!.date).toBe("2019-04-03");
  });
});

describe("dateline against the page stamp", () => {
  it.each([
    [
      "the stamp is the next morning: the dateline's day",
      [
        "(Xinhua) 08:05, March 12, 2019",
        "BEIJING, March 11 (Xinhua) -- Xi Jinping held talks with Vladimir Putin on Monday.",
      ],
      "2019-03-11",
    ],
    [
      "a dateline later than the stamp: the year before",
      [
        "(Xinhua) 00:20, January 1, 2020",
        "BEIJING, Dec. 31 (Xinhua) -- Xi Jinping met with Vladimir Putin in Beijing.",
      ],
      "2019-12-31",
    ],
  ])("dates by the dateline, its year from the stamp (%s)", (_, lines, date) => {
    const { dataset, errors } = pageOf("Xi holds talks with Russian president", ...lines);
    expect({ errors, date: dataset.meetings[0]?.date }).toEqual({ errors: [], date });
  });
});

describe("a date at the end of the title", () => {
  it("reads the day after the title's colon as the publication date", () => {
    const { dataset, errors } = pageOf(
      "Chancellor's meeting with President Xi Jinping: 3 May 2021",
      "President Xi Jinping met Vladimir Putin in Beijing today to talk about barley.",
    );
    expect({ errors, date: dataset.meetings[0]?.date, title: dataset.readouts[0]?.title }).toEqual({
      errors: [],
      date: "2021-05-03",
      title: "Chancellor's meeting with President Xi Jinping",
    });
  });
});

describe("the day of an earlier meeting", () => {
  it.each([
    [
      "since their last meeting, in the meeting's own sentence",
      "Prime Minister Nimal Perera of Sri Lanka held a bilateral meeting with his Chinese counterpart Li Qiang at the Lotus Hall on Tuesday (Mar 4), following up on matters since their last meeting in Colombo on August 12, 2024.",
    ],
    [
      "last met, in a later sentence",
      "Prime Minister Nimal Perera of Sri Lanka met Premier Li Qiang on Tuesday (Mar 4). The two leaders last met on August 12, 2024 in Colombo.",
    ],
    [
      "when they met, in a later sentence",
      "Prime Minister Nimal Perera of Sri Lanka met Premier Li Qiang on Tuesday (Mar 4). When they met in Colombo on 12 August 2024, the two agreed to open a shipping route.",
    ],
    [
      "a day opening a sentence about their earlier meeting",
      "Prime Minister Nimal Perera of Sri Lanka met Premier Li Qiang on Tuesday (Mar 4). On August 12, 2024, the two leaders first met in Colombo.",
    ],
  ])("never dates this meeting (%s): with no other year, it refuses", (_, text) => {
    const { dataset, errors } = pageOf(text);
    expect(dataset.meetings).toEqual([]);
    expect(errors.join(" ")).toMatch(/no date could be resolved/);
  });

  it("still dates a meeting told as their first meeting", () => {
    const [meeting] = meetingsOf(
      "Xi Jinping and President Nimal Perera of Sri Lanka held their first meeting on March 4, 2025 in Hangzhou.",
    );
    expect([meeting!.date, meeting!.location?.city]).toEqual(["2025-03-04", "Hangzhou"]);
  });

  it("dates and places the meeting by its own words when the earlier one comes first", () => {
    const [meeting] = meetingsOf(
      "Since their last meeting in Colombo on August 12, 2024, trade has grown by a fifth, Prime Minister Nimal Perera of Sri Lanka said as he met Premier Li Qiang in Hangzhou on March 4, 2025.",
    );
    expect([meeting!.date, meeting!.location?.city]).toEqual(["2025-03-04", "Hangzhou"]);
  });
});

describe("a page whose only days are its photo captions", () => {
  const captions = [
    "China's Li meets Malaysian leader at summit",
    "Premier Li Qiang speaks at the summit in Vientiane, Laos, on October 9, 2025. Some Name/Reuters",
    "Prime Minister Hamid Rosli arrives at the summit in Vientiane, Laos, October 7, 2025. Other Name/Pool via AGENCY",
  ];
  it("reads a weekday of the meeting against the last caption day, never a caption's day itself", () => {
    const { dataset, warnings } = pageOf(
      ...captions,
      "Li Qiang met with Malaysian Prime Minister Hamid Rosli at the summit, the ministry said on Thursday.",
      "Malaysia's government said Rosli met Li on Wednesday in Vientiane.",
    );
    expect(dataset.meetings.map((m) => m.date)).toEqual(["2025-10-08"]);
    expect(warnings.join(" ")).toMatch(/no stamp/);
  });

  it("does not read 'today' or another occasion against a caption day", () => {
    for (const said of [
      "Malaysia's government said Rosli met Li today in Vientiane.",
      "Malaysia's government said Rosli had met Li on Wednesday in Vientiane.",
      "Malaysia's government said Rosli would meet Li on Wednesday in Vientiane.",
    ]) {
      const { dataset } = pageOf(
        ...captions,
        "Li Qiang met with Malaysian Prime Minister Hamid Rosli at the summit, the ministry said.",
        said,
      );
      expect(dataset.meetings).toEqual([]);
    }
  });
});

describe("the meeting told again by its pair", () => {
  it("dates the meeting by a weekday in 'The pair met for talks on …' after an undated anchor", () => {
    const [meeting] = meetingsOf(
      [
        " date 2022-06-03 Prime Minister Marit Haugland praises ties as she meets Xi Jinping in Beijing",
        "Norwegian Prime Minister Marit Haugland stressed growing trade links in her meeting with the Chinese president, Xi Jinping, in Beijing.",
        "The pair met for talks on Thursday at the Diaoyutai State Guesthouse on the second day of her trip.",
        "“There are areas in which we can work together,” she said.",
      ].join("\n\n"),
    );
    expect([meeting!.date, meeting!.datePrecision, meeting!.provenance.date.source]).toEqual([
      "2022-06-02",
      undefined,
      "text",
    ]);
  });

  it("not when the pair meets again or met before", () => {
    for (const again of [
      "They met again on Thursday for a state banquet.",
      "The two leaders last met on Thursday in Oslo.",
      "They will meet on Thursday in Oslo.",
    ]) {
      const [meeting] = meetingsOf(
        [
          " date 2022-06-03 Haugland meets Xi",
          "Norwegian Prime Minister Marit Haugland stressed growing trade links in her meeting with the Chinese president, Xi Jinping, in Beijing.",
          again,
        ].join("\n\n"),
      );
      expect([again, meeting!.date, meeting!.datePrecision]).toEqual([again, "2022-06-03", "on-or-before"]);
    }
  });
});

describe("a day inside an attribution opener is the source's", () => {
  it("'According to a statement posted … on Sunday, Wang met … on Saturday' is Saturday", () => {
    const [meeting] = meetingsOf(
      [
        "Foreign ministers meet in Tarsis",
        "By a staff writer | Updated: 2014-08-11 06:55",
        "According to a statement posted on the website of the Ministry of Foreign Affairs on Sunday, Wang Yi met Foreign Minister Ardan Mensor of Ghana on the sidelines of the regional forum on Saturday.",
      ].join("\n"),
    );
    expect(meeting!.date).toBe("2014-08-09");
  });
});

describe("a page stamp of the month alone", () => {
  it("is furniture, and the refusal says it gives no day", () => {
    const { dataset, errors } = pageOf(
      " date 2024-07 Foreign Minister Wang Yi and Foreign Minister Ardan Mensor of Ghana met Saturday on the sidelines of the regional forum in Tarsis.",
    );
    expect(dataset.meetings).toEqual([]);
    expect(errors.join("\n")).toMatch(
      /stamp "date 2024-07" gives only the month, no day.*supply --published/,
    );
  });

  it("leaves a day the text gives to date the meeting, without the stamp in the statement", () => {
    const [meeting] = meetingsOf(
      " date 2024-07 On July 27, 2024, Foreign Minister Wang Yi met Foreign Minister Ardan Mensor of Ghana in Vientiane.",
    );
    expect(meeting!.date).toBe("2024-07-27");
    expect(meeting!.statements.every((s) => !s.text.includes("date 2024-07"))).toBe(true);
  });
});
