// Screenshots of the analyst's views (issue 13) for review, light and dark, wide and narrow, on the
// bundled corpus, each with an axe scan. Writes test-results/shots/*.png (git-ignored).
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";

const MAY_2024 = "2024-05-16-xi-jinping-vladimir-putin";
const DEC_2022 = "2022-12-30-xi-jinping-vladimir-putin";
const viewports = { wide: { width: 1400, height: 900 }, narrow: { width: 390, height: 844 } } as const;

/** name, URL, what to wait for, and the part of the page to shoot. */
const SHOTS: [
  name: string,
  path: string,
  ready: (page: Page) => Promise<unknown>,
  part: (page: Page) => Locator,
][] = [
  [
    "panel",
    `/?meeting=${MAY_2024}`,
    (page) =>
      page
        .getByRole("region", { name: /^China on / })
        .first()
        .waitFor(),
    (page) => page.getByRole("region", { name: /^Stated positions/ }).first(),
  ],
];

/** A screenshot of `part`, cut to its first 1,800 pixels so it stays readable. */
async function shoot(page: Page, part: Locator, path: string) {
  await part.scrollIntoViewIfNeeded();
  const box = await part.boundingBox();
  const scroll = await page.evaluate(() => window.scrollY);
  if (!box) throw new Error(`nothing to shoot for ${path}`);
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: box.x, y: box.y + scroll, width: box.width, height: Math.min(box.height, 1800) },
  });
}

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
}

describe("analyst views: look and accessibility", () => {
  for (const [name, path, ready, part] of SHOTS)
    for (const colorScheme of ["light", "dark"] as const)
      for (const [size, viewport] of Object.entries(viewports)) {
        it(`${name} ${size} ${colorScheme}`, async () => {
          const session = await openApp(path, { viewport, colorScheme });
          const { page } = session;
          await ready(page);
          await shoot(page, part(page), `test-results/shots/${name}-${size}-${colorScheme}.png`);
          expect(await serious(page)).toEqual([]);
          expect(session.errors).toEqual([]);
        }, 90_000);
      }
  void DEC_2022;
});
