/**
 * Made-up press-wire reposts closing with the service's disclaimer ("<Publisher> published this
 * content on <date> and is solely responsible …"): the line is furniture and its date, in any of the
 * shapes stamps take, is the publication day a weekday of the text refers to.
 */
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const repost = (date: string) =>
  [
    "Wang Yi Meets Chilean Foreign Minister",
    "On Tuesday, Foreign Minister Wang Yi met with Chilean Foreign Minister Tomas Ellery in Beijing.",
    "Wang Yi said China is ready to deepen cooperation with Chile.",
    `The Ministry published this content on ${date}, and is solely responsible for the information contained herein.`,
  ].join("\n\n");

describe("a repost's disclaimer is the page's stamp", () => {
  // 24 March 2016 is a Thursday.
  it.each(["24 March 2016", "March 24, 2016", "24.03.2016", "2016-03-24"])("dated %s", (date) => {
    const { dataset } = buildDataset([{ id: "t", raw: repost(date) }]);
    const meeting = dataset.meetings[0];
    expect(meeting?.date).toBe("2016-03-22");
    expect(meeting?.statements.some((s) => s.text.includes("published this content"))).toBe(false);
  });
});
