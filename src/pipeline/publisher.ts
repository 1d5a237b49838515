/**
 * A publisher guess for readouts that sources.json does not describe, from the house styles
 * (publishers.json): the host of the readout's URL, site names in its furniture or place line, the
 * publisher's own way of opening a page (title or first sentence), then a dateline agency or credit line. Curated metadata always wins over this.
 */
import { CHINA, type Perspective } from "../domain/schema";
import { PARTY_NAME_ALT, partyNameParty, REPUBLIC_OF } from "./actors/party-forms";
import { alternation, escapeRegExp } from "./text-utils";
import type { HouseStyles } from "./styles/house-styles";
import type { CleanedReadout } from "./types";

export interface PublisherGuess {
  publisher: string;
  perspective: Perspective;
  /** The government whose own page it is, when the house style says (publishers.json "party"). */
  party?: string;
  /** What gave it away, for the extract summary. */
  clue: "url" | "site" | "signature" | "agency" | "none";
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export function guessPublisher(cleaned: CleanedReadout, styles: HouseStyles, url?: string): PublisherGuess {
  const found = (p: HouseStyles["publishers"][number], clue: PublisherGuess["clue"]): PublisherGuess => ({
    publisher: p.name,
    perspective: p.perspective,
    ...(p.party ? { party: p.party } : {}),
    clue,
  });
  const agencyClues = [cleaned.dateline?.agency ?? "", ...cleaned.credits];
  const credited = () => {
    for (const clue of agencyClues) {
      const agency = styles.publishers.find((p) => p.agency?.test(clue));
      if (agency) return found(agency, "agency");
    }
    return undefined;
  };
  // A page of a site that reposts agency copy is the agency's account when it credits one.
  const own = (p: HouseStyles["publishers"][number], clue: PublisherGuess["clue"]) =>
    (p.reposts && credited()) || found(p, clue);
  const host = hostOf(url);
  const byUrl = host && styles.publishers.find((p) => p.url?.test(host));
  if (byUrl) return own(byUrl, "url");
  const firstParagraph = cleaned.paragraphs[0] ? cleaned.text.slice(...cleaned.paragraphs[0].span) : "";
  // The page's head read as one line ("Media release | Vientiane, Laos | Prime Minister"): a site is
  // known by the order of its head lines where no single one names it.
  const heads = cleaned.paragraphs.slice(
    0,
    cleaned.paragraphs.findIndex((p) => !p.heading),
  );
  const head = heads.map((p) => cleaned.text.slice(...p.span)).join(" | ");
  const siteClues = [
    ...cleaned.removed,
    ...(firstParagraph.length <= 40 ? [firstParagraph] : []),
    ...(heads.length > 1 ? [head] : []),
  ];
  for (const clue of siteClues) {
    const site = styles.publishers.find((p) => p.site?.test(clue));
    if (site) return own(site, "site");
  }
  const firstBody = cleaned.paragraphs.find((p) => !p.heading);
  const openings = [cleaned.title ?? "", firstBody ? cleaned.text.slice(...firstBody.span) : ""];
  for (const opening of openings) {
    const signed = styles.publishers.find((p) => p.signature?.test(opening));
    if (signed) return own(signed, "signature");
  }
  return (
    credited() ??
    ownSite(siteClues.concat(heads.map((p) => cleaned.text.slice(...p.span))), styles) ?? {
      publisher: "Unknown publisher",
      perspective: "media",
      clue: "none",
    }
  );
}

const OWNER_LINES = new WeakMap<HouseStyles, RegExp>();
/**
 * A header or menu line that is only an office and its country ("President of Mongolia", "Office of
 * the Prime Minister of Fiji"): the page is that government's own, as a publisher entry would say.
 */
function ownSite(lines: readonly string[], styles: HouseStyles): PublisherGuess | undefined {
  let owner = OWNER_LINES.get(styles);
  if (!owner) {
    const offices = alternation(styles.siteOwnerOffices, (o) => escapeRegExp(o).replace(/\s+/g, "\\s+"));
    owner = new RegExp(
      `^(?:(?:the\\s+)?official\\s+(?:web\\s?)?site\\s+of\\s+)?(?:the\\s+)?(?:${offices})\\s+of\\s+(?:the\\s+)?${REPUBLIC_OF}(?<party>${PARTY_NAME_ALT})$`,
      "iu",
    );
    OWNER_LINES.set(styles, owner);
  }
  for (const line of lines) {
    const name = line.trim();
    const m = name.length <= 80 ? owner.exec(name) : null;
    const form = m?.groups?.party?.toLowerCase();
    const party = form && [...partyNameParty].find(([f]) => f.toLowerCase() === form)?.[1];
    if (party)
      return { publisher: name, perspective: party === CHINA ? "china" : "counterpart", party, clue: "site" };
  }
  return undefined;
}

const plainName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

// Each style's own name, plain, worked out once per name: curatedStyle compares it with every
// readout's publisher, and redoing it for every style on every readout cost more than the lookup.
const PLAIN_STYLE_NAMES = new Map<string, string>();
function plainStyleName(style: HouseStyles["publishers"][number]): string {
  let plain = PLAIN_STYLE_NAMES.get(style.name);
  if (plain === undefined) PLAIN_STYLE_NAMES.set(style.name, (plain = plainName(style.name)));
  return plain;
}

/**
 * The house style of a publisher sources.json names, for what the name alone does not say (whose
 * government's page it is): the style of that name, else of the readout's URL host, else one whose
 * site or agency names it ("Kremlin", "White House", "Akorda press service").
 */
export function curatedStyle(
  styles: HouseStyles,
  publisher: string,
  url?: string,
): HouseStyles["publishers"][number] | undefined {
  const name = plainName(publisher);
  const host = hostOf(url);
  return (
    styles.publishers.find((p) => plainStyleName(p) === name) ??
    (host ? styles.publishers.find((p) => p.url?.test(host)) : undefined) ??
    styles.publishers.find((p) => p.site?.test(publisher) || p.agency?.test(publisher)) ??
    styles.publishers.find((p) => plainStyleName(p).includes(name) && name.length >= 6)
  );
}
