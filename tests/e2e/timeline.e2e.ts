// The timeline's window (issue 10, "a timeline that helps"), on the bundled corpus: what Fit and
// filters show, read from the visible "Showing … – …" caption and the items' accessible names.
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/schema";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";

const SHOTS = "test-results/shots-timeline";
mkdirSync(SHOTS, { recursive: true });
const bundled = JSON.parse(readFileSync("public/data/dataset.json", "utf8")) as Dataset;
const DAY_MS = 86_400_000;

const timeline = (page: Page) => page.getByRole("group", { name: /Meetings by counterpart/ });
const caption = (page: Page) => page.getByText(/^Showing \d/);

/** The days of the meetings a filter keeps, first and last, at local noon as the axis draws them. */
function rangeOf(keep: (meeting: Dataset["meetings"][number]) => boolean) {
  const days = bundled.meetings
    .filter(keep)
    .map((m) => m.date)
    .sort();
  const noon = (day: string) => new Date(`${day}T12:00:00`).getTime();
  return { first: noon(days[0]!), last: noon(days.at(-1)!) };
}

/** The window the caption names ("Showing 20 Dec 2022 – 26 May 2024"), as local-noon times. */
async function shown(page: Page) {
  const text = (await caption(page).textContent()) ?? "";
  const [start, end] = text.replace(/^Showing /, "").split(" – ");
  return { text, start: Date.parse(`${start} 12:00`), end: Date.parse(`${end} 12:00`) };
}

/** The window holds the range with a margin of at most 5% of the span (plus a day) at either end. */
function expectFits(window: { start: number; end: number }, range: { first: number; last: number }) {
  const slack = (range.last - range.first) * 0.05 + DAY_MS;
  expect(window.start).toBeLessThanOrEqual(range.first);
  expect(window.end).toBeGreaterThanOrEqual(range.last);
  expect(range.first - window.start).toBeLessThanOrEqual(slack);
  expect(window.end - range.last).toBeLessThanOrEqual(slack);
}

describe("the timeline's window", () => {
  it("Fit shows exactly the filtered range", async () => {
    const { page, errors } = await openApp("/?counterpart=russia");
    const russia = rangeOf((m) => m.counterpart === "russia");
    await caption(page).waitFor();
    const fitted = await shown(page);
    expectFits(fitted, russia);

    // Both meetings are drawn inside the timeline, the last one a little way from its right edge.
    const frame = (await timeline(page).boundingBox())!;
    for (const name of [/, 30 December 2022/, /, 16 May 2024/]) {
      const box = (await timeline(page).getByRole("img", { name }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.x).toBeLessThan(frame.x + frame.width - 10);
    }
    await page.screenshot({ path: `${SHOTS}/fit-russia.png` });

    // Zoomed in, the caption names a shorter window; Fit brings back exactly the fitted one.
    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    for (let i = 0; i < 3; i++) await zoomIn.click();
    const span = async () => {
      const window = await shown(page);
      return window.end - window.start;
    };
    // Three halvings: an eighth of the span once the animation has run (a day of rounding allowed).
    await expect.poll(span).toBeLessThanOrEqual((fitted.end - fitted.start) / 8 + DAY_MS);
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(async () => (await shown(page)).text).toBe(fitted.text);

    // Clearing the filter refits to the whole corpus: the axis follows the filters both ways.
    await page.getByRole("button", { name: "Clear all filters" }).first().click();
    await expect.poll(async () => (await shown(page)).text).not.toBe(fitted.text);
    expectFits(
      await shown(page),
      rangeOf(() => true),
    );
    expect(errors).toEqual([]);
  });

  it("a filter given in the URL starts on its own range, not the whole corpus", async () => {
    const { page } = await openApp("/?from=2020&to=2024");
    await caption(page).waitFor();
    expectFits(
      await shown(page),
      rangeOf((m) => m.date >= "2020"),
    );
  });
});

describe("the zoom buttons", () => {
  it("Zoom out is disabled while the whole range is shown, enabled once zoomed in", async () => {
    const session = await openApp("/");
    const { page } = session;
    await caption(page).waitFor();
    const out = page.getByRole("button", { name: "Zoom out" });
    expect(await out.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>('[aria-label="Zoom out"]')?.disabled,
    );
    await out.click();
    await page.waitForFunction(
      () => document.querySelector<HTMLButtonElement>('[aria-label="Zoom out"]')?.disabled,
    );
    expect(session.errors).toEqual([]);
  });
});

describe("the timeline's legend", () => {
  it("names the format marks and the colour of each lane in view, and follows the filters", async () => {
    const { page } = await openApp("/");
    const lanes = page.getByRole("list", { name: "Lane colours" }).getByRole("listitem");
    await expect
      .poll(() => lanes.allTextContents())
      .toEqual(["United Nations (sky dots)", "Russia (blue dots)"]);
    const marks = page.getByRole("list", { name: "Marks" }).getByRole("listitem");
    for (const name of ["In person", "Video call", "Phone call", /Meetings in a year, quarter or month/])
      await marks.filter({ hasText: name }).waitFor();
    await page.getByRole("button", { name: /^Counterpart/ }).click();
    await page.getByRole("checkbox", { name: /^United Nations/ }).check();
    await expect.poll(() => lanes.allTextContents()).toEqual(["United Nations (sky dots)"]);
  });

  for (const colorScheme of ["light", "dark"] as const)
    it(`has no serious or critical axe violations in the timeline (${colorScheme})`, async () => {
      const { page } = await openApp("/?meeting=2024-05-16-xi-jinping-vladimir-putin", { colorScheme });
      await caption(page).waitFor();
      await page.getByRole("list", { name: "Lane colours" }).waitFor();
      expect(await seriousViolations(page, 'section[aria-label="Timeline"]')).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/legend-${colorScheme}.png` });
    });
});

describe("the overview strip", () => {
  it("shows the whole range with the window marked, moved by keys, a click and a drag", async () => {
    const { page, errors } = await openApp("/");
    const strip = page.getByRole("slider", { name: /^Overview 2013–2024/ });
    await caption(page).waitFor();
    const fitted = await shown(page);
    // The slider says what the caption says.
    await expect.poll(() => strip.getAttribute("aria-valuetext")).toBe(fitted.text);
    for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Zoom in" }).click();
    await expect
      .poll(async () => {
        const window = await shown(page);
        return window.end - window.start;
      })
      .toBeLessThanOrEqual((fitted.end - fitted.start) / 8 + DAY_MS);

    // Home and End go to either end of what the timeline may show; Page Down a window back.
    await strip.focus();
    await page.keyboard.press("Home");
    await expect.poll(async () => (await shown(page)).start).toBe(fitted.start);
    await page.keyboard.press("End");
    await expect.poll(async () => (await shown(page)).end).toBe(fitted.end);
    const atEnd = await shown(page);
    await page.keyboard.press("PageDown");
    await expect.poll(async () => (await shown(page)).end).toBeLessThan(atEnd.start + DAY_MS * 2);
    expect(await strip.getAttribute("aria-valuetext")).toBe((await shown(page)).text);

    // A click centres the window there (a quarter in: early 2016); a drag carries it to 2022.
    const box = (await strip.boundingBox())!;
    const centreYear = async () => Number(await strip.getAttribute("aria-valuenow"));
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
    await expect.poll(centreYear).toBeCloseTo(2016, 0);
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(centreYear).toBeCloseTo(2022, 0);
    await page.screenshot({ path: `${SHOTS}/overview-dragged.png` });
    expect(errors).toEqual([]);
  });
});

describe("the axis", () => {
  /** Axis labels that show but do not fit inside the axis: "13" left of a year cut at the edge. */
  const cutLabels = (page: Page) =>
    page.locator(".atlas-timeline .vis-panel.vis-top").evaluate((panel) => {
      const edge = panel.getBoundingClientRect();
      return [...panel.querySelectorAll<HTMLElement>(".vis-time-axis .vis-text")]
        .filter((label) => label.textContent && getComputedStyle(label).visibility !== "hidden")
        .filter((label) => {
          // The text's own box: a label's element is as wide as its step, wider than its text.
          const range = document.createRange();
          range.selectNodeContents(label);
          const box = range.getBoundingClientRect();
          // Partly shown: wholly outside, the panel hides it.
          const shown = box.width > 0 && box.right > edge.left && box.left < edge.right;
          return shown && (box.left < edge.left - 0.5 || box.right > edge.right + 0.5);
        })
        .map((label) => label.textContent);
    });

  it.each([
    ["wide", { width: 1400, height: 900 }],
    ["narrow", { width: 640, height: 900 }],
  ])("shows no label cut at its edges at any zoom, panned or not (%s)", async (name, viewport) => {
    const session = await openApp("/", { viewport });
    const { page } = session;
    await timeline(page).waitFor();
    await page.locator(".atlas-timeline .vis-item").first().waitFor();
    const cut: string[] = [];
    for (let step = 0; step < 6; step++) {
      cut.push(...(await cutLabels(page)).map((text) => `zoom ${step}: ${text}`));
      // Panned by a part of a label's width, so a label straddles each edge.
      await timeline(page).focus();
      await page.keyboard.press("ArrowLeft");
      await page.waitForTimeout(250);
      cut.push(...(await cutLabels(page)).map((text) => `zoom ${step}, panned: ${text}`));
      if (step === 2)
        await page.screenshot({
          path: `${SHOTS}/axis-${name}.png`,
          clip: { x: 0, y: 180, width: viewport.width, height: 160 },
        });
      await page.getByRole("button", { name: "Zoom in" }).click();
      await page.waitForTimeout(400);
    }
    expect(cut).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
