/**
 * House styles as data (publishers.json): the furniture lines, stamp and dateline shapes, credit
 * lines, site names and URL patterns of each publisher, and its perspective. The clean and
 * publisher stages read the compiled form; a new publisher is one entry, no code change.
 */
import { z } from "zod";
import { perspectiveSchema, slugSchema, type Perspective } from "../../domain/schema";
import type { DayOrder } from "../numeric-date";
import publishersData from "./publishers.json";

const FILE = "src/pipeline/styles/publishers.json";

/** A regex source that compiles; named groups only where the caller reads them. */
const pattern = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source, "iu");
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `not a valid regex: ${(error as Error).message}` });
  }
});
const patterns = z.array(pattern).default([]);

const styleParts = {
  /** Phrases a line made only of (in any order) is site furniture ("Home", "Share", "Print"). */
  furniturePhrases: patterns,
  /** Whole lines that are furniture ("Editor: …", "Copyright …"). */
  furnitureLines: patterns,
  /** Agencies and words in photo credits: "(Xinhua/Name)", "[Photo/Agencies]". */
  photoCredits: patterns,
  /** Words before a publication stamp ("Updated:", "Release time"). */
  stampPrefixes: patterns,
  /**
   * Whole lines of a repost that only say when the original was published ("<Publisher> published
   * this content on 24 March 2016 and is solely responsible …"): furniture whose named group date
   * is the page's stamp.
   */
  stampSentences: patterns,
  /** Credit lines lifted into credits ("With input from …", "Source: …"). */
  creditPrefixes: patterns,
  /** Dateline shapes opening the first paragraph, with named groups place, date and agency. */
  datelines: patterns,
  /** Lines that open a list of links ("Related News"): the headlines under them are furniture too. */
  listHeadings: patterns,
  /**
   * Where a page's URL carries its publication day ("/2019-10/09/", "t20250520_", a wire's article
   * id ending in the day: "-idUSKBN1XYZ20181105"), with named groups year, month and day; matched
   * case-sensitively against the URL's path.
   */
  urlDates: patterns,
};

const publisherSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  perspective: perspectiveSchema,
  /**
   * The government whose own pages these are (a party id of the gazetteer): on them the bare
   * "the President", "the Head of State", "the Prime Minister" is that country's leader.
   */
  party: slugSchema.optional(),
  /** Agency names in a dateline or credit line ("(Xinhua)", "Source: TASS"). */
  agencies: patterns,
  /** Whether the agency patterns are case-sensitive ("AP" but not "ap"). */
  caseSensitive: z.boolean().default(false),
  /** Site names in furniture lines or a short place line ("The Kremlin, Moscow", "Briefing Room"). */
  sites: patterns,
  /** Host names of the publisher's pages, matched against a readout's URL host. */
  urls: patterns,
  /** How only this publisher's pages open: a title or first-sentence shape ("Readout of the Secretary-General's meeting with"). */
  signatures: patterns,
  /**
   * Whether its pages write all-number dates day first ("03/04/2018" is 3 April); absent, a US
   * government's pages (party "united-states") write month first and every other publisher's day first.
   */
  dayFirst: z.boolean().optional(),
  /**
   * Whether its pages often repost an agency's copy (an embassy's news page): then a credited
   * agency ("Source: Xinhua") is the account's publisher, and the site only where none is credited.
   */
  reposts: z.boolean().default(false),
  ...styleParts,
});

export const houseStylesSchema = z
  .strictObject({
    $comment: z.string().optional(),
    common: z.strictObject(styleParts),
    /** Menu lines any site may carry ("Press Releases", "Secretary-General"): they name no publisher. */
    genericSiteLines: z.array(z.string().min(1)).default([]),
    /**
     * Offices a government's own site names itself by, with its country, on a line of its own
     * ("President of Mongolia", "Office of the Prime Minister of Fiji"): on a page no publisher
     * entry knows, such a header or menu line says whose own page it is (publisher.ts).
     */
    siteOwnerOffices: z.array(z.string().min(1)).default([]),
    publishers: z.array(publisherSchema).superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        if (seen.has(entry.id))
          ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate publisher id "${entry.id}"` });
        seen.add(entry.id);
      });
    }),
  })
  .superRefine((file, ctx) => {
    // A site rule is read on menu lines, so one a generic menu word matches credits every page
    // with that menu to the publisher (a Japanese ministry's "Press Releases" once read as the EU's).
    file.publishers.forEach((entry, i) =>
      entry.sites.forEach((source, j) => {
        const generic = file.genericSiteLines.find((line) => new RegExp(source, "iu").test(line));
        if (generic !== undefined)
          ctx.addIssue({
            code: "custom",
            path: ["publishers", i, "sites", j],
            message: `site pattern of "${entry.id}" matches the generic menu line "${generic}"`,
          });
      }),
    );
  });
export type HouseStylesFile = z.input<typeof houseStylesSchema>;
type PublisherEntry = z.infer<typeof publisherSchema>;

export interface PublisherStyle {
  id: string;
  name: string;
  perspective: Perspective;
  party?: string;
  agency?: RegExp;
  site?: RegExp;
  url?: RegExp;
  signature?: RegExp;
  reposts: boolean;
  dayFirst: boolean;
}

/** The compiled house styles: one regex per kind over every publisher, and each publisher's clues. */
export interface HouseStyles {
  furniturePhrase: RegExp;
  furnitureLine: RegExp;
  photoCaption: RegExp;
  stampPrefix: RegExp;
  /** Repost lines that are a stamp in a sentence, each with a named group date (stamp.ts). */
  stampSentences: RegExp[];
  /** Where a labelled part starts inside a bar with no bars ("… 16:14:27 Source:Xinhua"): before a credit or stamp label and its colon. */
  metadataLabel: RegExp;
  credit: RegExp;
  listHeading: RegExp;
  datelines: RegExp[];
  /** Publication-day shapes of a URL's path (url-date.ts). */
  urlDates: RegExp[];
  publishers: PublisherStyle[];
  /** Offices a government's own site names itself by ("President", "Office of the Prime Minister"), lower case. */
  siteOwnerOffices: string[];
  /** How the page at hand writes all-number dates, once its publisher is known (clean stage). */
  dayOrder?: DayOrder;
}

const alternation = (sources: readonly string[]) => sources.map((s) => `(?:${s})`).join("|");
const anyOf = (sources: readonly string[], flags: string) =>
  sources.length > 0 ? new RegExp(alternation(sources), flags) : undefined;

function compile(file: z.infer<typeof houseStylesSchema>): HouseStyles {
  const all = (key: keyof typeof styleParts): string[] => [
    ...new Set([...file.common[key], ...file.publishers.flatMap((p: PublisherEntry) => p[key])]),
  ];
  return {
    // "[Print]", "(Share)", "<Suggest To A Friend>": a phrase may come as a bracketed button.
    furniturePhrase: new RegExp(
      `^(?:[|·•>»/#]+|[[(<]?(?:${alternation(all("furniturePhrases"))})[\\])>]?(?=[\\s|·•>»/#]|$))`,
      "i",
    ),
    // "(Web editor: …)": a furniture line may come wrapped in brackets.
    furnitureLine: new RegExp(`^[[(]?\\s*(?:${alternation(all("furnitureLines"))})\\s*[\\])]?$`, "i"),
    photoCaption: new RegExp(
      // A caption ends on its credit: "(Agency/Name)", "[Photo by Name/Agency]", "(Photo: Name)".
      `^\\(?(?:photo|file photo|picture|image)\\b|[[(]\\s*(?:photo|picture|image)s?\\s*(?:by\\b|:|\\/)[^\\])]*[\\])]\\s*$|\\((?:${alternation(all("photoCredits"))})\\/[^)]+\\)\\s*$`,
      "i",
    ),
    stampPrefix: new RegExp(`^\\(?(?:${alternation(all("stampPrefixes"))})(?:\\s+on)?\\s*:?\\s*`, "i"),
    stampSentences: all("stampSentences").map((source) => new RegExp(`^(?:${source})$`, "iu")),
    metadataLabel: new RegExp(
      `\\s+(?=(?:${alternation([...all("creditPrefixes"), ...all("stampPrefixes")])})\\s*:)`,
      "gi",
    ),
    credit: new RegExp(
      `^\\(?\\s*(${alternation(all("creditPrefixes"))})\\s*:?\\s*(.+?)\\s*\\)?\\s*\\.?$`,
      "i",
    ),
    listHeading: new RegExp(`^(?:${alternation(all("listHeadings"))})$`, "i"),
    // Case-sensitive: a dateline's city in capitals ("SHANGHAI:") is what tells it from a sentence.
    // A publisher's own shapes first, then the common ones ("BANGKOK/SHANGHAI:", "LIMA, Peru—").
    datelines: [...file.publishers.flatMap((p) => p.datelines), ...file.common.datelines].map(
      (source) => new RegExp(source, "u"),
    ),
    urlDates: all("urlDates").map((source) => new RegExp(source, "u")),
    siteOwnerOffices: file.siteOwnerOffices,
    publishers: file.publishers.map((p) => ({
      id: p.id,
      name: p.name,
      perspective: p.perspective,
      ...(p.party ? { party: p.party } : {}),
      agency: anyOf(p.agencies, p.caseSensitive ? "" : "i"),
      site: anyOf(p.sites, "i"),
      url: anyOf(p.urls, "i"),
      signature: anyOf(p.signatures, "i"),
      reposts: p.reposts,
      dayFirst: p.dayFirst ?? p.party !== "united-states",
    })),
  };
}

/** Validates and compiles a house-styles file; throws naming the file and the first problems. */
export function loadHouseStyles(data: unknown, file = FILE): HouseStyles {
  const parsed = houseStylesSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ");
    throw new Error(`${file} is invalid: ${problems}`);
  }
  return compile(parsed.data);
}

/** The bundled house styles, plus `extra` publisher entries (a fixture, a user's own style). */
export function houseStylesWith(extra: HouseStylesFile["publishers"]): HouseStyles {
  const base = publishersData as HouseStylesFile;
  return loadHouseStyles({ ...base, publishers: [...base.publishers, ...extra] });
}

export const HOUSE_STYLES: HouseStyles = loadHouseStyles(publishersData);
