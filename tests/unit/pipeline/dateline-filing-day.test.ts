/**
 * Made-up wire copies pasted without a stamp: the dateline gives a day without its year
 * ("BEIJING, March 25 (Xinhua) --"), the caller's publication day or the URL's gives the year. The
 * dateline's day is the filing day, so "yesterday" is the day before it, not before a later
 * publication.
 */
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const copy = (dateline: string, when: string) =>
  [
    "Xi meets Chilean president",
    `${dateline} Chinese President Xi Jinping held talks with Chilean President Tomas Ellery in Beijing ${when}.`,
    "Xi said China is ready to deepen cooperation with Chile in trade and mining.",
  ].join("\n\n");

const dateOf = (raw: string, given: { publishedOn?: string; url?: string }) =>
  buildDataset([
    {
      id: "t",
      raw,
      ...(given.publishedOn ? { publishedOn: given.publishedOn } : {}),
      ...(given.url ? { meta: { url: given.url } } : {}),
    },
  ]).dataset.meetings[0]?.date;

describe("a dateline without its year on a page without a stamp", () => {
  it.each([
    [{ publishedOn: "2016-03-26" }],
    [{ publishedOn: "2016-03-28" }],
    [{ url: "http://www.news.example/english/2016-03/26/c_135000.htm" }],
  ])("'yesterday' under 'BEIJING, March 25 (Xinhua) --' is 24 March (%o)", (given) => {
    expect(dateOf(copy("BEIJING, March 25 (Xinhua) --", "yesterday"), given)).toBe("2016-03-24");
  });

  it("takes the year before for a dateline late in December published in January", () => {
    expect(dateOf(copy("BEIJING, Dec. 31 (Xinhua) --", "yesterday"), { publishedOn: "2017-01-02" })).toBe(
      "2016-12-30",
    );
  });

  it("a weekday still resolves against the filing day", () => {
    // 25 March 2016 is a Friday.
    expect(dateOf(copy("BEIJING, March 25 (Xinhua) --", "on Friday"), { publishedOn: "2016-03-28" })).toBe(
      "2016-03-25",
    );
  });
});
