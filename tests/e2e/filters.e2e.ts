// Filters, search, URL state and the chronology list (issue 4) in the browser. The first block runs
// on the bundled corpus (public/data/dataset.json) with the ids the issue names; the rest on the
// made-up sample fixture and a large synthetic dataset, so they hold whatever the corpus becomes.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { artefactPath } from "./support/artefacts";
import { openApp } from "./support/browser";

const sample = JSON.parse(readFileSync("tests/fixtures/dataset.sample.json", "utf8")) as unknown;
const UN_2013 = "2013-06-19-xi-jinping-ban-ki-moon";
const RU_2021 = "2021-03-03-xi-jinping-vladimir-putin";
const RU_2023 = "2023-06-05-xi-jinping-vladimir-putin";

const chronology = (page: Page) => page.locator('section[aria-label="Chronology"]');

/** The meeting ids the chronology list shows, in order, once it has rendered and any search has answered. */
async function listed(page: Page): Promise<string[]> {
  await chronology(page)
    .getByRole("heading", { name: /^Chronology · \d+ meetings?$/ })
    .waitFor();
  return chronology(page)
    .locator("[data-meeting-link]")
    .evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.meetingLink ?? ""));
}

/** Waits until the list shows exactly `count` meetings (filtering after a click or keystroke is not instant). */
async function waitForCount(page: Page, count: number) {
  await chronology(page)
    .getByRole("heading", { name: count === 1 ? "Chronology · 1 meeting" : `Chronology · ${count} meetings` })
    .waitFor();
}

const search = (page: Page) => new URL(page.url()).search;

describe("filters on the bundled corpus", () => {
  const PUTIN = ["2022-12-30-xi-jinping-vladimir-putin", "2024-05-16-xi-jinping-vladimir-putin"];

  it("?counterpart=russia shows exactly the two Putin meetings", async () => {
    const session = await openApp("/?counterpart=russia");
    expect(await listed(session.page)).toEqual(PUTIN);
    expect(session.errors).toEqual([]);
  });

  it("?topic=ukraine shows the two meetings where Ukraine was raised", async () => {
    const session = await openApp("/?topic=ukraine");
    expect(await listed(session.page)).toEqual(PUTIN);
  });

  it("?from=2020&to=2024 shows three meetings", async () => {
    const session = await openApp("/?from=2020&to=2024");
    expect(await listed(session.page)).toEqual(["2020-09-24-xi-jinping-antonio-guterres", ...PUTIN]);
  });

  it("?q=climate lists only meetings whose own text mentions climate, each with its excerpt", async () => {
    const session = await openApp("/?q=climate");
    const { page } = session;
    // The UN readout of 19 June 2013 describes three meetings; only Xi Jinping's part mentions climate.
    expect(await listed(page)).toEqual([
      UN_2013,
      "2014-02-07-xi-jinping-ban-ki-moon",
      "2020-09-24-xi-jinping-antonio-guterres",
    ]);
    const links = chronology(page).locator("[data-meeting-link]");
    for (let i = 0; i < 3; i++) {
      const marks = await links.nth(i).locator("mark").allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((mark) => /^climate$/i.test(mark))).toBe(true);
    }
    expect(session.errors).toEqual([]);
  });

  it("marks the searched words in the meeting panel and in the source viewer", async () => {
    const session = await openApp("/?q=hegemony&meeting=2022-12-30-xi-jinping-vladimir-putin");
    const { page } = session;
    const panelMarks = page.getByRole("article").locator("mark[data-search-match]");
    await panelMarks.first().waitFor();
    expect(new Set(await panelMarks.allTextContents())).toEqual(new Set(["hegemony"]));
    await page
      .getByRole("button", {
        name: /^Source \(show in readout\) Xi Jinping noted, “China stands ready to join hands/,
      })
      .click();
    const viewer = page.getByRole("article", { name: /CGTN/ });
    await viewer.locator("mark[data-search-match]").first().waitFor();
    expect(await viewer.locator("mark[aria-current] mark[data-search-match]").allTextContents()).toEqual([
      "hegemony",
    ]);
    expect(session.errors).toEqual([]);
  });
});

describe("filters and the chronology list (sample fixture)", () => {
  it("follows the counterpart in the URL: list, count and timeline", async () => {
    const session = await openApp("/?counterpart=russia", { dataset: sample });
    const { page } = session;
    expect(await listed(page)).toEqual([RU_2021, RU_2023]);
    await page.getByRole("region", { name: "Filters" }).getByText("2 of 3 meetings").waitFor();
    await page.getByText("Timeline · 2 meetings").waitFor();
  });

  it("narrows the list as the user types a search, and marks the matched words", async () => {
    const session = await openApp("/", { dataset: sample });
    const { page } = session;
    await waitForCount(page, 3);
    await page.getByRole("searchbox", { name: "Search statements and readouts" }).pressSequentially("climat");
    await waitForCount(page, 1);
    expect(await listed(page)).toEqual([UN_2013]);
    expect(await chronology(page).locator("mark").allTextContents()).toEqual(["climate"]);
    expect(search(page)).toBe("?q=climat");
  });

  it("Back restores the previous filters, step by step", async () => {
    const session = await openApp("/", { dataset: sample });
    const { page } = session;
    await waitForCount(page, 3);
    await page.getByRole("button", { name: /^Counterpart/ }).click();
    await page.getByRole("checkbox", { name: /^Russia/ }).check();
    await waitForCount(page, 2);
    await page.getByRole("button", { name: /^Format/ }).click();
    await page.getByRole("checkbox", { name: /^Video call/ }).check();
    await waitForCount(page, 1);
    expect(search(page)).toBe("?counterpart=russia&format=video");

    await page.goBack();
    await waitForCount(page, 2);
    expect(search(page)).toBe("?counterpart=russia");
    await expect(page.getByRole("checkbox", { name: /^Video call/ }).isChecked()).resolves.toBe(false);
    await page.goBack();
    await waitForCount(page, 3);
    await page.goForward();
    await waitForCount(page, 2);
  });

  it("typing a search is one step back, not one per keystroke", async () => {
    const session = await openApp("/?counterpart=russia", { dataset: sample });
    const { page } = session;
    await waitForCount(page, 2);
    await page.getByRole("searchbox").pressSequentially("kremlin");
    await waitForCount(page, 1);
    await page.goBack();
    await waitForCount(page, 2);
    expect(search(page)).toBe("?counterpart=russia");
    await expect(page.getByRole("searchbox").inputValue()).resolves.toBe("");
  });

  it("drops a URL full of garbage with a notice, shows every meeting and runs nothing", async () => {
    const session = await openApp("/?counterpart=<img src=x onerror=alert(1)>&from=abc", { dataset: sample });
    const { page } = session;
    expect(await listed(page)).toEqual([UN_2013, RU_2021, RU_2023]);
    await page.getByText('Ignored counterpart="<img src=x onerror=alert(1)>": not an id.').waitFor();
    await page.getByText('Ignored from="abc": expected a year such as 2019.').waitFor();
    expect(await page.locator("img").count()).toBe(0);
    expect(session.dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it("says when nothing matches and clears every filter in one click", async () => {
    const session = await openApp("/?counterpart=united-nations&topic=ukraine", { dataset: sample });
    const { page } = session;
    await page.getByText("No meetings match these filters.").waitFor();
    await page.getByRole("button", { name: "Clear all filters" }).first().click();
    await waitForCount(page, 3);
    expect(search(page)).toBe("");
  });

  it("is operable by keyboard: a filter choice, then a meeting from the list", async () => {
    const session = await openApp("/", { dataset: sample });
    const { page } = session;
    await waitForCount(page, 3);
    await page.getByRole("button", { name: /^Topic/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("checkbox", { name: /^Climate change/ }).focus();
    await page.keyboard.press("Space");
    await waitForCount(page, 1);
    await chronology(page).getByRole("link").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.search.includes(`meeting=${UN_2013}`));
    expect(search(page)).toBe(`?meeting=${UN_2013}&topic=climate-change`);
    await expect(
      chronology(page)
        .getByRole("link", { current: "true" } as never)
        .count(),
    ).resolves.toBe(1);
  });

  it("Escape closes an open filter group, wherever focus is in it, and focus returns to its button", async () => {
    const session = await openApp("/", { dataset: sample });
    const { page } = session;
    await waitForCount(page, 3);
    const toggle = page.getByRole("button", { name: /^Topic/ });
    const panel = page.getByRole("region", { name: "Topic filter" });
    const toggleFocused = () => toggle.evaluate((b) => b === document.activeElement);
    // Just opened: focus is still on the group's button.
    await toggle.click();
    await panel.waitFor();
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await toggleFocused()).toBe(true);
    await page.screenshot({
      path: artefactPath("filters-escape-closed.png"),
      clip: { x: 0, y: 0, width: 1000, height: 260 },
    });
    // From a choice inside the group.
    await page.keyboard.press("Enter");
    await panel.getByRole("checkbox", { name: /^Climate change/ }).focus();
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    expect(await toggleFocused()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it("makes the list the main view on a narrow screen", async () => {
    const session = await openApp("/", { dataset: sample, viewport: { width: 390, height: 844 } });
    const { page } = session;
    await waitForCount(page, 3);
    const list = await chronology(page).boundingBox();
    const timeline = await page.locator('section[aria-label="Timeline"]').boundingBox();
    expect(list!.y).toBeLessThan(timeline!.y);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});

describe("a long chronology", () => {
  it("renders only the visible rows of 2,000 meetings and scrolls to the last one", async () => {
    const session = await openApp("/?counterpart=russia,france,kenya,japan,brazil", {
      dataset: syntheticDataset(2_000),
    });
    const { page } = session;
    await chronology(page)
      .getByRole("heading", { name: /Chronology · \d+ meetings/ })
      .waitFor();
    const heading = await chronology(page).getByRole("heading", { level: 2 }).textContent();
    const total = Number(/(\d+) meetings/.exec(heading ?? "")?.[1]);
    expect(total).toBeGreaterThan(500);
    const rendered = await chronology(page).locator("[data-meeting-link]").count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    // End moves focus to the last meeting, rendering it on the way.
    await chronology(page).locator("[data-meeting-link]").first().focus();
    await page.keyboard.press("End");
    await page.waitForFunction(
      () =>
        document.activeElement?.closest("[data-row]") !== null &&
        document.activeElement?.textContent?.includes("2024"),
    );
    expect(session.errors).toEqual([]);
  });
});
