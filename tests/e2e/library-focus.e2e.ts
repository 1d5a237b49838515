// The Library dialog from the keyboard: Remove, Undo and Edit each take away the button that was
// pressed, so focus must go somewhere a keyboard or screen-reader user can continue from, never
// to the page's <body> (found in QA: all three left focus on <body>).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";
import { addIcelandReadout } from "./support/import-dialog";

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return {
      tag: a?.tagName.toLowerCase(),
      text: a?.textContent?.trim() ?? "",
      label: a?.getAttribute("aria-label"),
    };
  });

describe("the Library dialog from the keyboard", () => {
  it("moves focus to Undo after Remove, to the status after Undo, into the review on Edit and back to Edit after Cancel", async () => {
    const { page } = await openApp("/");
    const { dialog, review } = await addIcelandReadout(page);
    await review.getByRole("button", { name: "Save to library" }).click();
    await dialog.getByText(/Saved “Wang Yi Holds Talks/).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Library", exact: true }).click();
    const library = page.getByRole("dialog", { name: "Library" });

    await library.getByRole("button", { name: /^Remove/ }).focus();
    await page.keyboard.press("Enter");
    await library.getByText(/Removed “Wang Yi Holds Talks/).waitFor();
    await expect.poll(async () => (await focused(page)).text).toBe("Undo");

    await page.keyboard.press("Enter");
    await library.getByText(/Restored “Wang Yi Holds Talks/).waitFor();
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Restored “Wang Yi Holds Talks/);

    await library.getByRole("button", { name: /^Edit/ }).focus();
    await page.keyboard.press("Enter");
    await library.getByRole("button", { name: "Cancel" }).waitFor();
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Editing “Wang Yi Holds Talks/);

    await library.getByRole("button", { name: "Cancel" }).focus();
    await page.keyboard.press("Enter");
    await library.getByRole("button", { name: /^Edit/ }).waitFor();
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Edit Wang Yi Holds Talks/);
  }, 60_000);
});
