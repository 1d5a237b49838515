import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";
import { clean } from "../../../src/pipeline/clean";

// Made-up page texts in the shapes real sites produce.
describe("clean", () => {
  it("drops breadcrumbs, share lines and footers, and takes the headline as the title", () => {
    const page = [
      "Home > News",
      "Leader A Meets with Visiting Minister",
      "",
      "  On March 3, the two met in Beijing.",
      "",
      "Print   Close",
      "Back to top    Go to home page clear",
      "Suggest To A Friend:",
      "Font size: A A A",
    ].join("\n");
    const result = clean(page);
    expect(result.title).toBe("Leader A Meets with Visiting Minister");
    expect(result.text).toBe("On March 3, the two met in Beijing.");
    expect(result.removed).toEqual(
      expect.arrayContaining(["Home > News", "Print   Close", "Suggest To A Friend:"]),
    );
  });

  it.each([
    ["Updated 09:12, 04-Mar-2021", "2021-03-04"],
    ["(Originally published on 03/04/2021)", "2021-03-04"],
    ["2021-03-04 22:10", "2021-03-04"],
    ["Published: March 4, 2021", "2021-03-04"],
  ])("lifts the publication stamp %j out of the text", (stamp, iso) => {
    const result = clean(`Some Headline Here\n${stamp}\n\nThe leaders met on Thursday.`);
    expect(result.publishedOn).toBe(iso);
    expect(result.text).toBe("The leaders met on Thursday.");
  });

  it("lifts credits and bylines, keeping them as metadata", () => {
    const result = clean("Body sentence one.\n\n(With input from Xinhua)\nSource: Xinhua\nBy Jane Doe");
    expect(result.text).toBe("Body sentence one.");
    expect(result.credits).toEqual(["With input from Xinhua", "Source Xinhua", "By Jane Doe"]);
  });

  it("reads a byline in two lines, the label alone above the name", () => {
    const result = clean("Some Headline Here\nAuthor\nJane Doe,\n\nThe leaders met on Thursday.");
    expect([result.text, result.credits]).toEqual(["The leaders met on Thursday.", ["By Jane Doe"]]);
  });

  it("keeps a dateline in the text but marks it, and uses its date as the publication date", () => {
    const result = clean("MOSCOW, March 20, 2023 (Xinhua) -- The two presidents held talks on Monday.");
    expect(result.dateline?.agency).toBe("Xinhua");
    expect(result.dateline?.place).toBe("MOSCOW");
    expect(result.text.slice(...result.dateline!.span)).toBe("MOSCOW, March 20, 2023 (Xinhua) -- ");
    expect(result.publishedOn).toBe("2023-03-20");
  });

  it.each([
    [
      "Beijing [China], October 16 (ANI): Xi met Mensor.",
      "Beijing",
      "ANI",
      "Beijing [China], October 16 (ANI): ",
    ],
    ["NEW DELHI, Oct 16 (IANS) — Xi met Mensor.", "NEW DELHI", "IANS", "NEW DELHI, Oct 16 (IANS) — "],
    ["BEIJING, March 5 (Xinhua) -- Xi met Mensor.", "BEIJING", "Xinhua", "BEIJING, March 5 (Xinhua) -- "],
    [
      "Port Vell (Veloria), May 2 (PNA) Xi met Mensor.",
      "Port Vell",
      "PNA",
      "Port Vell (Veloria), May 2 (PNA) ",
    ],
  ])(
    "reads the wire dateline of %j: place, agency, and no part of the first sentence",
    (raw, place, agency, head) => {
      const result = clean(`Updated: 2025-10-16 21:05\n\n${raw}`);
      expect(result.dateline?.place).toBe(place);
      expect(result.dateline?.agency).toBe(agency);
      expect(result.text.slice(...result.dateline!.span)).toBe(head);
    },
  );

  it("reads 'PLACE, Country, Day —' (a wire copy's dateline with its country): the day is the filing day", () => {
    const result = clean(
      "2024-09-10\n\nPORT VELL, Veloria, Sep 10 — Trade led talks between Xi and Mensor on Monday.",
    );
    expect(result.dateline?.place).toBe("PORT VELL");
    expect(result.text.slice(...result.dateline!.span)).toBe("PORT VELL, Veloria, Sep 10 — ");
    expect(result.filedOn).toBe("2024-09-10");
    const [meeting] = meetingsOf(
      " date 2024-09-10 Share\n\nBEIJING, China, Sep 10 — Trade led the talks between President Xi Jinping and President Ardan Mensor of Ghana in Beijing on Monday.",
    );
    expect(meeting!.date).toBe("2024-09-09");
  });

  it("reads a Spanish agency's dateline ending '.-': 'Port Vell, November 9 (EFE).- …'", () => {
    const result = clean(
      "Updated: 2025-11-09 21:05\n\nPort Vell, November 9 (EFE).- Xi met Mensor on Saturday.",
    );
    expect(result.dateline?.agency).toBe("EFE");
    expect(result.text.slice(...result.dateline!.span)).toBe("Port Vell, November 9 (EFE).- ");
  });

  it("reads a known city before a spaced dash as a dateline, not a name or a hyphen", () => {
    const result = clean("Updated: 2025-10-16 21:05\n\nBeijing - Chinese Premier Li Qiang met Mensor.");
    expect(result.dateline?.place).toBe("Beijing");
    expect(result.text.slice(...result.dateline!.span)).toBe("Beijing - ");
    for (const raw of [
      "Li Qiang - the premier - met Mensor.",
      "Beijing-Moscow trains will run daily, Li said.",
    ])
      expect(clean(`Updated: 2025-10-16 21:05\n\n${raw}`).dateline).toBeUndefined();
  });

  it("takes no place line for the headline: it stays in the text above the date line", () => {
    const result = clean(
      "Beijing, China\nDecember 5, 2025\n\nThe Prime Minister met with President Xi Jinping.",
    );
    expect(result.title).toBeUndefined();
    expect(result.text.startsWith("Beijing, China")).toBe(true);
    expect(clean("Beijing talks end\n\nXi met Mensor.").title).toBe("Beijing talks end");
    // A site's place line over its page title still leaves the title a title.
    const govuk = clean(
      "10 Downing Street\nPM call with President Xi Jinping of China: 23 August 2025\nThe Prime Minister spoke to President Xi.",
    );
    expect(govuk.title).toBe("PM call with President Xi Jinping of China");
  });

  it("reads a venue, its city and its country over the date line as a place line, never the headline", () => {
    const result = clean(
      "Meeting with the Chinese Premier\n\nGreat Hall of the People, Beijing, China\nOctober 20, 2031\n\nPresident Mensor held a meeting with Premier Li Qiang.",
    );
    expect(result.title).toBe("Meeting with the Chinese Premier");
    expect(result.placeOverDate).toBe(true);
    expect(
      clean("Updated: 2031-10-20\n\nPresident Mensor met Premier Li Qiang.").placeOverDate,
    ).toBeUndefined();
  });

  it("takes the year of a dateline without one from the page's stamp", () => {
    expect(
      clean("Updated: Oct 17, 2025 08:00\n\nBeijing [China], October 16 (ANI): Xi met Mensor.").filedOn,
    ).toBe("2025-10-16");
  });

  it("reads no dateline in a sentence that opens with a name and a comma", () => {
    expect(
      clean("Mensor, the Velorian president, met Xi on May 2 (Xinhua report).").dateline,
    ).toBeUndefined();
    expect(clean("Xi Jinping, May 2 (local time) said it.").dateline).toBeUndefined();
  });

  it("takes no date-and-place line for the headline", () => {
    const result = clean(
      "Statements for the press\nOctober 20, 2025, Akorda, Astana\n\nNurlan Temirbek: Friends,\n\nWe held talks.",
    );
    expect(result.title).toBe("Statements for the press");
  });

  it("drops photo captions and a repeated headline, and flags mid-text headings", () => {
    const result = clean(
      [
        "Leaders Hold Talks",
        "Leaders Hold Talks",
        "Leader A and Leader B shake hands in the capital, May 2, 2022. (Xinhua/Photographer Name)",
        "The talks were held on May 2, 2022.",
        "A: Both sides should cooperate",
        "\u201cWe will cooperate,\u201d Leader A said.",
      ].join("\n"),
    );
    expect(result.text).not.toContain("shake hands");
    expect(result.text.match(/Leaders Hold Talks/g)).toBeNull();
    expect(result.paragraphs.map((p) => p.heading)).toEqual([false, true, false]);
  });

  it("flags a related story's headline that ends on a quoted phrase, not a quoted line", () => {
    const result = clean(
      [
        "Leaders Hold Talks",
        "The talks were held on May 2, 2022.",
        "Leader A tells the forum the region is \u2018here to stay\u2019",
        "Leader B said the ties are \u201cas firm as a rock.\u201d",
        "\u201cWe will always be friends\u201d",
      ].join("\n"),
    );
    expect(result.paragraphs.map((p) => p.heading)).toEqual([false, true, false, false]);
  });

  it("drops captions that end on a photo credit and bracketed agency or editor lines", () => {
    const result = clean(
      [
        "Leaders Hold Talks",
        "( Agency Name )",
        "Leader A welcomes Leader B in the capital, May 2, 2022. [Photo by Some Name/Picture Desk]",
        "Leader A and Leader B walk in the garden. (Photo: Some Name)",
        "The talks were held on May 2, 2022.",
        "(Web editor: Some Name, Other Name)",
      ].join("\n"),
    );
    expect(result.text).toBe("The talks were held on May 2, 2022.");
  });

  it("joins hard-wrapped lines and keeps a cut-off last paragraph as text", () => {
    const result = clean(
      "The president said the two countries\nshould work together.\n\nHe added that the talks were",
    );
    expect(result.text).toBe(
      "The president said the two countries should work together.\n\nHe added that the talks were",
    );
    expect(result.paragraphs.every((p) => !p.heading)).toBe(true);
  });

  it("every paragraph span indexes the cleaned text", () => {
    const result = clean("Title Line\n\n  First paragraph.  \n\nSecond one.\n");
    expect(result.paragraphs.map((p) => result.text.slice(...p.span))).toEqual([
      "First paragraph.",
      "Second one.",
    ]);
  });

  describe("breadcrumbs and bylines around the headline are furniture", () => {
    const BODY = "\n\nThe two leaders met in Beijing on Tuesday.";
    it.each([
      ["News > World > Asia-Pacific\nXi meets Ferrandi"],
      [
        "World › China › Diplomacy\nXi meets Uruguayan leader\nBy Jane Doe | China Daily | Updated: 2019-04-02 08:12",
      ],
      ["CHINA / DIPLOMACY\nXi meets Uruguayan leader\nBy Jane Doe | China Daily | Updated: 2019-04-02 08:12"],
      [
        "Home | China | World\nXi meets Uruguayan leader\nBy Jane Doe, China Daily\nUpdated: 2019-04-02 08:12",
      ],
      ["Home / World / China\nBy JANE DOE in Beijing\nXi, Ferrandi pledge closer ties\n2019-04-02 08:12"],
      ["By Jane Doe | chinadaily.com.cn | Updated: 2019-04-02 08:12\nXi, Ferrandi hold talks"],
      ["China Daily\nXi meets Uruguayan leader\nXinhua | Updated: 2019-04-02 08:12"],
      ["By Zhang Hui and Li Ming Published: Apr 02, 2019 10:42 PM\nXi meets Uruguayan leader"],
    ])("%j", (head) => {
      const result = clean(head + BODY);
      const headline = head.split("\n").find((line) => /^Xi/.test(line));
      expect(result.title).toBe(headline);
      expect(result.text).toBe("The two leaders met in Beijing on Tuesday.");
      if (/\d{4}-\d{2}-\d{2}|2019/.test(head)) expect(result.publishedOn).toBe("2019-04-02");
    });

    it("lifts the authors and the publisher's name out of a byline bar into credits", () => {
      const result = clean(
        "Xi meets Uruguayan leader\nBy Li Ming in Beijing and Ana Soto in Montevideo | China Daily | Updated: 2019-04-02 08:12" +
          BODY,
      );
      expect(result.credits).toEqual(["By Li Ming in Beijing and Ana Soto in Montevideo", "China Daily"]);
      expect(result.publishedOn).toBe("2019-04-02");
    });

    it("keeps sentences, dates and headlines that only look like furniture", () => {
      const result = clean(
        [
          "Xi Meets Ferrandi | Talks In Beijing",
          "2019/10/09",
          "",
          "By Monday, the two sides had signed 12 deals.",
        ].join("\n"),
      );
      expect(result.title).toBe("Xi Meets Ferrandi | Talks In Beijing");
      expect(result.publishedOn).toBe("2019-10-09");
      expect(result.text).toBe("By Monday, the two sides had signed 12 deals.");
    });
  });
});

describe("a lead sentence that lost its final point", () => {
  it("is the body's first sentence, not the headline", () => {
    const lead =
      "On the sidelines of the summit in Astana, Vladimir Putin met with President of the People's Republic of China Xi Jinping";
    const cleaned = clean(`Select font Arial\n${lead}\nThe meeting was attended by ministers.`);
    expect(cleaned.title).not.toBe(lead);
    expect(cleaned.text.startsWith(lead)).toBe(true);
  });

  it("leaves a headline that opens with a short phrase alone", () => {
    expect(clean("In Beijing, Xi meets Kenyan president\n\nXi met Ruto on Monday.").title).toBe(
      "In Beijing, Xi meets Kenyan president",
    );
  });
});
