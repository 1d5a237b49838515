// Screenshots and accessibility scans of the filters and the chronology list (issue 4), light and
// dark, wide and narrow, on the bundled corpus.
// Writes test-results/e2e/filters-*.png (git-ignored) for review.
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { artefactPath } from "./support/artefacts";
import { openApp } from "./support/browser";

const viewports = { wide: { width: 1400, height: 900 }, narrow: { width: 390, height: 844 } } as const;

describe("filters and chronology: look and accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [name, viewport] of Object.entries(viewports)) {
      it(`${name} ${colorScheme}`, async () => {
        const session = await openApp("/?counterpart=russia&q=ukraine", { viewport, colorScheme });
        const { page } = session;
        await page.getByRole("heading", { name: /Chronology/ }).waitFor();
        await page.getByRole("button", { name: /^Topic/ }).click();
        await page.screenshot({ path: artefactPath(`filters-${name}-${colorScheme}.png`), fullPage: true });
        const results = await new AxeBuilder({ page })
          .include('section[aria-label="Filters"]')
          .include('section[aria-label="Chronology"]')
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
        expect(serious).toEqual([]);
        expect(session.errors).toEqual([]);
      });
    }
  }
});
