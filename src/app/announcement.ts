/**
 * What the live region says when the view changes (issue 11: "selection changes announced in a
 * live region"). The explorer describes its view as a few strings; the sentence for the part that
 * changed is announced, the rest is already on screen. Pure, so it is unit-tested.
 */
import { countOf } from "../domain/plural";

export interface AnnouncedView {
  /** What the detail pane shows, as a sentence ("Opened …"), or "" for the intro. */
  detail: string;
  /** The filters, serialised: any change means the reader changed the selection. */
  filters: string;
  /** True while a text search has no answer yet: the count would be stale. */
  searching: boolean;
  shown: number;
  total: number;
}

export function resultSentence(shown: number, total: number): string {
  if (shown === 0) return "No meetings match the filters.";
  if (shown === total)
    return total === 1 ? "Showing the 1 meeting." : `Showing all ${countOf(total, "meeting")}.`;
  return `Filters applied: ${shown} of ${countOf(total, "meeting")} shown.`;
}

/**
 * The sentence to announce on going from `before` to `after`, or undefined when nothing the reader
 * chose changed. A new detail wins over the count; the count waits for the search to answer.
 */
export function announcementFor(before: AnnouncedView, after: AnnouncedView): string | undefined {
  if (after.detail !== before.detail && after.detail) return after.detail;
  const resultsChanged =
    after.filters !== before.filters ||
    after.shown !== before.shown ||
    (before.searching && !after.searching);
  if (resultsChanged && !after.searching) return resultSentence(after.shown, after.total);
  return undefined;
}

export function sameView(a: AnnouncedView, b: AnnouncedView): boolean {
  return (
    a.detail === b.detail &&
    a.filters === b.filters &&
    a.searching === b.searching &&
    a.shown === b.shown &&
    a.total === b.total
  );
}

interface DetailFacts {
  /** The meeting waiting for a second one after "Compare with…". */
  picking?: { title: string; date: string };
  /** "Compare A and B: 30 Dec 2022 and 16 May 2024", or the accounts' meeting. */
  comparison?: string;
  accountsOf?: string;
  /** The publisher of the readout open in the source viewer. */
  readoutBy?: string;
  meeting?: { title: string; date: string };
}

/** The detail pane as one sentence, most specific first (a picking banner, a readout over a meeting…). */
export function detailSentence(facts: DetailFacts): string {
  if (facts.picking)
    return `Compare: choose a second meeting on the timeline or in the list to compare with ${facts.picking.title}, ${facts.picking.date}. Escape cancels.`;
  if (facts.readoutBy) return `Opened the readout by ${facts.readoutBy}.`;
  if (facts.comparison) return `Opened the comparison: ${facts.comparison.replace(/^Compare /, "")}.`;
  if (facts.accountsOf) return `Opened two accounts of ${facts.accountsOf} side by side.`;
  if (facts.meeting) return `Opened ${facts.meeting.title}, ${facts.meeting.date}.`;
  return "";
}
