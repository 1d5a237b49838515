// The publisher guess for readouts sources.json does not describe. The publishers, hosts, sites and
// texts are made up.
import { describe, expect, it } from "vitest";
import { curatedStyle, guessPublisher } from "../../../src/pipeline/publisher";
import { HOUSE_STYLES, loadHouseStyles } from "../../../src/pipeline/styles/house-styles";
import type { CleanedReadout } from "../../../src/pipeline/types";

const styles = loadHouseStyles({
  common: {},
  publishers: [
    {
      id: "ruritanian-herald",
      name: "The Ruritanian Herald",
      perspective: "counterpart",
      urls: ["(?:^|\\.)herald\\.example$"],
      sites: ["Herald Online"],
      agencies: ["RHA"],
      caseSensitive: true,
    },
    {
      id: "freedonia-ministry",
      name: "Freedonia Foreign Ministry",
      perspective: "china",
      urls: ["^mfa\\.freedonia\\.example$"],
      sites: ["Ministry of Foreign Affairs of Freedonia"],
      agencies: ["Freedonia News Service"],
    },
    {
      id: "freedonia-embassy",
      name: "Freedonian embassy",
      perspective: "china",
      reposts: true,
      sites: ["Embassy News"],
      urls: ["^embassy\\.freedonia\\.example$"],
    },
  ],
});

function cleaned(text: string, extra: Partial<CleanedReadout> = {}): CleanedReadout {
  return {
    text,
    credits: [],
    removed: [],
    paragraphs: [{ span: [0, text.length], heading: false }],
    ...extra,
  };
}

const BODY = "The two delegations discussed canal tolls and the kite-flying season at length on Tuesday.";
const UNKNOWN = { publisher: "Unknown publisher", perspective: "media", clue: "none" };

describe("guessPublisher", () => {
  it("recognises a publisher by its URL host", () => {
    expect(guessPublisher(cleaned(BODY), styles, "https://www.herald.example/world/2031/talks")).toEqual({
      publisher: "The Ruritanian Herald",
      perspective: "counterpart",
      clue: "url",
    });
    expect(guessPublisher(cleaned(BODY), styles, "https://mfa.freedonia.example/news/1").clue).toBe("url");
  });

  it("matches the host, not the path or a look-alike host", () => {
    expect(guessPublisher(cleaned(BODY), styles, "https://blog.example/herald.example")).toEqual(UNKNOWN);
    expect(guessPublisher(cleaned(BODY), styles, "https://notmfa.freedonia.example/")).toEqual(UNKNOWN);
  });

  it("ignores a URL that does not parse and reads the other clues", () => {
    const text = cleaned(BODY, { removed: ["Herald Online — World"] });
    expect(guessPublisher(text, styles, "not a url")).toMatchObject({
      publisher: "The Ruritanian Herald",
      clue: "site",
    });
    expect(guessPublisher(cleaned(BODY), styles, "")).toEqual(UNKNOWN);
  });

  it("reads a site name in the removed furniture, or in a short first paragraph", () => {
    expect(
      guessPublisher(cleaned(BODY, { removed: ["Home | Ministry of Foreign Affairs of Freedonia"] }), styles),
    ).toMatchObject({ publisher: "Freedonia Foreign Ministry", perspective: "china", clue: "site" });
    const placeLine = "Herald Online, Strelsau";
    const text = `${placeLine}\n\n${BODY}`;
    const withPlaceLine = cleaned(text, {
      paragraphs: [
        { span: [0, placeLine.length], heading: true },
        { span: [placeLine.length + 2, text.length], heading: false },
      ],
    });
    expect(guessPublisher(withPlaceLine, styles).clue).toBe("site");
  });

  it("does not take a site name inside a long first paragraph for the publisher", () => {
    const text = `Herald Online readers asked about it when the two delegations met on Tuesday for long talks.`;
    expect(guessPublisher(cleaned(text), styles)).toEqual(UNKNOWN);
  });

  it("reads the dateline agency, then the credit lines", () => {
    expect(
      guessPublisher(cleaned(BODY, { dateline: { span: [0, 0], agency: "RHA" } }), styles),
    ).toMatchObject({
      publisher: "The Ruritanian Herald",
      clue: "agency",
    });
    expect(
      guessPublisher(cleaned(BODY, { credits: ["Source: Freedonia News Service"] }), styles),
    ).toMatchObject({
      publisher: "Freedonia Foreign Ministry",
      clue: "agency",
    });
  });

  it("honours a case-sensitive agency pattern", () => {
    expect(guessPublisher(cleaned(BODY, { credits: ["Source: rha"] }), styles)).toEqual(UNKNOWN);
    expect(guessPublisher(cleaned(BODY, { credits: ["Source: freedonia news service"] }), styles).clue).toBe(
      "agency",
    );
  });

  it("prefers the URL over a site name, and a site name over an agency", () => {
    const mixed = cleaned(BODY, { removed: ["Herald Online"], credits: ["Source: Freedonia News Service"] });
    expect(guessPublisher(mixed, styles, "https://mfa.freedonia.example/").clue).toBe("url");
    expect(guessPublisher(mixed, styles)).toMatchObject({ publisher: "The Ruritanian Herald", clue: "site" });
  });

  it("gives a reposting site's page to the agency it credits, and to the site when it credits none", () => {
    const repost = cleaned(BODY, { removed: ["Home > Embassy News"], credits: ["Source: RHA"] });
    expect(guessPublisher(repost, styles)).toMatchObject({
      publisher: "The Ruritanian Herald",
      clue: "agency",
    });
    expect(guessPublisher(repost, styles, "https://embassy.freedonia.example/n/1")).toMatchObject({
      publisher: "The Ruritanian Herald",
      clue: "agency",
    });
    const own = cleaned(BODY, { removed: ["Home > Embassy News"] });
    expect(guessPublisher(own, styles)).toMatchObject({
      publisher: "Freedonian embassy",
      perspective: "china",
    });
    // A site that does not repost keeps its own pages whatever they credit.
    const herald = cleaned(BODY, { removed: ["Herald Online"], credits: ["Source: Freedonia News Service"] });
    expect(guessPublisher(herald, styles).publisher).toBe("The Ruritanian Herald");
  });

  it("knows the foreign ministry's name before a title and a Chinese embassy's menu bar", () => {
    const titled = cleaned(BODY, {
      title: "Ministry of Foreign Affairs of People Republic of China : Wang Yi Meets with a Minister",
    });
    expect(guessPublisher(titled, HOUSE_STYLES)).toMatchObject({
      publisher: "Chinese Ministry of Foreign Affairs",
      perspective: "china",
      clue: "signature",
    });
    const menu = cleaned(BODY, {
      removed: ["Home   Embassy Info   About China   China & Samoa   Consular Services"],
    });
    expect(guessPublisher(menu, HOUSE_STYLES)).toMatchObject({ publisher: "Chinese embassy or consulate" });
    const reposted = cleaned(BODY, {
      removed: ["Home > Embassy News > China-Samoa Relations"],
      credits: ["Source: Xinhua"],
    });
    expect(guessPublisher(reposted, HOUSE_STYLES).publisher).toBe("Xinhua News Agency");
  });

  it("says the publisher is unknown, seen as media, when nothing gives it away", () => {
    expect(guessPublisher(cleaned(BODY), styles)).toEqual(UNKNOWN);
    expect(guessPublisher(cleaned(""), styles)).toEqual(UNKNOWN);
    expect(guessPublisher({ text: "", credits: [], removed: [], paragraphs: [] }, styles)).toEqual(UNKNOWN);
    expect(guessPublisher(cleaned("北京会谈 السلام"), styles)).toEqual(UNKNOWN);
  });

  it("knows none of the made-up publishers with the bundled house styles", () => {
    const text = cleaned(BODY, { removed: ["Herald Online"], credits: ["Source: RHA"] });
    expect(guessPublisher(text, HOUSE_STYLES, "https://www.herald.example/x")).toEqual(UNKNOWN);
  });
});

describe("curatedStyle: the house style of a publisher sources.json names", () => {
  it("by its name, its URL host, or a site or agency naming it; none for a stranger", () => {
    expect(curatedStyle(styles, "The Ruritanian Herald")?.id).toBe("ruritanian-herald");
    expect(curatedStyle(styles, "ruritanian herald")?.id).toBe("ruritanian-herald");
    expect(curatedStyle(styles, "Some Name", "https://www.herald.example/news/1")?.id).toBe(
      "ruritanian-herald",
    );
    expect(curatedStyle(styles, "Freedonia News Service")?.id).toBe("freedonia-ministry");
    expect(curatedStyle(styles, "Sylvanian Courier")).toBeUndefined();
  });

  it("knows a prime minister's transcript page by the order of its head lines", () => {
    const page = (...heads: string[]) => {
      const text = [...heads, BODY].join("\n\n");
      let at = 0;
      const paragraphs = [...heads, BODY].map((line, i) => {
        const span: [number, number] = [at, at + line.length];
        at += line.length + 2;
        return { span, heading: i < heads.length };
      });
      return guessPublisher(cleaned(text, { paragraphs }), HOUSE_STYLES);
    };
    expect(page("Media release", "Perth, Western Australia", "Prime Minister")).toMatchObject({
      publisher: "Prime Minister of Australia",
      party: "australia",
      clue: "site",
    });
    expect(page("Transcript", "Prime Minister")).toMatchObject({ party: "australia" });
    // A lone office line, or a release of another office, names no government.
    expect(page("Prime Minister", "Perth, Western Australia").party).toBeUndefined();
    expect(page("Media release", "Minister for Trade")).toMatchObject({ publisher: "Unknown publisher" });
  });

  it("knows the South African Presidency by its host, its sign-off and its 'Presidency on' headline", () => {
    const presidency = { publisher: "The Presidency of the Republic of South Africa", party: "south-africa" };
    expect(
      guessPublisher(cleaned(BODY), HOUSE_STYLES, "https://www.thepresidency.gov.za/node/1"),
    ).toMatchObject({
      ...presidency,
      clue: "url",
    });
    expect(
      guessPublisher(cleaned(BODY, { removed: ["Issued by: The Presidency"] }), HOUSE_STYLES),
    ).toMatchObject({
      ...presidency,
      clue: "site",
    });
    const headline = cleaned(BODY, {
      title: "Presidency on telephone conversation between President A and Premier B",
    });
    expect(guessPublisher(headline, HOUSE_STYLES)).toMatchObject({ ...presidency, clue: "signature" });
    // Another department's statement on the same portal, or another country's presidency, is not it.
    expect(
      guessPublisher(cleaned(BODY), HOUSE_STYLES, "https://www.gov.za/news/media-statements/x").publisher,
    ).toBe("Unknown publisher");
    expect(
      guessPublisher(cleaned(BODY, { removed: ["Issued by: The Presidency, Accra"] }), HOUSE_STYLES)
        .publisher,
    ).toBe("Unknown publisher");
  });

  it("knows the President of Ukraine's site by its host, its header and its own way of opening", () => {
    const office = { publisher: "President of Ukraine (Office of the President)", party: "ukraine" };
    expect(
      guessPublisher(cleaned(BODY), HOUSE_STYLES, "https://www.president.gov.ua/en/news/x-101"),
    ).toMatchObject({
      ...office,
      clue: "url",
    });
    const header = cleaned(BODY, { removed: ["Official website of the President of Ukraine"] });
    expect(guessPublisher(header, HOUSE_STYLES)).toMatchObject({ ...office, clue: "site" });
    const opens = (title: string) => guessPublisher(cleaned(BODY, { title }), HOUSE_STYLES).publisher;
    expect(opens("Volodymyr Zelenskyy had a phone conversation with Prime Minister of Ruritania A")).toBe(
      office.publisher,
    );
    expect(opens("President of Ukraine Met with the Chancellor of Freedonia in Strelsau")).toBe(
      office.publisher,
    );
    // An agency's spelling and its own naming of the other leader ("Ruritanian Prime Minister") are not the office's.
    expect(
      opens(
        "President of Ukraine Volodymyr Zelensky had a phone conversation with Ruritanian Prime Minister A",
      ),
    ).toBe("Unknown publisher");
    expect(opens("Volodymyr Zelenskyy met with Ruritanian farmers in Strelsau")).toBe("Unknown publisher");
  });

  it("gives the bundled governments' pages their country", () => {
    expect(curatedStyle(HOUSE_STYLES, "White House")?.party).toBe("united-states");
    expect(curatedStyle(HOUSE_STYLES, "Kremlin")?.party).toBe("russia");
    expect(curatedStyle(HOUSE_STYLES, "Élysée", "https://www.elysee.fr/en/emmanuel-macron/x")?.party).toBe(
      "france",
    );
  });
});
