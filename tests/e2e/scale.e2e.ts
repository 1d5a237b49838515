// Issue 10 at scale: a generated 10,000-meeting dataset (served as index + shards through
// page.route, never mixed into the bundled data). Functional checks only, no timing.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../fixtures/synthetic-dataset";
import { openApp } from "./support/browser";

const big = syntheticDataset(10_000);
const SHOTS = "test-results/shots-scale";
mkdirSync(SHOTS, { recursive: true });
const MAX_ITEMS = 300;

const timeline = (page: Page) => page.getByRole("group", { name: /Meetings by counterpart/ });

describe("10,000 meetings", { timeout: 120_000 }, () => {
  it("shows aggregates at full zoom, months inside a year, meetings inside a month, never too many items", async () => {
    const { page, errors } = await openApp("/", { dataset: big });
    const marks = timeline(page).getByRole("img", { name: /: \d+ meetings? in \d{4}$/ });
    await marks.first().waitFor({ timeout: 30_000 });
    expect(await timeline(page).getByRole("img").count()).toBeLessThanOrEqual(MAX_ITEMS);
    await page.screenshot({ path: `${SHOTS}/full.png` });
    // A year aggregate zooms to its year: months now.
    await marks.first().click();
    const months = timeline(page).getByRole("img", { name: / in [A-Z][a-z]+ \d{4}$/ });
    await months.first().waitFor();
    expect(await timeline(page).getByRole("img").count()).toBeLessThanOrEqual(MAX_ITEMS);
    await months.first().click();
    const meetings = timeline(page).getByRole("img", { name: /, \d{1,2} [A-Z][a-z]+ \d{4}/ });
    await meetings.first().waitFor();
    expect(await timeline(page).getByRole("img").count()).toBeLessThanOrEqual(MAX_ITEMS);
    await page.screenshot({ path: `${SHOTS}/month.png` });
    // Opening a meeting loads its statements on demand.
    await meetings.first().click();
    await page.getByRole("region", { name: "Details" }).getByText("The leader said").first().waitFor();
    expect(errors).toEqual([]);
  });

  it("filters: only the chosen counterpart's lane and count remain", async () => {
    const { page } = await openApp("/?counterpart=kenya", { dataset: big });
    const russia = big.meetings.filter((m) => m.counterpart === "kenya").length;
    await page
      .getByRole("region", { name: "Filters" })
      .getByText(`${russia} of 10000 meetings`)
      .waitFor({ timeout: 30_000 });
    const names = await timeline(page)
      .getByRole("img")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name?.startsWith("kenya:"))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/filtered.png` });
  });

  // The open meeting's lane (germany) sits below the timeline's fold: every step must still show
  // the meeting, or the aggregate in its lane that counts it, inside the timeline's viewport.
  it("zoom buttons keep the open meeting in view until it shows as itself", async () => {
    const meeting = big.meetings[5000]!;
    const { page, errors } = await openApp(`/?meeting=${meeting.id}`, { dataset: big });
    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    await expect.poll(() => zoomIn.isEnabled(), { timeout: 30_000 }).toBe(true);
    // The timeline's status line names the open meeting as its item is named: "<title>, <day> (open)".
    const opened = page.getByText(/, \d{1,2} [A-Z][a-z]+ \d{4} \(open\)$/);
    const itself = ((await opened.textContent()) ?? "").replace(/ \(open\)$/, "");
    const noon = new Date(`${meeting.date}T12:00:00`);
    const [day, month, year] = [
      noon.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
      noon.toLocaleDateString("en-GB", { month: "long" }),
      noon.getFullYear(),
    ];
    const quarter = Math.floor(noon.getMonth() / 3) + 1;
    expect(itself).toMatch(new RegExp(`, ${day}$`));
    const periods = `(${year}|Q${quarter} ${year}|${month} ${year})`;
    const standIn = new RegExp(`^(${itself}|${meeting.counterpart}: \\d+ meetings? in ${periods}$)`);
    const inView = async (name: RegExp) => {
      const mark = timeline(page).getByRole("img", { name }).first();
      if ((await mark.count()) === 0) return false;
      const [box, frame] = await Promise.all([mark.boundingBox(), timeline(page).boundingBox()]);
      return !!box && !!frame && box.y >= frame.y && box.y + box.height <= frame.y + frame.height;
    };
    const settles = { timeout: 10_000 };
    await expect.poll(() => inView(standIn), settles).toBe(true);
    for (let i = 0; i < 9; i++) {
      await zoomIn.click();
      await expect.poll(() => inView(standIn), settles).toBe(true);
    }
    await expect.poll(() => inView(new RegExp(`^${itself}`)), settles).toBe(true);
    await page.getByText(`${itself} (open)`).waitFor();
    await page.screenshot({ path: `${SHOTS}/zoomed-to-open.png` });
    expect(errors).toEqual([]);
  });
});
