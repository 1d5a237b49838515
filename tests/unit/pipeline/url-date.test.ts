import { describe, expect, it } from "vitest";
import { dateFromUrl } from "../../../src/pipeline/url-date";

describe("dateFromUrl: the publication date in a page's URL", () => {
  it.each([
    ["http://www.xinhuanet.example/english/2019-10/09/c_138000000.htm", "2019-10-09"],
    ["https://news.cgtn.example/news/2025-04-16/wang-yi-talks/index.html", "2025-04-16"],
    ["https://www.mfa.example/eng/wjbzhd/202505/t20250520_11650000.html", "2025-05-20"],
    ["https://www.chinadaily.example/a/202504/16/WS67ff.html", "2025-04-16"],
    ["http://en.people.example/n3/2025/0416/c90000-2000000.html", "2025-04-16"],
    ["https://english.news.example/20250416/abc123/c.html", "2025-04-16"],
  ])("%s → %s", (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
  });

  it("no date, an impossible day or no URL gives nothing", () => {
    expect(dateFromUrl("https://www.kremlin.example/events/president/news/70000")).toBeUndefined();
    expect(dateFromUrl("https://example.org/2023-02-30/page")).toBeUndefined();
    expect(dateFromUrl("https://example.org/20231345/page")).toBeUndefined();
    expect(dateFromUrl(undefined)).toBeUndefined();
  });
});
