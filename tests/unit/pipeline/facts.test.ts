import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { meetingsOf } from "./helpers";

describe("meeting facts", () => {
  it.each([
    ["Xi Jinping held a video call with Vladimir Putin on May 2, 2022.", "video", undefined],
    ["Xi Jinping talked with Vladimir Putin over the phone on May 2, 2022.", "phone", undefined],
    [
      "On May 2, 2022, Xi Jinping held restricted-format talks with Vladimir Putin in Moscow.",
      "in-person",
      "restricted-format talks",
    ],
    ["On May 2, 2022, Xi Jinping met with Vladimir Putin at the Kremlin.", "in-person", "meeting"],
  ])("reads the format of %j", (text, format, setting) => {
    const [meeting] = meetingsOf(text);
    expect(meeting!.format).toBe(format);
    expect(meeting!.setting).toBe(setting ?? meeting!.setting);
    const span = meeting!.provenance.format;
    expect(span.source).toBe("text");
  });

  it("places a meeting in a city followed by a day or month, but not in a name that starts with a city", () => {
    const [wednesday] = meetingsOf("Xi Jinping met with Vladimir Putin in Beijing Wednesday.", "2025-04-17");
    expect(wednesday!.location?.city).toBe("Beijing");
    const [may] = meetingsOf("Xi Jinping met with Vladimir Putin in Beijing May 2, 2025.");
    expect(may!.location?.city).toBe("Beijing");
    const [name] = meetingsOf("Xi Jinping met with Vladimir Putin at Nanjing University on May 2, 2025.");
    expect(name!.location?.city).toBeUndefined();
  });

  it.each(["in the capital Apia", "in the Samoan capital, Apia", "in the capital city of Apia"])(
    "places a meeting in a city named after 'the capital' (%s)",
    (place) => {
      const [meeting] = meetingsOf(
        `Vice Premier Ding Xuexiang met with Samoan Prime Minister Tavita Leaupepe ${place} on May 2, 2025.`,
      );
      expect(meeting!.location?.city).toBe("Apia");
    },
  );

  it("places a venue in its city and country, and points the provenance at the words", () => {
    const raw = "On May 2, 2022, Xi Jinping met with Vladimir Putin at the Great Hall of the People.";
    const { dataset } = buildDataset([{ id: "t", raw }]);
    const meeting = dataset.meetings[0]!;
    expect(meeting.location).toEqual({
      venue: "Great Hall of the People",
      city: "Beijing",
      country: "China",
    });
    const provenance = meeting.provenance.location;
    expect(provenance.source === "text" && dataset.readouts[0]!.text.slice(...provenance.span)).toBe(
      "Great Hall of the People",
    );
  });

  it("places a meeting the text does not place in the dateline's city, in one of the meeting's countries", () => {
    const [meeting] = meetingsOf(
      "Beijing [China], October 16 (ANI): Xi Jinping held talks with Vladimir Putin, state media said.",
      "2025-10-16",
    );
    expect(meeting!.location).toEqual({ city: "Beijing", country: "China" });
    expect(meeting!.date).toBe("2025-10-16");
    expect(meeting!.statements.every((s) => !s.text.includes("ANI"))).toBe(true);
    // An agency's own desk ("NEW DELHI") over talks between China and Russia is no meeting place.
    const [elsewhere] = meetingsOf(
      "NEW DELHI, Oct 16 (IANS) — Xi Jinping held talks with Vladimir Putin, state media said.",
      "2025-10-16",
    );
    expect(elsewhere!.location).toBeUndefined();
    // The text's own place beats the dateline's.
    const [said] = meetingsOf(
      "NEW DELHI, Oct 16 (IANS) — Xi Jinping held talks with Vladimir Putin in Moscow, state media said.",
      "2025-10-16",
    );
    expect(said!.location?.city).toBe("Moscow");
  });

  it("reads 'here' in the meeting sentence as the dateline's city, in any country", () => {
    const [meeting] = meetingsOf(
      "VIENTIANE, Oct. 9 (Xinhua) -- Xi Jinping met with Vladimir Putin here on Thursday.",
      "2025-10-09",
    );
    expect(meeting!.location).toEqual({ city: "Vientiane", country: "Laos" });
    // Not "here" elsewhere, nor one that is no place.
    const [click] = meetingsOf(
      "VIENTIANE, Oct. 9 (Xinhua) -- Xi Jinping met with Vladimir Putin on Thursday. Click here for the text.",
      "2025-10-09",
    );
    expect(click!.location).toBeUndefined();
  });

  it("takes no place from a background sentence, only from the meeting's own or a place line", () => {
    const [meeting] = meetingsOf(
      [
        "Xi Jinping held talks with Vladimir Putin on May 2, 2025.",
        "Putin arrived in Shanghai on Wednesday.",
        "The two leaders last met in Kazan.",
      ].join("\n\n"),
    );
    expect(meeting!.location).toBeUndefined();
    const [again] = meetingsOf(
      "Xi Jinping held talks with Vladimir Putin on May 2, 2025. They held the talks at the Kremlin in Moscow.",
    );
    expect(again!.location?.city).toBe("Moscow");
    const [lined] = meetingsOf(
      "Leaders hold talks\n\nThe Kremlin, Moscow\n\nXi Jinping held talks with Vladimir Putin on May 2, 2025.",
    );
    expect(lined!.location?.city).toBe("Moscow");
  });

  it("gives a call no place, with the call itself as the evidence", () => {
    const [meeting] = meetingsOf(
      "Xi Jinping held a phone call with Vladimir Putin on May 2, 2022 from Beijing.",
    );
    expect(meeting!.location).toBeUndefined();
    expect(meeting!.provenance.location).toEqual(meeting!.provenance.format);
  });

  it("dates a weekday to the latest such day on or before publication", () => {
    const [meeting] = meetingsOf("Xi Jinping met with Vladimir Putin on Wednesday in Beijing.", "2024-05-17");
    expect(meeting!.date).toBe("2024-05-15");
  });

  it("takes no date from a sentence opened by a day whose clause is a plan ('On October 2, we will …')", () => {
    const raw =
      "Li Qiang met with Prime Minister Anna Mensor of Samoa in Beijing.\n\nOn October 2, the two countries will mark the anniversary of their ties.";
    const [meeting] = meetingsOf(raw, "2025-09-12");
    expect(meeting!.date).toBe("2025-09-12");
    const [dated] = meetingsOf(
      "Li Qiang met with Prime Minister Anna Mensor of Samoa in Beijing.\n\nOn September 11, the two leaders exchanged views on trade.",
      "2025-09-12",
    );
    expect(dated!.date).toBe("2025-09-11");
  });

  it("marks a curated year as curated, with its reason", () => {
    const { dataset } = buildDataset([
      {
        id: "t",
        raw: "On March 3 local time, Xi Jinping met with Vladimir Putin.",
        meta: {
          publisher: "Test",
          perspective: "china",
          curated: { year: { value: 2015, reason: "Stated by the test, which knows the year." } },
        },
      },
    ]);
    const meeting = dataset.meetings[0]!;
    expect(meeting.date).toBe("2015-03-03");
    expect(meeting.provenance.date).toMatchObject({ source: "curated" });
    expect(meeting.provenance.date.source === "curated" && meeting.provenance.date.note).toMatch(
      /Stated by the test/,
    );
  });

  describe("a relative day dates the meeting only in the meeting's own sentence", () => {
    // 2025-03-22 is a Saturday.
    it.each([
      ["reported speech", "Xi said that on Friday the president will attend the opening of the forum."],
      ["a plan", "On Friday the two presidents will visit the port of Tianjin."],
      ["another event", "Ferrandi arrived in Beijing on Wednesday for a state visit."],
    ])("not in %s", (_, other) => {
      const [meeting] = meetingsOf(
        `Xi Jinping met with Uruguayan President Tomas Ferrandi in Beijing.\n\n${other}`,
        "2025-03-22",
      );
      expect(meeting!.date).toBe("2025-03-22");
      expect(meeting!.provenance.date.source).toBe("inferred");
    });

    it("in the meeting sentence, past a relative clause about another day", () => {
      const [meeting] = meetingsOf(
        "Xi Jinping held talks with Uruguayan President Tomas Ferrandi, who arrived on Wednesday, in Beijing on Friday.",
        "2025-03-22",
      );
      expect(meeting!.date).toBe("2025-03-21");
    });

    it("not inside the meeting sentence's reported clause or relative clause", () => {
      const [meeting] = meetingsOf(
        "Xi Jinping met with Uruguayan President Tomas Ferrandi in Beijing and said that on Monday China will open a consulate in Montevideo.",
        "2025-03-22",
      );
      expect(meeting!.date).toBe("2025-03-22");
      const [visit] = meetingsOf(
        "Xi Jinping met with Uruguayan President Tomas Ferrandi, who arrived on Wednesday.",
        "2025-03-22",
      );
      expect(visit!.date).toBe("2025-03-22");
    });

    it("when the speech tag is said at the meeting, and in shared context that names the meetings", () => {
      const [tagged] = meetingsOf(
        "China is ready to deepen cooperation, Xi Jinping said on Thursday as he opened talks with Uruguayan President Tomas Ferrandi.",
        "2025-03-22",
      );
      expect(tagged!.date).toBe("2025-03-20");
      const [shared] = meetingsOf(
        "Uruguayan President Tomas Ferrandi had a series of meetings in Beijing today.\n\nFerrandi met with Xi Jinping at the Great Hall of the People.",
        "2025-03-22",
      );
      expect(shared!.date).toBe("2025-03-22");
      expect(shared!.provenance.date.source).toBe("text");
    });

    it("a duration is no date", () => {
      const [meeting] = meetingsOf(
        "On September 9, for approximately 50 minutes, Xi Jinping held talks with Uruguayan President Tomas Ferrandi.",
        "2025-09-10",
      );
      expect(meeting!.date).toBe("2025-09-09");
    });
  });
});

describe("datelines that give the city by itself", () => {
  const cityOf = (text: string) => meetingsOf(text, "2024-11-16")[0]!.location?.city;

  it.each([
    [
      "two desks: the first, where the text says the summit was",
      "SANTIAGO/BEIJING: Prime Minister Aroha Tane of New Zealand on Saturday met briefly with Xi Jinping. The two met at the APEC summit in Chile.",
      "Santiago",
    ],
    [
      "two desks, nothing in the text: neither (the second is only a desk)",
      "SANTIAGO/BEIJING: Prime Minister Aroha Tane of New Zealand on Saturday met briefly with Xi Jinping.",
      undefined,
    ],
    [
      "a city in a third country the text names only for an earlier meeting",
      "SANTIAGO: Prime Minister Aroha Tane of New Zealand on Saturday met briefly with Xi Jinping. They last met at a summit in Chile.",
      undefined,
    ],
    [
      "a city and a colon, in one of the meeting's countries",
      "SHANGHAI: Prime Minister Aroha Tane of New Zealand on Saturday held a bilateral meeting with Li Qiang.",
      "Shanghai",
    ],
    [
      "a city, its country and an em dash",
      "WELLINGTON, New Zealand—Prime Minister Aroha Tane on Saturday held talks with Premier Li Qiang.",
      "Wellington",
    ],
  ])("%s", (_, text, city) => {
    expect(cityOf(text)).toBe(city);
  });

  it("does not take a speaker's label in capitals for a dateline", () => {
    const meetings = meetingsOf(
      "Xi Jinping met with Prime Minister Aroha Tane of New Zealand in Beijing on Saturday.\n\nPRIME MINISTER TANE: Thank you for the welcome.",
      "2024-11-16",
    );
    expect(meetings[0]!.location?.city).toBe("Beijing");
  });
});
