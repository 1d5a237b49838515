import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { dateFromUrl } from "../../../src/pipeline/url-date";

describe("dateFromUrl: the publication date in a page's URL", () => {
  it.each([
    ["http://www.xinhuanet.example/english/2019-10/09/c_138000000.htm", "2019-10-09"],
    ["https://news.cgtn.example/news/2025-04-16/wang-yi-talks/index.html", "2025-04-16"],
    ["https://www.mfa.example/eng/wjbzhd/202505/t20250520_11650000.html", "2025-05-20"],
    ["https://www.chinadaily.example/a/202504/16/WS67ff.html", "2025-04-16"],
    ["http://en.people.example/n3/2025/0416/c90000-2000000.html", "2025-04-16"],
    ["https://english.news.example/20250416/abc123/c.html", "2025-04-16"],
    // A wire's article id with its filing day glued to its end.
    ["https://www.wire.example/article/us-china-chile-idUSBRE92L0KE20160322", "2016-03-22"],
    ["https://www.wire.example/article/us-china-chile/chile-talks-idUSKBN1XYZ20181105", "2018-11-05"],
    ["https://uk.wire.example/article/idUKKCN0WO0ZA20160322?feedType=RSS", "2016-03-22"],
  ])("%s → %s", (url, day) => {
    expect(dateFromUrl(url)).toBe(day);
  });

  it("no date, an impossible day or no URL gives nothing", () => {
    expect(dateFromUrl("https://www.kremlin.example/events/president/news/70000")).toBeUndefined();
    expect(dateFromUrl("https://example.org/2023-02-30/page")).toBeUndefined();
    expect(dateFromUrl("https://example.org/20231345/page")).toBeUndefined();
    expect(dateFromUrl(undefined)).toBeUndefined();
  });

  it("a run of digits that is no article id's day gives nothing", () => {
    expect(dateFromUrl("https://example.org/story/12345678901234")).toBeUndefined();
    expect(dateFromUrl("https://example.org/news/item20160322")).toBeUndefined();
    expect(dateFromUrl("https://www.wire.example/article/x-idUSKBN1XYZ20161399")).toBeUndefined();
    expect(dateFromUrl("https://www.wire.example/article/x-idUSKBN1XYZ19990322")).toBeUndefined();
    expect(dateFromUrl("https://www.wire.example/article/x-idUSKBN1XYZ20160322123")).toBeUndefined();
  });
});

describe("a wire's URL dates the weekday of its text", () => {
  it("'on Monday' under an article id ending in 20160322 (a Tuesday) is 21 March", () => {
    const { dataset } = buildDataset([
      {
        id: "u",
        raw: "Xi meets Chilean president\n\nBEIJING (Wire) - Chinese President Xi Jinping met with Chilean President Tomas Ellery in Beijing on Monday.\n\nXi said China is ready to deepen cooperation with Chile.",
        meta: { url: "https://www.wire.example/article/us-china-chile-idUSKCN0WO0ZA20160322" },
      },
    ]);
    expect(dataset.meetings[0]?.date).toBe("2016-03-21");
  });
});
