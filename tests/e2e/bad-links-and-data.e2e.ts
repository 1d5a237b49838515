// Links and data files that are wrong in one place: each gets a notice naming the problem, and the
// view shows what remains valid (issue 11, "Every bad URL value gets a notice", "Corrupt data").
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/schema";
import { splitDataset } from "../../src/domain/split-dataset";
import { openApp } from "./support/browser";

const MAY_2024 = "2024-05-16-xi-jinping-vladimir-putin";
const sample = JSON.parse(readFileSync("tests/fixtures/dataset.sample.json", "utf8")) as Dataset;

const timelineText = (page: Page) =>
  page.getByRole("group", { name: /^Meetings by counterpart/ }).innerText();

describe("bad link values", () => {
  it("from=2030 says the data ends earlier, and the timeline shows the same years as with no filter", async () => {
    const axisYears = async (path: string) => {
      const session = await openApp(path);
      await session.page
        .getByRole("link", { name: /Xi Jinping – Vladimir Putin/ })
        .first()
        .waitFor();
      await expect.poll(() => timelineText(session.page)).toMatch(/2013[\s\S]*2024/);
      const years = (await timelineText(session.page)).match(/\b20\d\d\b/g) ?? [];
      return { session, years: [...new Set(years)] };
    };
    const plain = await axisYears("/");
    await plain.session.close();
    const { session, years } = await axisYears("/?from=2030");
    await session.page.getByText("Ignored from=2030: the meetings run from 2013 to 2024.").waitFor();
    expect(years).toEqual(plain.years);
    expect(years).not.toContain("2030");
    expect(session.errors).toEqual([]);
  });

  it("compare=a,a opens that meeting and says why", async () => {
    const { page } = await openApp(`/?compare=${MAY_2024},${MAY_2024}`);
    await page.getByText(/it names the same meeting twice; showing that meeting\./).waitFor();
    await page.getByRole("article", { name: "Xi Jinping – Vladimir Putin" }).waitFor();
  });

  it("a span past the end of the readout is named once its text loads; the readout opens at the top", async () => {
    const { page } = await openApp(`/?meeting=${MAY_2024}&readout=004_7dcf29c1458b0db6&span=10-9999999`);
    await page
      .getByText(/^Ignored span=10-9999999: readout "004_7dcf29c1458b0db6" has only \d+ characters/)
      .waitFor();
    await page.getByRole("article").first().waitFor();
  });

  it("accounts= of another meeting are named; the meeting stays open", async () => {
    const { page } = await openApp(`/?meeting=${MAY_2024}&accounts=sample-un-2013,sample-ru-2021`);
    await page.getByText(/^Ignored accounts=/).waitFor();
    await page.getByRole("article", { name: "Xi Jinping – Vladimir Putin" }).waitFor();
  });
});

describe("links naming two things for one place", () => {
  const DEC_2022 = "2022-12-30-xi-jinping-vladimir-putin";

  it("a readout of another meeting is named and dropped; the meeting's panel shows", async () => {
    const session = await openApp(`/?meeting=${MAY_2024}&readout=003_a1a6f6dff0234610&span=0-10`);
    const { page } = session;
    await page
      .getByText('Ignored readout="003_a1a6f6dff0234610": it is not a readout of this meeting.')
      .waitFor();
    await page.getByText("Ignored span=0-10: it points into that readout.").waitFor();
    await page.getByRole("article", { name: "Xi Jinping – Vladimir Putin" }).waitFor();
    expect(await page.locator("#readout-heading").count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it("meeting= beside compare= is named; the comparison shows", async () => {
    const session = await openApp(`/?meeting=${MAY_2024}&compare=${DEC_2022},${MAY_2024}`);
    const { page } = session;
    await page
      .getByText(`Ignored meeting="${MAY_2024}": compare= shows two meetings in its place.`)
      .waitFor();
    await page.locator("#compare-heading").waitFor();
    expect(session.errors).toEqual([]);
  });
});

describe("partly damaged data", () => {
  it("a meeting with an unknown actor is left out with a notice; the others open", async () => {
    const { index } = splitDataset(sample);
    const meetings = index.meetings.map((m, i) =>
      i === 0 ? { ...m, sides: [m.sides[0]!, { ...m.sides[1]!, principal: "unknown-envoy" }] } : m,
    );
    const session = await openApp("/", { dataset: sample });
    const { page } = session;
    await page.route("**/data/index.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify({ ...index, meetings }) }),
    );
    await page.reload();
    await page
      .getByText(`Left out meeting "${index.meetings[0]!.id}": unknown actor "unknown-envoy".`)
      .waitFor();
    await page.getByText(/2 meetings from 4 readouts/).waitFor();
    await page
      .getByRole("link", { name: /Xi Jinping – Vladimir Putin/ })
      .first()
      .click();
    await page.getByRole("article", { name: "Xi Jinping – Vladimir Putin" }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it("a truncated meeting index names the file and the problem, never a blank page", async () => {
    const session = await openApp("/", { dataset: JSON.stringify(splitDataset(sample).index).slice(0, 300) });
    const alert = session.page.getByRole("alert");
    await alert.getByText("The bundled dataset could not be loaded").waitFor();
    expect(await alert.textContent()).toMatch(/index\.json is not valid JSON/);
  });
});
