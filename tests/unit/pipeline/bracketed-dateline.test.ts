/**
 * Made-up wire openings whose dateline puts its agencies and day inside brackets after the city
 * ("ISLAMABAD: (A/B / C News-Oct 16th, 2026)", "BEIJING, (A / B - 16 October 2026 ) :"), gives a
 * city and an agency with no day ("BEIJING (Wire) -") or the day first without its year
 * ("Beijing, 15 October (Latin Wire)"): the bracket's day is the filing day that a
 * weekday refers to, the city is where "here" is, and the dateline is no part of a statement.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const read = (...paragraphs: string[]) => {
  const meeting = meetingsOf(paragraphs.join("\n\n"))[0];
  return { date: meeting?.date, city: meeting?.location?.city, first: meeting?.statements[0]?.text };
};

const LATER = "Xi said China is ready to deepen cooperation with Chile in trade and mining.";

describe("a dateline with its agencies and day in brackets", () => {
  // 16 October 2026 is a Friday.
  it.each([
    "SANTIAGO: (Andes Post/Andes Post / Pacific Wire News-Oct 16th, 2026)",
    "SANTIAGO, (Andes Post / Pacific Wire News - 16 October 2026 ) :",
    "Santiago, (Andes Post - 16th October, 2026)",
  ])("%s dates 'here on Thursday' the 15th, in the dateline's city", (dateline) => {
    const got = read(
      "Xi meets Chilean president",
      `${dateline} Chinese President Xi Jinping met Chilean President Ramiro Aldana here on Thursday.`,
      LATER,
    );
    expect(got.date).toBe("2026-10-15");
    expect(got.city).toBe("Santiago");
    expect(got.first?.startsWith("Chinese President Xi Jinping met")).toBe(true);
  });
});

describe("a city and its agency with no day", () => {
  it("'BEIJING (Andes Wire) -' is the dateline: 'here' is Beijing, the stamp dates the weekday", () => {
    const got = read(
      "Xi meets Chilean president",
      "Updated: 2026-10-16 09:00",
      "BEIJING (Andes Wire) - Chinese President Xi Jinping met Chilean President Ramiro Aldana here on Thursday.",
      LATER,
    );
    expect(got).toEqual({
      date: "2026-10-15",
      city: "Beijing",
      first: "Chinese President Xi Jinping met Chilean President Ramiro Aldana here on Thursday.",
    });
  });
});

describe("a day-first dateline without its year", () => {
  it("'Santiago, 16 October (Latin Wire)' is the filing day under a stamp of the 17th", () => {
    const got = read(
      "Xi meets Chilean president",
      "Updated: 2026-10-17 09:00",
      "Santiago, 16 October (Latin Wire) Chinese President Xi Jinping met Chilean President Ramiro Aldana here on Thursday.",
      LATER,
    );
    expect(got).toEqual({
      date: "2026-10-15",
      city: "Santiago",
      first: "Chinese President Xi Jinping met Chilean President Ramiro Aldana here on Thursday.",
    });
  });
});
