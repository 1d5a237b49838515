/**
 * The publication date many publishers put in a page's URL: `/2019-10/09/` (Xinhua), `/2025-04-16/`
 * (CGTN), `/20250416/` (news.cn), `t20250520_` (the foreign ministry), `/202504/16/` (China Daily), `/2025/0416/` (People's
 * Daily). Only a real calendar day between 1990 and 2100 counts.
 */
import { isoDay } from "./calendar";
import { isIsoDay } from "../domain/schema";

const SHAPES: RegExp[] = [
  /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//, // /YYYY-MM/DD/
  /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/, // /YYYY-MM-DD/
  /[/_]t((?:19|20)\d{2})(\d{2})(\d{2})_/, // tYYYYMMDD_
  /\/((?:19|20)\d{2})(\d{2})\/(\d{2})\//, // /YYYYMM/DD/
  /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//, // /YYYY/MMDD/
  /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//, // /YYYY/MM/DD/
  /\/((?:19|20)\d{2})(\d{2})(\d{2})\//, // /YYYYMMDD/ (news.cn)
];

/** The day a URL's path gives, or undefined when it carries none. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  for (const shape of SHAPES) {
    const m = shape.exec(path);
    if (!m) continue;
    const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (isIsoDay(day)) return day;
  }
  return undefined;
}
