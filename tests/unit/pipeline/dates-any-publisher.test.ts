/**
 * Made-up pages in the styles of agencies and foreign sites (a Russian agency's dateline, stamps
 * with weekdays and local time zones, a page stamped in another time zone than the meeting's):
 * the day the text gives beats the stamp, and a stamp never moves the meeting forward. None of
 * these texts is copied; names are invented.
 */
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const dateOf = (...paragraphs: string[]) => {
  const { dataset, errors } = buildDataset([{ id: "t", raw: paragraphs.join("\n\n") }]);
  return { errors, date: dataset.meetings[0]?.date };
};

describe("a dateline 'PLACE, Month D. /AGENCY/.'", () => {
  it("dates a weekday by the dateline's day, not by a stamp of the day before", () => {
    // 9 January 2024 is a Tuesday; the stamp is the evening before in another time zone.
    expect(
      dateOf(
        "Minister Ellery, Wang discuss harbour project by phone",
        "8 JAN 2024, 23:50",
        "MOSCOW, January 9. /TASS/. Chilean Foreign Minister Tomas Ellery and Chinese Foreign Minister Wang Yi held a telephone conversation on Tuesday, the Chilean foreign ministry said.",
      ),
    ).toEqual({ errors: [], date: "2024-01-09" });
  });

  it.each([["ULAANBAATAR, July 14 /MONTSAME/."], ["BEIJING, 14 July. /Sputnik/."]])(
    "reads any agency's %s the same way",
    (dateline) => {
      // 14 July 2016 is a Thursday; the stamp is the evening before.
      expect(
        dateOf(
          "Leaders meet",
          "13.07.2016 23:50",
          `${dateline} Chilean President Tomas Ellery held talks with Chinese President Xi Jinping on Thursday.`,
        ),
      ).toEqual({ errors: [], date: "2016-07-14" });
    },
  );

  it("reads 'earlier in the day' as the dateline's day, not the next one", () => {
    expect(
      dateOf(
        "date 2024-01-09",
        "BEIJING, January 9. /TASS/. Chinese Foreign Minister Wang Yi and Chilean Foreign Minister Tomas Ellery held a telephone conversation earlier in the day, the Chinese foreign ministry said in a statement on Tuesday.",
      ),
    ).toEqual({ errors: [], date: "2024-01-09" });
  });
});

describe("an explicit day against a stamp of another day", () => {
  it("keeps a day one after the stamp (a Beijing morning is the evening before in UTC)", () => {
    expect(
      dateOf(
        "Xi meets Chilean president",
        "Published: 2016-07-14 23:40 UTC",
        "Chinese President Xi Jinping met with Chilean President Tomas Ellery in Beijing on July 15.",
      ),
    ).toEqual({ errors: [], date: "2016-07-15" });
  });

  it("still reads a day months after the stamp as the year before", () => {
    expect(
      dateOf(
        "Xi meets Chilean president",
        "Published: 2016-01-04 10:00",
        "Chinese President Xi Jinping met with Chilean President Tomas Ellery in Beijing on December 28.",
      ),
    ).toEqual({ errors: [], date: "2015-12-28" });
  });

  it("never moves the meeting forward to a stamp of the day after", () => {
    expect(
      dateOf(
        "Xi meets Chilean president",
        "15.07.2016 | 08:05",
        "Chinese President Xi Jinping met with Chilean President Tomas Ellery in Beijing on July 14.",
      ),
    ).toEqual({ errors: [], date: "2016-07-14" });
  });
});

describe("stamp shapes of foreign sites", () => {
  // 15 July 2016 is a Friday: "on Thursday" is the 14th.
  it.each([
    "Fri, 15 Jul 2016 10:23:00 GMT",
    "Friday 15 July 2016 10:23",
    "Last Modified: Friday, 15 July 2016, 10:23",
    "July 15, 2016 07:43 MYT",
    "15/07/2016 10:23 ICT",
    "15.07.2016, 10:23 (ALMT)",
  ])("reads %s as the publication day", (stamp) => {
    expect(
      dateOf(
        "Xi meets Chilean president",
        stamp,
        "Chinese President Xi Jinping met with Chilean President Tomas Ellery in Beijing on Thursday.",
      ),
    ).toEqual({ errors: [], date: "2016-07-14" });
  });
});

describe("relative words under a stamp", () => {
  it("reads 'last night' as the day before the stamp, as 'yesterday'", () => {
    expect(
      dateOf(
        "Leaders meet",
        "Fri, 15 Jul 2016 10:23 GMT",
        "Chilean President Tomas Ellery held talks with Chinese President Xi Jinping late last night in Beijing.",
      ),
    ).toEqual({ errors: [], date: "2016-07-14" });
  });
});

describe("a dateline city in capitals with diacritics", () => {
  it("reads 'HÀ NỘI —' as Hanoi, the city 'here' refers to", () => {
    const { dataset, errors } = buildDataset([
      {
        id: "t",
        raw: [
          "Vietnamese, Chinese leaders hold talks",
          "15/07/2016 10:23",
          "HÀ NỘI — Vietnamese President Trần Văn Minh held talks with Chinese Premier Li Keqiang here on Thursday.",
        ].join("\n\n"),
      },
    ]);
    const meeting = dataset.meetings[0];
    expect({ errors, date: meeting?.date, city: meeting?.location?.city }).toEqual({
      errors: [],
      date: "2016-07-14",
      city: "Hanoi",
    });
  });
});

describe("a press-release wire's dateline with its service's suffix ('/PRNewswire-PRWeb/')", () => {
  it.each([["PRNewswire-PRWeb"], ["PRNewswire-Asia"]])(
    "is the release's day, and the meeting's own day in its sentence dates the meeting (/%s/)",
    (agency) => {
      // Made up: a broadcaster's release four days after the call it reports.
      expect(
        dateOf(
          "date 2022-05-20",
          `LONDON, May 20, 2022 /${agency}/ -- Harbour TV releases President Xi Jinping Phone Call with President Tomas Ellery.`,
          "On the evening of May 16, Chinese President Xi Jinping had a phone call with Chilean President Tomas Ellery.",
        ),
      ).toEqual({ errors: [], date: "2022-05-16" });
    },
  );
});

describe("a title ending with its event's date in brackets", () => {
  it("dates 'today' by the title's day, not by the stamp of the day after", () => {
    expect(
      dateOf(
        "Transcript of Media Briefing by Official Spokesperson in Tianjin on Prime Minister's visit (March 03, 2016)",
        "March 04, 2016",
        "Official Spokesperson: Good evening. As you know, Prime Minister Narendra Modi met President Xi Jinping of China today in Tianjin.",
      ),
    ).toEqual({ errors: [], date: "2016-03-03" });
  });

  it("but a bracketed date after the stamp, or long before it, is no such day", () => {
    expect(
      dateOf(
        "Transcript of Media Briefing on the visit (January 10, 2016)",
        "March 04, 2016",
        "Official Spokesperson: Good evening. Prime Minister Narendra Modi met President Xi Jinping of China today in Tianjin.",
      ),
    ).toEqual({ errors: [], date: "2016-03-04" });
  });
});

describe("'last <weekday>' in a release", () => {
  it("is that weekday of the week before the publication, never the publication day", () => {
    // 14 July 2016 is a Thursday.
    const { dataset, errors } = buildDataset([
      {
        id: "t",
        raw: "President Xi Jinping held bilateral talks with Prime Minister Narendra Modi in Beijing last Thursday, the Prime Minister's office said.",
        publishedOn: "2016-07-14",
      },
    ]);
    expect(errors).toEqual([]);
    expect(dataset.meetings[0]?.date).toBe("2016-07-07");
    expect(dataset.meetings[0]?.datePrecision).toBeUndefined();
  });
});
