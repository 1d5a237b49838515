import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("meeting split", () => {
  it.each(["has fronted a joint press conference with", "held a joint news conference with"])(
    "reads a meeting told through its joint press conference (%s)",
    (cue) => {
      const [meeting] = meetingsOf(
        `On March 14, 2025, Premier Li Qiang ${cue} Samoan Prime Minister Tavita Leaupepe.`,
      );
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
    },
  );
  it.each(["held a telephone talk with", "had a telephone talk with"])(
    "reads a call written as a telephone talk, singular (%s)",
    (cue) => {
      const [meeting] = meetingsOf(
        `On March 14, 2025, Premier Li Qiang ${cue} Samoan Prime Minister Tavita Leaupepe.`,
      );
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
      expect(meeting!.format).toBe("phone");
    },
  );
  it.each(["State Counsellor", "State Counselor"])("reads a head of government titled %s", (title) => {
    const [meeting] = meetingsOf(
      `On January 18, 2020, President Xi Jinping held official talks with ${title} Daw Mya Thandar of Myanmar in Nay Pyi Taw.`,
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["xi-jinping", "daw-mya-thandar"]);
  });
  it("takes the meeting verb's object as the foreign principal, not a foreigner of a clause before it", () => {
    const [meeting] = meetingsOf(
      "On May 31, 2022, during Wang Yi's visit to Nuku'alofa, he was granted a royal audience of King Folau III, and met with the Prime Minister of Tonga, Hon. Mateakiloa. Hon. Mateakiloa thanked China for its help.",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["wang-yi", "mateakiloa"]);
  });
  it("keeps the subject of a meeting as its principal when an earlier meeting's people follow its noun", () => {
    const meetings = meetingsOf(
      "BEIJING, March 3, 2025 - Indian External Affairs Minister Amara Velt on Monday met Chinese Foreign Minister Wang Yi. Velt and Wang are meeting in the backdrop of the recent meeting between National Security Adviser Joran Kest and Chinese official Yang Jiechi in Shanghai.",
    );
    expect(meetings.map((m) => m.sides.map((s) => s.principal))).toEqual([["wang-yi", "amara-velt"]]);
  });
  it.each(["today granted an audience to", "granted an audience on Friday (May 19) to"])(
    "reads a monarch granting a visitor an audience as their meeting (%s)",
    (cue) => {
      const [meeting] = meetingsOf(`On March 14, 2025, King Tevita of Tonga ${cue} Premier Li Qiang.`);
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "king-tevita"]);
    },
  );
  it.each(["during a meeting here with", "during talks here with"])(
    "reads a meeting noun with the dateline's 'here' before 'with' (%s)",
    (cue) => {
      const [meeting] = meetingsOf(
        `On March 14, 2025, Premier Li Qiang urged closer ties ${cue} Samoan Prime Minister Tavita Leaupepe.`,
      );
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
    },
  );
  it("reads 'extended the invitation during a meeting with' as the meeting, dated by its weekday", () => {
    const [meeting] = meetingsOf(
      "Vice Premier Ding Xuexiang extended the invitation during a meeting with Samoan Prime Minister Tavita Leaupepe on Tuesday in Apia.",
      "2025-03-14",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["ding-xuexiang", "tavita-leaupepe"]);
    expect(meeting!.date).toBe("2025-03-11");
  });
  it("reads a meeting noun with a bare weekday before 'with' (wire style)", () => {
    const [meeting] = meetingsOf(
      "Vice Premier Ding Xuexiang reaffirmed ties with Samoa during a meeting Saturday with Samoan Prime Minister Tavita Leaupepe in Apia.",
      "2025-03-17",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["ding-xuexiang", "tavita-leaupepe"]);
    expect(meeting!.date).toBe("2025-03-15");
  });
  it.each([
    "told Leaupepe at the meeting",
    "told Leaupepe during their talks",
    "told Leaupepe through an interpreter",
  ])("reads a principal telling the other something at their meeting as the meeting (%s)", (cue) => {
    const [meeting] = meetingsOf(
      `A senior Chinese official reaffirmed ties with Samoa during a meeting Saturday with Samoan Prime Minister Tavita Leaupepe in Apia.\n\nThe visit by Vice Premier Ding Xuexiang came as the region prepared for elections.\n\nDing ${cue} that China looked forward to closer ties.`,
      "2025-03-17",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["ding-xuexiang", "tavita-leaupepe"]);
    expect(meeting!.date).toBe("2025-03-15");
  });
  it("does not read 'told reporters at the summit' as a meeting with someone named after it", () => {
    expect(() =>
      meetingsOf(
        "On March 14, 2025, Vice Premier Ding Xuexiang told reporters at the summit that Samoan Prime Minister Tavita Leaupepe was welcome in China.",
      ),
    ).toThrow(/no meeting found/);
  });
  describe("a meeting said only by a photo caption", () => {
    const page = (caption: string, told = "He told Samoan Prime Minister Tavita Leaupepe") =>
      [
        "Premier Li urges Samoa to deepen ties",
        caption,
        "Chinese Premier Li Qiang urged Samoa to deepen cooperation with China.",
        `${told} that China was ready to strengthen exchanges.`,
        "Leaupepe, on his part, said the two countries should commit to common development.",
      ].join("\n\n");
    const CAPTION =
      "Chinese Premier Li Qiang (R) meets with Samoan Prime Minister Tavita Leaupepe in Beijing, capital of China, May 16, 2025. (Photo: Agency/Some Name)";

    it("is the caption's pair, when the body names both, dated and placed by the caption", () => {
      const [meeting] = meetingsOf(page(CAPTION), "2025-05-17");
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
      expect(meeting!.date).toBe("2025-05-16");
      expect(meeting!.format).toBe("in-person");
      expect(meeting!.location?.city).toBe("Beijing");
    });
    it.each([
      ["a file picture", CAPTION.replace("(Photo: Agency/Some Name)", "[File: Some Name/Pool]"), undefined],
      ["a caption without a meeting", CAPTION.replace("meets with", "and"), undefined],
      ["a body that never names the caption's guest", CAPTION, "He told the visitor"],
    ])("is no meeting with %s", (_, caption, told) => {
      expect(() => meetingsOf(page(caption, told), "2025-05-17")).toThrow(/no meeting found/);
    });
  });
  it("reads the Head of State receiving an envoy as the host, not the one the envoy represents", () => {
    const [meeting] = meetingsOf(
      [
        "His Excellency Ding Xuexiang, Special Representative of President Xi Jinping was received in audience at the Star Palace by the Head of State on 18 January 2025.",
        "Mr Ding's stay with President Paul BIYA came after the latter's visit to China.",
      ].join("\n\n"),
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["ding-xuexiang", "paul-biya"]);
    expect(meeting!.date).toBe("2025-01-18");
  });
  it("reads a round-up whose sections are headed by its meetings", () => {
    const meetings = meetingsOf(
      [
        "Premier Li Qiang on Tuesday met in Beijing with leaders attending the Pacific Forum.",
        "Meeting with Samoan Prime Minister Tavita Leaupepe",
        "Li said China values its friendship with Samoa.",
        "Leaupepe said Samoa firmly adheres to the one-China principle.",
        "Meeting with Tongan Prime Minister Siaosi Lakai",
        "Li said China supports Tonga in pursuing its own development path.",
        "Lakai said Tonga welcomes more Chinese investment.",
      ].join("\n\n"),
      "2031-05-17",
    );
    expect(meetings.map((m) => m.id)).toEqual([
      "2031-05-13-li-qiang-siaosi-lakai",
      "2031-05-13-li-qiang-tavita-leaupepe",
    ]);
    const lakai = meetings[0]!;
    expect(lakai.statements.map((s) => s.speaker)).toEqual(["li-qiang", "siaosi-lakai"]);
  });
  it.each(["tête-à-tête with", "tete-a-tete with"])("reads a meeting named '%s'", (cue) => {
    const [meeting] = meetingsOf(
      `Vice Premier Ding Xuexiang's ${cue} Samoan Prime Minister Tavita Leaupepe on May 2, 2025 focused on trade.`,
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["ding-xuexiang", "tavita-leaupepe"]);
    expect(meeting!.date).toBe("2025-05-02");
  });
  it.each(['had a "brief conversation" with', "held “candid talks” with"])(
    "reads a meeting noun in quotation marks (%s)",
    (cue) => {
      const [meeting] = meetingsOf(
        `On May 2, 2025, Vice Premier Ding Xuexiang ${cue} Samoan Prime Minister Tavita Leaupepe.`,
      );
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["ding-xuexiang", "tavita-leaupepe"]);
    },
  );
  it("reads a meeting with a delegation whose leader the next sentence names", () => {
    const [meeting] = meetingsOf(
      "On March 14, 2025, Premier Li Qiang met with a delegation of the Samoan Labour Party in Beijing.\n\nThe delegation was led by Tavita Leaupepe, the party's chairman.",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
  });
  it.each(["began talks", "have started their summit meeting", "kicked off their annual talks"])(
    "reads a wire lead that says the meeting by its start (%s)",
    (cue) => {
      const [meeting] = meetingsOf(
        `On March 14, 2025, Samoan Prime Minister Tavita Leaupepe and Premier Li Qiang ${cue} in Apia.`,
      );
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
    },
  );
  it.each(["paid a courtesy call on", "made a call on", "called on"])(
    "reads a visitor's call on a leader as their meeting (%s)",
    (cue) => {
      const [meeting] = meetingsOf(
        `On March 14, 2025, Samoan Prime Minister Tavita Leaupepe ${cue} Premier Li Qiang in Beijing.`,
      );
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
      expect(meeting!.statements[0]!.speaker).toBe("narrator");
    },
  );
  it("reads the one accompanied as the principal, not the companion", () => {
    const [meeting] = meetingsOf(
      "On March 14, 2025, Samoan Foreign Minister Lagi Tuilaepa accompanied Samoan Prime Minister Tavita Leaupepe in his meeting with Premier Li Qiang.",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
    expect(meeting!.sides[1]!.attendees).toEqual(["lagi-tuilaepa"]);
  });
  it.each(["special envoy", "special representative", "envoy"])(
    "reads the one met as the principal, not the leader whose %s he is",
    (noun) => {
      const [meeting, ...rest] = meetingsOf(
        `On May 17, 2018, Estonian President Aron Mensor met with Chinese President Xi Jinping's ${noun} and Vice Premier Liu He in Tallinn.`,
      );
      expect(rest).toEqual([]);
      expect(meeting!.sides.map((s) => s.principal)).toEqual(["liu-he", "aron-mensor"]);
    },
  );
  it("keeps the subject of 'accompanied by' as the principal", () => {
    const [meeting] = meetingsOf(
      "On March 14, 2025, Samoan Prime Minister Tavita Leaupepe, accompanied by Samoan Foreign Minister Lagi Tuilaepa, met Premier Li Qiang.",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "tavita-leaupepe"]);
  });
  it("reads 'called on X to …' as an appeal, not a visit", () => {
    expect(() =>
      meetingsOf(
        "On March 14, 2025, Premier Li Qiang called on Samoan Prime Minister Tavita Leaupepe to open more flights.",
      ),
    ).toThrow(/no meeting found/);
    // The stops of an abbreviation end no clause: still an appeal.
    expect(() =>
      meetingsOf(
        "On March 14, 2025, U.S. Senator Arlo Penwick called on the U.S. Congress and Premier Li Qiang to open more flights.",
      ),
    ).toThrow(/no meeting found/);
  });
  it("does not read a joint press conference of an earlier occasion as this meeting", () => {
    expect(() =>
      meetingsOf(
        "On March 14, 2025, Premier Li Qiang had fronted a joint press conference with Samoan Prime Minister Tavita Leaupepe.",
      ),
    ).toThrow(/no meeting found/);
  });

  it("finds each meeting of a readout and assigns the sentences that follow it", () => {
    const meetings = meetingsOf(
      [
        "UN Secretary-General Ban Ki-moon had talks with Chinese leaders in Beijing today.",
        "The Secretary-General met with Xi Jinping. The Secretary-General commended China.",
        "The Secretary-General also met with Wang Yi. The two discussed Syria.",
      ].join("\n\n"),
      "2013-06-19",
    );
    expect(meetings.map((m) => m.id)).toEqual([
      "2013-06-19-wang-yi-ban-ki-moon",
      "2013-06-19-xi-jinping-ban-ki-moon",
    ]);
    const wang = meetings[0]!;
    expect(wang.statements.map((s) => s.text)).toEqual([
      "The Secretary-General also met with Wang Yi.",
      "The two discussed Syria.",
    ]);
    // Both inherit the place of the shared opening sentence.
    expect(meetings.every((m) => m.location?.city === "Beijing")).toBe(true);
  });

  it("does not start a meeting for the guest's other meeting told in passing", () => {
    const meetings = meetingsOf(
      [
        "Xi Jinping met with Uruguayan President Tomas Ferrandi in Beijing on Tuesday.",
        "Ferrandi said Uruguay values the ties.",
        "Also on Tuesday, Premier Li Qiang met with Ferrandi.",
      ].join("\n\n"),
      "2025-03-05",
    );
    expect(meetings.map((m) => m.id)).toEqual(["2025-03-04-xi-jinping-tomas-ferrandi"]);
    expect(meetings[0]!.statements.at(-1)).toMatchObject({
      speaker: "narrator",
      speakerRule: "meeting-told",
    });
  });

  it("does not start a meeting for reported or planned meetings", () => {
    const meetings = meetingsOf(
      [
        "On March 1, 2024, Xi Jinping met with Russian President Vladimir Putin.",
        "Putin said he had met Joe Biden last year.",
        "Xi Jinping will meet Emmanuel Macron next month in Paris.",
        "Putin said that every time he met Xi Jinping the talks were fruitful.",
      ].join("\n\n"),
    );
    expect(meetings.map((m) => m.id)).toEqual(["2024-03-01-xi-jinping-vladimir-putin"]);
    expect(meetings[0]!.statements).toHaveLength(4);
  });

  it("reads a meeting held for a reason given with 'due to'", () => {
    const meetings = meetingsOf(
      "Due to the storm, Xi Jinping held talks with Malawian President Tiwonge Banda by video on Monday.",
      "2025-03-04",
    );
    expect(meetings.map((m) => m.id)).toEqual(["2025-03-03-xi-jinping-tiwonge-banda"]);
  });

  it.each([
    ["Xi Jinping talked to Malawian President Tiwonge Banda on the phone on Monday.", "phone"],
    [
      "Malawian President Tiwonge Banda said on Monday that the two countries would sign a pact soon, after a call with Xi Jinping.",
      "phone",
    ],
    [
      "Malawian President Tiwonge Banda on Monday said that he held productive talks with Chinese President Xi Jinping.",
      "in-person",
    ],
  ])("finds the meeting in %s", (sentence, format) => {
    const meetings = meetingsOf(`${sentence}\n\nBanda said Malawi values the ties.`, "2025-03-03");
    expect(meetings.map((m) => [m.id, m.format])).toEqual([["2025-03-03-xi-jinping-tiwonge-banda", format]]);
  });

  it.each([
    "Banda said he would hold talks with Premier Li Qiang in Beijing next month.",
    "Banda will visit China next month, when he will meet Premier Li Qiang.",
    "Banda said on Monday that he will meet Premier Li Qiang, after the summit.",
    "Banda will travel to Beijing next month, and hold talks with Premier Li Qiang.",
    "Banda will fly home after talks with Premier Li Qiang.",
    "Banda will go to the summit and, following talks with Premier Li Qiang, open a trade fair.",
    "Banda said he had met Premier Li Qiang once before.",
    "Banda said that every time he met Premier Li Qiang the talks were useful.",
    // Wire copy: the visitor's next appointment on the same trip is a plan, not a second meeting.
    "The Malawian leader is also due to hold talks with Premier Li Qiang on the one-day trip.",
    "Banda is set to meet Premier Li Qiang later in the week.",
    "Banda was slated to hold talks with Premier Li Qiang after the banquet.",
  ])("finds no meeting in the plan or the earlier occasion of %s", (sentence) => {
    const meetings = meetingsOf(
      `On March 3, 2025, Xi Jinping met with Malawian President Tiwonge Banda.\n\n${sentence}`,
    );
    expect(meetings.map((m) => m.id)).toEqual(["2025-03-03-xi-jinping-tiwonge-banda"]);
  });

  describe("a round-up of talks with several leaders", () => {
    const ROUND_UP =
      "Premier Li Qiang held talks with leaders from Latvia and Croatia in Xiamen on June 5, 2025.";
    const ids = (...sentences: string[]) =>
      meetingsOf([ROUND_UP, ...sentences].join("\n\n")).map((m) => m.id);

    it("reads 'Li told <a leader of a country the talks named> that …' as that leader's meeting", () => {
      expect(
        ids(
          "Li told Latvian Prime Minister Ilze Berzina that China values the ties.",
          "In talks with Croatian President Marko Kovac, Li said trade should grow.",
        ),
      ).toEqual(["2025-06-05-li-qiang-ilze-berzina", "2025-06-05-li-qiang-marko-kovac"]);
    });

    it("not when the leader's country was not announced, or the leader was named before", () => {
      expect(
        ids(
          "In talks with Croatian President Marko Kovac, Li said trade should grow.",
          "Li told Kovac that China values the ties.",
          "Li told Estonian Prime Minister Kaja Tamm that China values the ties.",
        ),
      ).toEqual(["2025-06-05-li-qiang-marko-kovac"]);
    });

    it("not when the sentence announcing the talks named that country's leader already", () => {
      const text = [
        "Premier Li Qiang held talks with Croatian President Marko Kovac in Xiamen on June 5, 2025.",
        "Li told Croatian Foreign Minister Ana Horvat that China values the ties.",
      ].join("\n\n");
      expect(meetingsOf(text).map((m) => m.id)).toEqual(["2025-06-05-li-qiang-marko-kovac"]);
    });
  });

  describe("first person under a transcript label", () => {
    const LABEL = "President of Kazakhstan Nurlan Temirbek: Distinguished Mr Chairman, friends,";

    it.each([
      "President Xi Jinping and I have just held talks on trade.",
      "I have just held talks with President Xi Jinping.",
    ])("'I' is the label's speaker: %j", (said) => {
      const meetings = meetingsOf(`Statements for the press\n\n${LABEL}\n\n${said}`, "2025-10-20");
      expect(meetings.map((m) => m.id)).toEqual(["2025-10-20-xi-jinping-nurlan-temirbek"]);
    });

    it("'I' with no label is nobody", () => {
      expect(() =>
        meetingsOf("Kazakhstan and China\n\nI have just held talks with President Xi Jinping.", "2025-10-20"),
      ).toThrow(/no meeting found/);
    });
  });

  describe("a meeting verb in the present perfect", () => {
    const ids = (raw: string) => meetingsOf(raw, "2025-03-05").map((m) => `${m.date} ${m.format}`);
    const LEAD =
      "Uruguayan President Tomas Ferrandi has met with China's Premier Li Qiang for talks in Beijing.";

    it("is this meeting in the lead of a news piece", () => {
      expect(ids(LEAD)).toEqual(["2025-03-05 in-person"]);
      expect(ids(`${LEAD}\n\nFerrandi has met Li Qiang twice previously.`)).toEqual(["2025-03-05 in-person"]);
    });

    it("is this meeting after a standfirst and a caption naming the two", () => {
      const deck =
        "Premier Li Qiang tells Uruguayan President Tomas Ferrandi that trade must grow.\n\nLi and Ferrandi praised each other's ties.";
      expect(ids(`${deck}\n\n${LEAD}`)).toEqual(["2025-03-05 in-person"]);
      // Deeper in the page, or after a sentence naming someone else, it is background.
      for (const before of [
        `${deck}\n\nTrade grew fast.`,
        `${deck}\n\nLi and Ferrandi thanked Mayor Petra Ulm.`,
      ])
        expect(() => ids(`${before}\n\n${LEAD}`)).toThrow(/no meeting found/);
    });

    it.each([
      "Uruguayan President Tomas Ferrandi has met with China's Premier Li Qiang twice previously.",
      "Uruguayan President Tomas Ferrandi has met China's Premier Li Qiang before, in Lima.",
      `Trade between the two countries grew fast this year.\n\n${LEAD}`,
    ])("is an earlier occasion otherwise: %j", (raw) => {
      expect(() => ids(raw)).toThrow(/no meeting found/);
    });
  });

  describe("wire leads with other meeting words (its end, its day before 'with')", () => {
    const ids = (raw: string) => meetingsOf(raw, "2025-03-05").map((m) => `${m.date} ${m.format}`);

    it.each([
      [
        "Uruguayan President Tomas Ferrandi and his Chinese counterpart Xi Jinping have wrapped up their virtual summit.",
        "2025-03-05 video",
      ],
      [
        "Xi Jinping and Uruguayan President Tomas Ferrandi concluded talks on Monday.",
        "2025-03-03 in-person",
      ],
      [
        "Xi Jinping and Uruguayan President Tomas Ferrandi held a virtual summit on Monday.",
        "2025-03-03 video",
      ],
      [
        "Xi Jinping made the remarks in a meeting on Monday with Uruguayan President Tomas Ferrandi.",
        "2025-03-03 in-person",
      ],
      [
        "On Monday, Uruguayan President Tomas Ferrandi took part in a Summit Meeting (approximately 1 hour) with Xi Jinping.",
        "2025-03-03 in-person",
      ],
    ])("%j is a meeting", (raw, meeting) => {
      expect(ids(raw)).toEqual([meeting]);
    });

    it.each([
      "Xi Jinping has voiced his readiness to work with President Tomas Ferrandi of Uruguay. This was disclosed during their meeting at the Great Hall of the People, where Ferrandi was on a state visit.",
      "Xi Jinping has voiced his readiness to work with President Tomas Ferrandi of Uruguay.\n\nThis was disclosed during their meeting at the Great Hall of the People.",
    ])("'during their meeting' names this meeting, the two named in it or just before: %j", (raw) => {
      expect(ids(raw)).toEqual(["2025-03-05 in-person"]);
    });

    it.each([
      "Foreign Minister Tomas Ferrandi of Uruguay discussed trade and the port project with Chinese counterpart Wang Yi on Monday.",
      "Chinese Foreign Minister Wang Yi rubbed shoulders with Uruguayan Foreign Minister Tomas Ferrandi on Monday.",
    ])("a wire verb with the counterpart names the meeting: %j", (raw) => {
      expect(ids(raw)).toEqual(["2025-03-03 in-person"]);
    });

    it.each([
      "Foreign Minister Tomas Ferrandi of Uruguay had discussed trade with Chinese counterpart Wang Yi in 2019.",
      "Wang Yi discussed ties with Uruguay on Monday, said Foreign Minister Tomas Ferrandi.",
    ])("not an earlier discussion, nor one with a country: %j", (raw) => {
      expect(() => ids(raw)).toThrow(/no meeting found/);
    });

    it("'during their previous meeting' is another", () => {
      expect(() =>
        ids(
          "Xi Jinping has voiced his readiness to work with President Tomas Ferrandi of Uruguay. This was first said during their previous meeting.",
        ),
      ).toThrow(/no meeting found/);
    });

    it("an earlier summit wrapped up is no meeting", () => {
      expect(() =>
        ids("Xi Jinping and Uruguayan President Tomas Ferrandi had wrapped up their summit in 2019."),
      ).toThrow(/no meeting found/);
    });
  });

  describe("wire copy without a meeting verb", () => {
    const ids = (raw: string) => meetingsOf(raw, "2025-03-05").map((m) => `${m.date} ${m.format}`);

    it.each([
      [
        "Chinese President Xi Jinping and visiting Uruguayan President Tomas Ferrandi on Tuesday agreed to lift ties.",
        "2025-03-04 in-person",
      ],
      [
        "Xi Jinping and Uruguayan President Tomas Ferrandi exchanged views on Gaza on Monday.",
        "2025-03-03 in-person",
      ],
      [
        "In talks on Monday, Xi Jinping told Uruguayan President Tomas Ferrandi that China values the ties.",
        "2025-03-03 in-person",
      ],
      [
        "During a phone call on Monday, Xi Jinping told Uruguayan President Tomas Ferrandi that China values the ties.",
        "2025-03-03 phone",
      ],
      // The perfect in the lead is the news, with the exchange's words in any register.
      [
        "Xi Jinping and Uruguayan President Tomas Ferrandi have exchanged important views on many matters during a walk in Beijing.",
        "2025-03-05 in-person",
      ],
    ])("%j is a meeting", (raw, meeting) => {
      expect(ids(raw)).toEqual([meeting]);
    });

    it.each([
      "Xi Jinping and Uruguayan President Tomas Ferrandi last met in 2017.",
      "Xi Jinping met Uruguayan President Tomas Ferrandi in 2017.",
      "Xi Jinping will visit Uruguay next month, Uruguayan President Tomas Ferrandi said.",
      "Xi Jinping and Uruguayan President Tomas Ferrandi will sign a trade deal next month.",
      "Xi Jinping and Uruguayan President Tomas Ferrandi had agreed to lift ties in 2019.",
      "Xi Jinping and Uruguayan President Tomas Ferrandi exchanged congratulatory messages on Monday.",
      "Xi Jinping and Uruguayan President Tomas Ferrandi have exchanged views twice before.",
      "Tomas Ferrandi arrived in Beijing on Monday.\n\nXi Jinping and Uruguayan President Tomas Ferrandi have exchanged views on trade.",
    ])("%j is no meeting", (raw) => {
      expect(() => ids(raw)).toThrow(/no meeting found/);
    });

    it("a joint subject anchors nothing when a sentence has a meeting verb", () => {
      const meetings = meetingsOf(
        [
          "Xi Jinping met with Uruguayan President Tomas Ferrandi in Beijing on Tuesday.",
          "Foreign Minister Wang Yi and Uruguayan Foreign Minister Lena Kebmora signed a visa agreement.",
        ].join("\n\n"),
        "2025-03-05",
      );
      expect(meetings.map((m) => m.sides[1]!.principal)).toEqual(["tomas-ferrandi"]);
    });
  });
});
