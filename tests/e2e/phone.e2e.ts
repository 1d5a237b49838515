// Phones (issue 11): on a 390 × 844 touch screen the first screen says what the app is and shows
// the list of meetings with the timeline one tap away; tapping a meeting brings its panel into view
// and focuses it; the panel, compare and the source viewer never scroll sideways. axe in both themes.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";
import { sidewaysOverflow, textPastTheEdge } from "./support/layout";

const PHONE = { width: 390, height: 844 };
const MAY_2024 = "2024-05-16-xi-jinping-vladimir-putin";
const DEC_2022 = "2022-12-30-xi-jinping-vladimir-putin";

const openPhone = (path: string, colorScheme: "light" | "dark" = "light") =>
  openApp(path, { viewport: PHONE, touch: true, colorScheme });

/** Where a locator's box sits on the screen now (CSS px from the top of the viewport). */
async function screenTop(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);
}

const isFocused = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el === document.activeElement);

describe("phone, 390 × 844", () => {
  it("the first screen names the app and shows meetings in the list; the timeline is one tap away", async () => {
    const session = await openPhone("/");
    const { page } = session;
    await page.locator(".vis-item").first().waitFor();
    const title = await page.getByRole("heading", { level: 1, name: "Readout Atlas" }).boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(0);
    await page.getByText(/Chinese leaders’ meetings with foreign counterparts/).waitFor();
    // At least one whole meeting of the list is on the first screen.
    const firstMeeting = await page.locator("[data-meeting-link]").first().boundingBox();
    expect(firstMeeting!.y + firstMeeting!.height).toBeLessThanOrEqual(PHONE.height);

    const jump = page.getByRole("button", { name: "Timeline" });
    const jumpBox = await jump.boundingBox();
    expect(jumpBox!.y + jumpBox!.height).toBeLessThanOrEqual(PHONE.height);
    expect(jumpBox!.height).toBeGreaterThanOrEqual(24);
    await jump.tap();
    await expect.poll(() => isFocused(page, "#main-view")).toBe(true);
    // The whole timeline is on screen now.
    const timeline = await page.locator("#main-view").evaluate((el) => el.getBoundingClientRect().toJSON());
    expect(timeline.top).toBeGreaterThanOrEqual(0);
    expect(timeline.bottom).toBeLessThanOrEqual(PHONE.height + 1);
    expect(await page.getByRole("group", { name: /^Meetings by counterpart/ }).isVisible()).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(session.errors).toEqual([]);
  });

  it("tapping a meeting in the list scrolls its panel to the top of the screen and focuses its heading", async () => {
    const session = await openPhone("/");
    const { page } = session;
    await page
      .getByRole("link", { name: /Xi Jinping – Ban Ki-moon/ })
      .first()
      .tap();
    const heading = page.getByRole("heading", { level: 2, name: "Xi Jinping – Ban Ki-moon" });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const panelTop = await screenTop(page, 'article[aria-labelledby^="meeting-"]');
    expect(panelTop).toBeGreaterThanOrEqual(-2);
    expect(panelTop).toBeLessThan(80);
    expect(new URL(page.url()).searchParams.get("meeting")).toMatch(/-xi-jinping-ban-ki-moon$/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(session.errors).toEqual([]);
  });

  it("tapping a meeting on the timeline brings its panel up too", async () => {
    const session = await openPhone("/");
    const { page } = session;
    await page.locator(".vis-item").first().waitFor();
    await page.getByRole("button", { name: "Timeline" }).tap();
    await page.locator('.atlas-item[title*="16 May 2024"]').tap({ position: { x: 4, y: 4 } });
    await page.waitForURL((url) => url.searchParams.get("meeting") === MAY_2024);
    const heading = page.locator(`#meeting-${MAY_2024}`);
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const panelTop = await screenTop(page, 'article[aria-labelledby^="meeting-"]');
    expect(panelTop).toBeGreaterThanOrEqual(-2);
    expect(panelTop).toBeLessThan(80);
    expect(session.errors).toEqual([]);
  });

  for (const [name, path, ready] of [
    [
      "the source viewer",
      `/?meeting=${MAY_2024}&readout=004_7dcf29c1458b0db6`,
      (page: Page) => page.locator("#readout-heading").waitFor(),
    ],
    [
      "the comparison",
      `/?compare=${DEC_2022},${MAY_2024}`,
      (page: Page) => page.locator("#compare-heading").waitFor(),
    ],
    [
      "the meeting panel",
      `/?meeting=${MAY_2024}`,
      (page: Page) => page.getByRole("button", { name: "Compare with…" }).waitFor(),
    ],
  ] as const) {
    it(`${name} fits the screen's width: no sideways scrolling, every line of text inside`, async () => {
      const session = await openPhone(path);
      const { page } = session;
      await ready(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      // Text blocks of the detail pane end inside the screen (nothing cut off at the right).
      expect(await textPastTheEdge(page, 'section[aria-label="Details"]')).toEqual([]);
      expect(session.errors).toEqual([]);
    });
  }

  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe finds no serious problem on the phone's list and panel (${colorScheme})`, async () => {
      const { page } = await openPhone(`/?meeting=${MAY_2024}`, colorScheme);
      await page.getByRole("button", { name: "Compare with…" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }, 90_000);
  }
});
