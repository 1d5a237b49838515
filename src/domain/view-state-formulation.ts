/**
 * The formulation tracker's URL parameters (issue 13, ADR 010): `formulation=<phrase>` narrows every
 * view to the meetings whose statements use the phrase word for word; `view=formulations` shows the
 * list of recurring phrases in the timeline's place. Both are read leniently, like the other params.
 */
import { normalisePhrase } from "./phrase-uses";
import { quote } from "./query-values";

/** The views that can take the timeline's place; absent means the timeline. */
export const MAIN_VIEWS = ["formulations"] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

/** The normalised phrase of `formulation=`, or undefined with a notice when nothing searchable is left. */
export function parseFormulation(value: string | null, notices: string[]): string | undefined {
  if (value === null || value.trim() === "") return undefined;
  const phrase = normalisePhrase(value);
  if (!phrase)
    notices.push(
      `Ignored formulation=${quote(value)}: expected a phrase of 1 to 12 words, e.g. one-China principle.`,
    );
  return phrase;
}

export function parseMainView(value: string | null, notices: string[]): MainView | undefined {
  if (value === null || value === "") return undefined;
  if ((MAIN_VIEWS as readonly string[]).includes(value)) return value as MainView;
  notices.push(`Ignored view=${quote(value)}: expected ${MAIN_VIEWS.join(" or ")}.`);
  return undefined;
}
