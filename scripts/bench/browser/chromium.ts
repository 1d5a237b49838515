/**
 * A fresh headless Chromium (own profile) for one browser section, closed by the caller. Skips
 * the section where no Chromium is installed. `probes` adds the in-page recorders a section reads:
 * long main-thread tasks (PerformanceObserver 'longtask') and the most timeline items ever in the DOM.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findOrInstallChromium } from "../../find-chromium.mjs";
import { SkipSection } from "../section";

export interface BrowserSession {
  page: Page;
  close(): Promise<void>;
}

/** In-page recorders, read back with `window.__bench`. */
function installProbes() {
  const bench = { longTasks: [] as { start: number; duration: number }[], maxItems: 0 };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  // vis-timeline's own class: the bench counts what vis draws, whatever names the app gives items.
  // Inline callbacks only: tsx names const functions with a helper that does not exist in the page.
  new MutationObserver(() => {
    bench.maxItems = Math.max(bench.maxItems, document.querySelectorAll(".vis-item").length);
  }).observe(document, { childList: true, subtree: true });
}

export interface BenchProbes {
  longTasks: { start: number; duration: number }[];
  maxItems: number;
}

export async function openBrowser(options: { probes?: boolean } = {}): Promise<BrowserSession> {
  let executablePath: string;
  try {
    executablePath = findOrInstallChromium();
  } catch (error) {
    throw new SkipSection(`no Chromium: ${(error as Error).message}`);
  }
  const profile = mkdtempSync(join(tmpdir(), "atlas-bench-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1400, height: 900 },
  });
  if (options.probes) await context.addInitScript(installProbes);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The startTime of the first mark `name` after `after` (ms since navigation), waiting up to two minutes. */
export async function markTime(page: Page, name: string, after = -1): Promise<number> {
  const handle = await page.waitForFunction(
    ([mark, from]) => performance.getEntriesByName(mark).find((entry) => entry.startTime > from)?.startTime,
    [name, after] as const,
    { timeout: 120_000, polling: 10 },
  );
  return (await handle.jsonValue()) as number;
}

export async function probes(page: Page): Promise<BenchProbes> {
  return page.evaluate(() => (window as unknown as { __bench: BenchProbes }).__bench);
}
