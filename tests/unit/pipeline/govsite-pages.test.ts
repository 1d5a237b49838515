// Pages of the counterpart's own government (a presidency, a prime minister's office): every text
// below is made up for these tests, real leaders in invented sentences.
import { describe, expect, it } from "vitest";
import { findActorMentions } from "../../../src/pipeline/actors/mentions";
import { meetingsOf, speakerIn } from "./helpers";

describe("a site's header line is no title introducing a name", () => {
  it("'President of Mongolia' over a heading in capitals introduces no one", () => {
    const introduced = findActorMentions(
      "President of Mongolia\n\nTALKS WITH XI JINPING, PRESIDENT OF CHINA",
    ).introduced;
    expect(introduced.map((p) => p.name)).toEqual([]);
  });

  it("keeps the principals of a presidency page with such a header", () => {
    const meetings = meetingsOf(
      [
        "President of Mongolia",
        "",
        "TALKS WITH XI JINPING, PRESIDENT OF THE PEOPLE'S REPUBLIC OF CHINA",
        "",
        "thumbnail IMG_0001",
        "2018/05/03 10:12:40",
        "TALKS WITH XI JINPING, PRESIDENT OF THE PEOPLE'S REPUBLIC OF CHINA",
        "",
        "President of Mongolia Khaltmaagiin Battulga held talks with President Xi Jinping in Beijing today (May 3).",
        "",
        "President Battulga said the two neighbours should open a third rail crossing.",
      ].join("\n"),
    );
    expect(meetings.map((m) => m.sides.map((s) => s.principal))).toEqual([
      ["xi-jinping", "khaltmaagiin-battulga"],
    ]);
  });
});

describe("a government's own page known by its header line", () => {
  const page = [
    "President of Mongolia",
    "",
    "THE PRESIDENT RECEIVES THE CHINESE PRESIDENT",
    "",
    "2018/06/11 10:12:40",
    "",
    "The President received President Xi Jinping of the People's Republic of China at the State Palace today.",
    "",
    "The President said the two neighbours should open a third rail crossing.",
  ];

  it("'The President' on the page of 'President of Mongolia' is the holder of that office on the day", () => {
    const meetings = meetingsOf(page.join("\n"));
    expect(meetings.map((m) => m.sides.map((s) => s.principal))).toEqual([
      ["xi-jinping", "khaltmaagiin-battulga"],
    ]);
    expect(speakerIn(meetings, "third rail crossing")).toBe("khaltmaagiin-battulga");
  });

  it("never guesses whose 'The President' it is without such a line", () => {
    expect(() => meetingsOf(page.slice(2).join("\n"))).toThrow(/no meeting found/);
  });
});

describe("an official named with a bare title on a government's own page", () => {
  // A foreign ministry's page names its own minister by name and office alone, no country.
  const page = [
    "Japan-China Relations",
    "",
    "May 14, 2018",
    "Japan-China Foreign Ministers' Meeting",
    "",
    "On May 14, commencing at around 10:00 a.m. for approximately 50 minutes, Mr. Haruto Minegishi, Minister for Foreign Affairs, who is visiting Beijing, held a Japan-China Foreign Ministers' Meeting with Mr. Wang Yi, State Councilor and Foreign Minister of the People's Republic of China. The overview is as follows.",
    "",
    "(1) Minister Minegishi voiced hope that the two neighbours would open a ferry line.",
    "",
    "(2) State Councilor and Foreign Minister Wang welcomed the visit.",
  ].join("\n");

  it("is that government's: 'Mr. M, Minister for Foreign Affairs' on Japan's foreign ministry page", () => {
    const meetings = meetingsOf(page);
    expect(meetings.map((m) => m.sides.map((s) => s.principal))).toEqual([["wang-yi", "haruto-minegishi"]]);
    expect(speakerIn(meetings, "ferry line")).toBe("haruto-minegishi");
  });

  it("introduces no one from a bare title on a page no government owns", () => {
    const text =
      "Mr. Haruto Minegishi, Minister for Foreign Affairs, met Mr. Wang Yi in Beijing on May 14, 2018.";
    expect(findActorMentions(text).introduced).toEqual([]);
  });
});

describe("a prime minister's release with a misspelt title and post-nominal letters", () => {
  // Made up: a Pacific prime minister's media release, written as such releases often are.
  const release = [
    "Support for Lae Harbour Plan",
    "",
    "The President of China, H.E. Xi Jinping, has backed the Lae harbour plan during bilateral talks with Papua New Guinea's Prime Minster, Hon. Kila Warupi CMG MP, in Beijing on 12 May 2016.",
    "",
    "The Prime Minister said the support of China was a great boost for the plan.",
  ].join("\n");

  it("'Prime Minster, Hon. K W CMG MP' introduces K W, Prime Minister", () => {
    const meetings = meetingsOf(release);
    expect(meetings.map((m) => m.sides.map((s) => s.principal))).toEqual([["xi-jinping", "kila-warupi"]]);
    expect(speakerIn(meetings, "a great boost")).toBe("kila-warupi");
  });
});

describe("a release's present-tense tag", () => {
  it("'“…,” says Mr K.' after a quotation makes it K's, as 'said' does", () => {
    const meetings = meetingsOf(
      [
        "Prime Minister John Key held talks with Chinese President Xi Jinping in Wellington on 20 November 2014.",
        "",
        "“We agreed to open two more flights a week. I’m pleased the airlines are ready,” says Mr Key.",
      ].join("\n"),
    );
    expect(speakerIn(meetings, "two more flights")).toBe("john-key");
    expect(speakerIn(meetings, "airlines are ready")).toBe("john-key");
  });
});
