// The source viewer (issue 13) on the bundled dataset: calm by default (only the focused statement
// marked, a thin bar where each statement starts), a toggle that colours every speaker, axe clean
// in light and dark, on a wide and a phone-sized screen. Screenshots go to test-results/e2e.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artefactPath } from "./support/artefacts";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";

const MAY_2024 = "2024-05-16-xi-jinping-vladimir-putin";
const VIEWER = 'article[aria-labelledby="readout-heading"]';

/** Background colours of the statements the viewer does not focus. */
async function unfocusedBackgrounds(page: Page): Promise<string[]> {
  return page
    .locator(`${VIEWER} mark[data-speaker][aria-pressed="false"]`)
    .evaluateAll((marks) => marks.map((m) => getComputedStyle(m).backgroundColor));
}

const TRANSPARENT = "rgba(0, 0, 0, 0)";

describe("source viewer", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [size, viewport] of [
      ["wide", { width: 1400, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      it(`is calm by default and colours all speakers on request (${colorScheme}, ${size})`, async () => {
        const session = await openApp(`/?meeting=${MAY_2024}&readout=004_7dcf29c1458b0db6&span=414-569`, {
          colorScheme,
          viewport,
        });
        const { page } = session;
        await page.locator(`${VIEWER} mark[aria-current="true"]`).first().waitFor();
        const backgrounds = await unfocusedBackgrounds(page);
        expect(backgrounds.length).toBeGreaterThan(0);
        expect(new Set(backgrounds)).toEqual(new Set([TRANSPARENT]));
        await page.screenshot({ path: artefactPath(`source-viewer-calm-${colorScheme}-${size}.png`) });
        expect(await seriousViolations(page, VIEWER)).toEqual([]);

        const toggle = page.getByRole("button", { name: "Colour all speakers" });
        const look = () =>
          toggle.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color].join(" "));
        const off = await look();
        await toggle.click();
        await page.mouse.move(0, 0); // off the button: its hover colour is not the pressed one
        expect(await toggle.getAttribute("aria-pressed")).toBe("true");
        // Pressed is seen, not only announced: its colours differ from the unpressed button's.
        expect(await look()).not.toBe(off);
        expect((await unfocusedBackgrounds(page)).every((b) => b !== TRANSPARENT)).toBe(true);
        await page.screenshot({ path: artefactPath(`source-viewer-coloured-${colorScheme}-${size}.png`) });
        expect(await seriousViolations(page, VIEWER)).toEqual([]);
        expect(session.errors).toEqual([]);
      });
    }
  }
});
