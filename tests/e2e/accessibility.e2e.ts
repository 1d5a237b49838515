// WCAG 2.2 AA checks in the browser: axe on every view in light and dark (with the experimental
// label-content-name-mismatch rule on), and a keyboard walk: skip link, the source viewer takes
// focus, Escape closes it and focus returns to the "Source" button that opened it.
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";
import { addIcelandReadout, openDialog } from "./support/import-dialog";
import { MAIN_VIEWS, MAY_2024, type View } from "./support/views";

const VIEWS: View[] = [
  ...MAIN_VIEWS,
  [
    "meeting panel, its Source buttons",
    `/?meeting=${MAY_2024}`,
    (page) =>
      page
        .getByRole("button", { name: /^Source \(show in readout\)/ })
        .first()
        .waitFor({ state: "attached" }),
  ],
  [
    "choosing a second meeting",
    `/?meeting=${MAY_2024}`,
    async (page) => {
      await page.getByRole("button", { name: "Compare with…" }).click();
      await page.getByRole("region", { name: "Choosing a meeting to compare" }).waitFor();
    },
  ],
  [
    "Add readouts",
    "/",
    async (page) => (await openDialog(page)).getByRole("textbox", { name: "Readout text" }).waitFor(),
  ],
  ["import review", "/", (page) => addIcelandReadout(page)],
  [
    "filters open",
    "/?topic=ukraine",
    async (page) => {
      await page.getByRole("button", { name: /^Topic/ }).click();
      await page.getByRole("checkbox").first().waitFor();
    },
  ],
];

describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [name, path, ready] of VIEWS) {
      it(`axe finds no serious problem: ${name}, ${colorScheme}`, async () => {
        const { page } = await openApp(path, { colorScheme });
        await ready(page);
        expect(await seriousViolations(page)).toEqual([]);
      }, 90_000);
    }
  }

  it("the first Tab reaches a skip link that moves focus to the main content, leaving the URL alone", async () => {
    const { page } = await openApp("/");
    await page.locator(".vis-item").first().waitFor();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the meetings" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    // The URL (the view state) is left alone: no #main.
    expect(new URL(page.url()).hash).toBe("");
  });

  it("the source viewer takes focus, Escape closes it and focus returns to its Source button", async () => {
    const { page } = await openApp(`/?meeting=${MAY_2024}`);
    const source = page.getByRole("button", { name: /^Source \(show in readout\)/ }).nth(1);
    await source.focus();
    const name = await source.getAttribute("data-source-for");
    await page.keyboard.press("Enter");
    const viewer = page.locator("#readout-heading");
    await viewer.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === "ARTICLE");
    await page.keyboard.press("Escape");
    await viewer.waitFor({ state: "detached" });
    await page.waitForFunction(
      (key) => document.activeElement?.getAttribute("data-source-for") === key,
      name,
    );
    expect(new URL(page.url()).searchParams.get("readout")).toBeNull();
  }, 60_000);
});
