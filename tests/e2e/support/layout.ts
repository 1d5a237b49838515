/**
 * Layout checks for small screens and zoom (issue 11): nothing makes the page scroll sideways and
 * no text runs past the right edge of the screen (where an overflow-hidden box would cut it off).
 */
import type { Page } from "playwright-core";

/** The page's width beyond the screen's: 0 or less when nothing makes it scroll sideways. */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/** The opening words of every visible text block inside `scope` whose box ends past the screen's right edge. */
export function textPastTheEdge(page: Page, scope: string): Promise<(string | undefined)[]> {
  return page.locator(`${scope} :is(p, h1, h2, h3, li, dd, dt, span, label, button, a)`).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.textContent?.trim().slice(0, 40)),
  );
}
