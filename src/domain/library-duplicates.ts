/**
 * Whether a readout about to be saved is already in the library: the same text once spacing,
 * case, quote marks and Unicode forms are set aside, or the same page address. A second copy
 * would merge as a second account of the same meeting, so Compare would show its statements twice.
 */
import { entryReadout, type LibraryEntry } from "./library";
import type { Readout } from "./schema";

export interface LibraryDuplicate {
  entry: LibraryEntry;
  /** What matched: the text, or (for a text that differs, e.g. copied again with changes) the address. */
  same: "text" | "address";
}

/** The text as compared: a copy from another browser differs in spacing, quotes and case only. */
export function comparableText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * The address as compared: scheme, "www.", a trailing slash and the fragment do not make another
 * page. An address that does not parse is compared as written.
 */
export function comparableUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    const host = parsed.hostname.replace(/^www\./, "");
    const path = parsed.pathname.replace(/\/+$/, "");
    return `${host}${parsed.port ? `:${parsed.port}` : ""}${path}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

/**
 * The stored entry `readout` repeats, or undefined. The entry with id `except` (the one being
 * edited or replaced) is not a duplicate of itself.
 */
export function findDuplicate(
  entries: readonly LibraryEntry[],
  readout: Pick<Readout, "text" | "url">,
  except?: string,
): LibraryDuplicate | undefined {
  const others = entries.filter((entry) => entry.id !== except);
  const text = comparableText(readout.text);
  const byText = others.find((entry) => comparableText(entryReadout(entry).text) === text);
  if (byText) return { entry: byText, same: "text" };
  if (!readout.url) return undefined;
  const url = comparableUrl(readout.url);
  const byUrl = others.find((entry) => {
    const stored = entryReadout(entry).url;
    return stored !== undefined && comparableUrl(stored) === url;
  });
  return byUrl ? { entry: byUrl, same: "address" } : undefined;
}
