import { describe, expect, it } from "vitest";
import { isOtherScriptLine } from "../../../src/pipeline/language/en/script";
import { clean } from "../../../src/pipeline/clean";
import { isByline, isFurniture, readMetadataBar, trailingCredit } from "../../../src/pipeline/furniture";
import { isCaption, isFilePicture } from "../../../src/pipeline/captions";
import { HOUSE_STYLES } from "../../../src/pipeline/styles/house-styles";

// Made-up page lines in the shapes real sites produce.
describe("furniture", () => {
  it.each([
    "<Suggest To A Friend>",
    "<Print>   <Close>",
    "eng / рус",
    "ENG / РУС",
    "English | Français | Español",
    "English|中文",
    "Click here for the full text of the statement",
    "— Mara Lindqvist (@mlindqvist_pm) March 3, 2025",
    "- Office of the President (@example_office)",
    // A menu bar as copy-paste leaves it: section names with wide gaps.
    "Home   Embassy Info   About China   China & Samoa   Consular Services   Culture & Education",
    "News\tPolitics\tBusiness\tWorld",
  ])("%j is furniture", (line) => {
    expect(isFurniture(line, HOUSE_STYLES)).toBe(true);
  });

  it.each([
    "English teachers from both countries will meet in May.",
    "The two leaders shared a meal and talked about football.",
    "Click",
    // A headline, even with a stray double space, has words no section name starts with.
    "Premier Li Qiang  Meets with  Prime Minister  Tavita Lemalu of Samoa",
    "Home  Affairs",
  ])("%j is not furniture", (line) => {
    expect(isFurniture(line, HOUSE_STYLES)).toBe(false);
  });

  it.each([
    "Chinese Premier Li Qiang (R) meets Prime Minister Aldo Ferre in Beijing, May 2, 2025. (Example/Name)",
    "Chinese Vice President Han Zheng(L) talks with the visiting minister in Beijing, June 4, 2025",
    "Leader A (2nd R) and Leader B (2nd L) attend the ceremony in the capital",
    "Leader A and Leader B walk to the hall on May 2, 2025. ANNA BERG/ PRESIDENTIAL PHOTO",
    "Leader A and Leader B when they met last year [File: Some Name/Pool via Example Photo]",
    "Leader A greets Leader B (Example Photo/Some Name)",
    // A wire's credit in mixed case after the caption's sentence, or alone on its line.
    "Leader A attends the retreat session in Capital, Country, May 2, 2025. Some Name/Pool via AGENCY",
    "Leader B speaks at the summit in Capital, Country, on May 3, 2025. Some Other Name/Reuters",
    "Some Name/Pool via AGENCY",
    "Leader A waves on arrival in Capital, Country, May 2, 2025. AGENCY/Some Name/File Photo",
    // A wire's caption formula, and its credit naming a service "via" the wire.
    "In this photo provided on May 2, 2025, by the Veloria government, Leader A, right, talks with Leader B, left, in Capital.",
    "This image released by the Tarsis news service shows Leader A greeting Leader B in Capital.",
    "Leader A, right, greets Leader B in Capital on May 2, 2025. (Veloria News Service via AP)",
  ])("%j is a caption", (line) => {
    expect(isCaption(line, HOUSE_STYLES)).toBe(true);
  });

  it.each([
    "Leader A met Leader B in the capital on May 2, 2025.",
    "The talks covered trade, the WHO and the UN/WTO reform agenda.",
    "Leader A said the deal (signed in May) would help farmers.",
    // A slash in prose or a title is no credit.
    "China/US Talks",
    "Both sides discussed trade. The Veloria/Tarsis border",
    "In this regard, Leader A said the photo exhibition had been provided by Veloria.",
    "This picture of cooperation was taken further, Leader A said.",
  ])("%j is not a caption", (line) => {
    expect(isCaption(line, HOUSE_STYLES)).toBe(false);
  });

  it("tells a file picture by its credit", () => {
    expect(isFilePicture("A and B when they met [File: Some Name/Pool]")).toBe(true);
    expect(isFilePicture("A (R) meets B, May 2, 2025. (Example/Name)")).toBe(false);
  });

  it("lifts an agency credit after the last sentence, not other brackets", () => {
    expect(trailingCredit("Both sides agreed to talk again. (ANI)", HOUSE_STYLES)).toEqual({
      text: "Both sides agreed to talk again.",
      credit: "ANI",
    });
    expect(trailingCredit("He thanked the hosts. (Xinhua)", HOUSE_STYLES)?.credit).toBe("Xinhua");
    expect(trailingCredit("He thanked the hosts. (Laughter)", HOUSE_STYLES)).toBeUndefined();
    expect(trailingCredit("He met the minister (ANI)", HOUSE_STYLES)).toBeUndefined();
  });

  it("lifts a sign-off glued to the last sentence, after a dash or in brackets", () => {
    expect(trailingCredit("… on the basis of mutual benefit.—IANS", HOUSE_STYLES)).toEqual({
      text: "… on the basis of mutual benefit.",
      credit: "IANS",
    });
    expect(trailingCredit("They agreed to meet again.(ANI)", HOUSE_STYLES)?.credit).toBe("ANI");
    expect(trailingCredit("They agreed to meet again. -- Xinhua", HOUSE_STYLES)?.credit).toBe("Xinhua");
    expect(trailingCredit("“We are friends.” – TASS", HOUSE_STYLES)?.credit).toBe("TASS");
    // A dash before a word that is no agency, or inside the sentence, is the sentence's own.
    expect(trailingCredit("He thanked everyone.—Mensor", HOUSE_STYLES)).toBeUndefined();
    expect(trailingCredit("The IANS report—ANI said—was wrong.", HOUSE_STYLES)).toBeUndefined();
    expect(trailingCredit("Trade rose—IANS", HOUSE_STYLES)).toBeUndefined();
    // A wire's name in capitals after a space: only a known agency, never an acronym of the text.
    expect(trailingCredit("She had no information about a visit. REUTERS", HOUSE_STYLES)).toEqual({
      text: "She had no information about a visit.",
      credit: "REUTERS",
    });
    expect(trailingCredit("Both sides back the bloc. ASEAN", HOUSE_STYLES)).toBeUndefined();
    const result = clean(
      "Leaders meet\n\nThe leaders met on Tuesday.\n\nThey agreed on mutual benefit.—IANS",
    );
    expect(result.text).toBe("The leaders met on Tuesday.\n\nThey agreed on mutual benefit.");
    expect(result.credits).toContain("IANS");
  });

  it("drops a stamp's label alone on its line and keeps the stamp under it", () => {
    const result = clean(
      "Leaders Hold Talks in the Capital\nRelease time:\n2025-05-14 09:30\n\nThe leaders met on Tuesday.",
    );
    expect(result.text).toBe("The leaders met on Tuesday.");
    expect(result.publishedOn).toBe("2025-05-14");
  });

  it("never joins a furniture line to the line above", () => {
    const result = clean(
      "Leaders Hold Talks in the Capital\n\nThe leaders met on Tuesday.\n\nClick here for the full text\neng / рус",
    );
    expect(result.text).toBe("The leaders met on Tuesday.");
  });

  it("keeps the captions it drops, for a date the text lacks", () => {
    const result = clean(
      "Leaders Hold Talks in the Capital\n\nLeader A (R) meets Leader B in the capital, May 2, 2025. (Example/Name)\n\nThe leaders met.",
    );
    expect(result.captions).toEqual([
      "Leader A (R) meets Leader B in the capital, May 2, 2025. (Example/Name)",
    ]);
    expect(result.text).toBe("The leaders met.");
  });

  it("takes a line mostly in another script for a copy in another language", () => {
    expect(isOtherScriptLine("7月8日，新加坡总理会见了中国国家主席习近平。")).toBe(true);
    expect(isOtherScriptLine("Президент России встретился с Си Цзиньпином.")).toBe(true);
    expect(isOtherScriptLine("Wang Yi (王毅) said the two sides should talk more.")).toBe(false);
    expect(isOtherScriptLine("Home | 中文版")).toBe(false);
    expect(isOtherScriptLine("-----------------------")).toBe(false);
  });

  describe("bars of metadata", () => {
    it.each([
      [
        "Source: Xinhua| 2024-03-13 00:41:05|Editor: huaxia",
        "2024-03-13",
        ["Source Xinhua", "Editor huaxia"],
      ],
      // No bars: a label with its colon starts the next part, once the part before has its own.
      ["Release Date:2025-10-22 16:14:27 Source:Xinhua", "2025-10-22", ["Source Xinhua"]],
      // A spaced slash separates parts; a page's id number is furniture.
      ["News ID: 556677 / Publish Date : 14 February 2025 - 22:00", "2025-02-14", []],
      // A copy that lost the space between a page's spans: the stamp's time glued to the agency.
      ["2031-05-17 08:19Xinhua Editor: Some Name", "2031-05-17", ["Xinhua", "Editor Some Name"]],
      // China.org.cn's stamp: the agency and a comma before the day (glued or spaced), the font
      // button after it on the same line.
      ["Xinhua,March 28, 2031 Adjust font size:", "2031-03-28", ["Xinhua"]],
      ["China Daily, May 2, 2031 Adjust font size:", "2031-05-02", ["China Daily"]],
    ])("reads %j part by part", (line, stamp, credits) => {
      expect(readMetadataBar(line, HOUSE_STYLES)).toEqual({ stamp, credits });
    });

    it.each([
      "2019/10/09",
      "Release Date:2025-10-22",
      "The date: Tuesday, when the two leaders met / talked about trade",
      "Xi said: the two sides should cooperate",
      "Xinhua, the state news agency, said the talks went well",
      "On March 28, 2031 the leaders met. Print",
    ])("leaves %j to the other rules", (line) => {
      expect(readMetadataBar(line, HOUSE_STYLES)).toBeUndefined();
    });
  });

  it("reads a byline glued to its publisher in brackets", () => {
    expect(isByline("By Ana Ruiz in Valletta and Zhou Lan in Beijing(China Daily)")).toBe(true);
    expect(isByline("By Ana Ruiz in Valletta (China Daily)")).toBe(true);
    expect(isByline("By Tuesday the two sides (both of them) had agreed.")).toBe(false);
  });
});
