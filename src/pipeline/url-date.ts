/**
 * The publication date many publishers put in a page's URL: `/2019-10/09/` (Xinhua), `/2025-04-16/`
 * (CGTN), `/20250416/` (news.cn), `t20250520_` (the foreign ministry), `/202504/16/` (China Daily),
 * `/2025/0416/` (People's Daily), a wire's article id ending in the day (`-idUSKBN1XYZ20181105`).
 * The shapes are house-style data (publishers.json `urlDates`); only a real calendar day counts, so
 * a run of digits that is no date gives nothing.
 */
import { isoDay } from "./calendar";
import { isIsoDay } from "../domain/schema";
import { HOUSE_STYLES, type HouseStyles } from "./styles/house-styles";

/** The day a URL's path gives, or undefined when it carries none. */
export function dateFromUrl(
  url: string | undefined,
  styles: Pick<HouseStyles, "urlDates"> = HOUSE_STYLES,
): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  for (const shape of styles.urlDates) {
    const groups = shape.exec(path)?.groups;
    if (!groups) continue;
    const day = isoDay(Number(groups.year), Number(groups.month), Number(groups.day));
    if (isIsoDay(day)) return day;
  }
  return undefined;
}
