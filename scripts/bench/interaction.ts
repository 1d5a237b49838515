/**
 * The app at 10,000 generated meetings once loaded: a filter click to the updated timeline
 * (performance mark "timeline:items-updated"), the most items vis-timeline ever holds in the DOM
 * while a person zooms, fits and filters, and the longest main-thread task while the search
 * worker builds its index (PerformanceObserver 'longtask': only tasks over 50 ms are reported,
 * so 0 means none).
 */
import type { Page } from "playwright-core";
import {
  SEARCH_INDEX_READY_MARK,
  SEARCH_INDEX_REQUESTED_MARK,
  TIMELINE_RENDERED_MARK,
  TIMELINE_UPDATED_MARK,
} from "../../src/domain/performance-marks";
import { appServer } from "./browser/app-server";
import { markTime, openBrowser, probes } from "./browser/chromium";
import { generatedFiles } from "./generated-data";
import { median, percentile, round, type BenchSection } from "./section";

const FILTER_CLICKS = 20;

/** Opens the Format filter and returns its "Video" checkbox. */
async function videoCheckbox(page: Page) {
  await page.getByRole("button", { name: /^Format/ }).click();
  const box = page.getByRole("checkbox", { name: /^Video/ });
  await box.waitFor();
  return box;
}

async function filterTimes(page: Page): Promise<number[]> {
  const box = await (await videoCheckbox(page)).elementHandle();
  const times: number[] = [];
  for (let click = 0; click < FILTER_CLICKS; click++) {
    // Clicked in the page, so the start and the mark are on the same clock.
    const start = await page.evaluate((element) => {
      const now = performance.now();
      (element as HTMLElement).click();
      return now;
    }, box);
    times.push((await markTime(page, TIMELINE_UPDATED_MARK, start)) - start);
  }
  return times;
}

/** What a person would do: zoom all the way in and out with the buttons, fit, filter. */
async function browse(page: Page): Promise<void> {
  const settle = () => page.waitForTimeout(400);
  for (let i = 0; i < 10; i++) await page.getByRole("button", { name: "Zoom in" }).click().then(settle);
  for (let i = 0; i < 10; i++) await page.getByRole("button", { name: "Zoom out" }).click().then(settle);
  await page.getByRole("button", { name: /^Fit/ }).click().then(settle);
  const box = await videoCheckbox(page);
  for (let i = 0; i < 4; i++) await box.click().then(settle);
}

export const interactionSection: BenchSection = {
  name: "interaction",
  describe: `10,000 generated meetings: filter click → timeline updated (ms, ${FILTER_CLICKS} clicks), items in the DOM, long tasks`,
  goals: [
    { key: "filterMedianMs10k", max: 50 },
    { key: "maxTimelineItemsInDom10k", max: 500 },
    { key: "searchIndexLongestTaskMs10k", max: 50 },
  ],
  async run({ log }) {
    const server = await appServer();
    server.use(generatedFiles(10_000, false));
    const timed = await openBrowser();
    const probed = await openBrowser({ probes: true });
    try {
      log("  filter clicks…");
      await timed.page.goto(server.url);
      await markTime(timed.page, TIMELINE_RENDERED_MARK);
      const filter = await filterTimes(timed.page);

      log("  search index build and browsing…");
      await probed.page.goto(server.url);
      const requested = await markTime(probed.page, SEARCH_INDEX_REQUESTED_MARK);
      const ready = await markTime(probed.page, SEARCH_INDEX_READY_MARK);
      const during = (await probes(probed.page)).longTasks.filter(
        (task) => task.start + task.duration > requested && task.start < ready,
      );
      await browse(probed.page);
      const { maxItems, longTasks } = await probes(probed.page);
      return {
        filterMedianMs10k: round(median(filter)),
        filterP95Ms10k: round(percentile(filter, 95)),
        maxTimelineItemsInDom10k: maxItems,
        searchIndexBuildMs10k: Math.round(ready - requested),
        searchIndexLongestTaskMs10k: round(Math.max(0, ...during.map((task) => task.duration))),
        // For context: the longest task of the whole visit (load, index, zooming, filtering).
        longestTaskMs10k: round(Math.max(0, ...longTasks.map((task) => task.duration))),
      };
    } finally {
      server.use(undefined);
      await Promise.all([timed.close(), probed.close()]);
    }
  },
};
