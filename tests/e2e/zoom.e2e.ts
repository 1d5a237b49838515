// 200 % zoom (issue 11, WCAG 1.4.4 and 1.4.10): a 1280 × 900 window zoomed to 200 % lays out as a
// 640 × 450 CSS-pixel viewport. Every view must still fit its width: no sideways scrolling, no
// text cut off at the right, header actions, filters, an open filter group and a dialog on screen.
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";
import { sidewaysOverflow, textPastTheEdge } from "./support/layout";
import { MAIN_VIEWS } from "./support/views";

const ZOOMED = { width: 640, height: 450 };

describe("200 % zoom (640 × 450 CSS px)", () => {
  for (const [name, path, ready] of MAIN_VIEWS) {
    it(`${name}: nothing scrolls sideways or runs past the right edge`, async () => {
      const session = await openApp(path, { viewport: ZOOMED });
      const { page } = session;
      await ready(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      // The timeline clips its own items by design (it pans); everything else must fit.
      expect(await textPastTheEdge(page, "header")).toEqual([]);
      expect(await textPastTheEdge(page, 'section[aria-label="Filters"]')).toEqual([]);
      expect(await textPastTheEdge(page, 'section[aria-label="Chronology"]')).toEqual([]);
      expect(await textPastTheEdge(page, 'section[aria-label="Details"]')).toEqual([]);
      expect(session.errors).toEqual([]);
    });
  }

  it("an open filter group and the Add readouts dialog fit the zoomed screen", async () => {
    const { page } = await openApp("/", { viewport: ZOOMED });
    await page.locator(".vis-item").first().waitFor();
    await page.getByRole("button", { name: /^Topic/ }).click();
    await page.getByRole("region", { name: "Topic filter" }).waitFor();
    expect(await textPastTheEdge(page, '[role="region"][aria-label="Topic filter"]')).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Add readouts" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(ZOOMED.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(ZOOMED.height);
    expect(await textPastTheEdge(page, "dialog")).toEqual([]);
    // Its Close button stays reachable on screen (the dialog's header is sticky).
    const close = await dialog.getByRole("button", { name: "Close" }).boundingBox();
    expect(close!.y).toBeGreaterThanOrEqual(0);
    expect(close!.x + close!.width).toBeLessThanOrEqual(ZOOMED.width);
  });
});
