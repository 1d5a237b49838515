import { describe, expect, it } from "vitest";
import { announcementFor, detailSentence, type AnnouncedView } from "../../../src/app/announcement";

const start: AnnouncedView = { detail: "", filters: "", searching: false, shown: 7, total: 7 };

describe("announcementFor", () => {
  it("announces a newly opened detail, and nothing when only the detail closes", () => {
    const opened = { ...start, detail: "Opened Xi Jinping – Vladimir Putin, 16 May 2024." };
    expect(announcementFor(start, opened)).toBe("Opened Xi Jinping – Vladimir Putin, 16 May 2024.");
    expect(announcementFor(opened, start)).toBeUndefined();
  });

  it("announces the count when the filters change, with the number of meetings left", () => {
    expect(announcementFor(start, { ...start, filters: "?counterpart=russia", shown: 2 })).toBe(
      "Filters applied: 2 of 7 meetings shown.",
    );
    expect(announcementFor({ ...start, filters: "?x", shown: 2 }, start)).toBe("Showing all 7 meetings.");
    expect(announcementFor(start, { ...start, filters: "?q=zzz", shown: 0 })).toBe(
      "No meetings match the filters.",
    );
  });

  it("waits for a search to answer before saying how many meetings it left", () => {
    const typing = { ...start, filters: "?q=climate", searching: true };
    expect(announcementFor(start, typing)).toBeUndefined();
    expect(announcementFor(typing, { ...typing, searching: false, shown: 3 })).toBe(
      "Filters applied: 3 of 7 meetings shown.",
    );
    // Same count as before the search: still said, since the reader asked.
    expect(announcementFor(typing, { ...typing, searching: false })).toBe("Showing all 7 meetings.");
  });

  it("prefers the detail when both change at once (a link with filters and a meeting)", () => {
    expect(announcementFor(start, { ...start, detail: "Opened X.", filters: "?topic=trade", shown: 1 })).toBe(
      "Opened X.",
    );
  });
});

describe("detailSentence", () => {
  const meeting = { title: "Xi Jinping – Vladimir Putin", date: "16 May 2024" };
  it("names the most specific thing open", () => {
    expect(detailSentence({ meeting })).toBe("Opened Xi Jinping – Vladimir Putin, 16 May 2024.");
    expect(detailSentence({ meeting, readoutBy: "Made-up Ministry" })).toBe(
      "Opened the readout by Made-up Ministry.",
    );
    expect(detailSentence({ comparison: "Compare A and B: 1 Jan 2020 and 2 Feb 2021" })).toBe(
      "Opened the comparison: A and B: 1 Jan 2020 and 2 Feb 2021.",
    );
    expect(detailSentence({ meeting, accountsOf: meeting.title })).toBe(
      "Opened two accounts of Xi Jinping – Vladimir Putin side by side.",
    );
    expect(detailSentence({ meeting, picking: meeting })).toMatch(
      /^Compare: choose a second meeting on the timeline or in the list to compare with Xi Jinping – Vladimir Putin, 16 May 2024\. Escape cancels\.$/,
    );
    expect(detailSentence({})).toBe("");
  });
});
