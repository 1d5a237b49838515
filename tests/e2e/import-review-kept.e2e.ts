// Add readouts, as an analyst adding several readouts one after another: a readout still waiting
// for review is not thrown away when the next one is extracted or when the dialog is closed and
// opened again, and the review's text, which scrolls, can be reached and scrolled from the
// keyboard. Both readouts are made up.
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";
import { openDialog } from "./support/import-dialog";

const ARVELO = `Xi Jinping Meets with Uruguayan President Tomas Arvelo

On the afternoon of 14 March 2022, President Xi Jinping met with Uruguayan President Tomas Arvelo at the Great Hall of the People in Beijing.

Xi Jinping pointed out that China and Uruguay are good friends and partners and should deepen cooperation in agriculture and trade.

Tomas Arvelo said that Uruguay looks forward to expanding exports of beef to China.`;

const HADDAD = `Xi Jinping Meets with Jordanian President Amal Haddad

On 9 June 2022, President Xi Jinping met with Jordanian President Amal Haddad in Beijing.

Xi Jinping said that China is ready to work with Jordan to expand trade.

Amal Haddad said that Jordan welcomes Chinese investment in phosphate mining.`;

describe("Add readouts, one after another", () => {
  it("keeps the first readout's review when a second is extracted, and re-extracting one replaces only its own", async () => {
    const session = await openApp("/");
    const { page } = session;
    const dialog = await openDialog(page);
    const text = dialog.getByRole("textbox", { name: "Readout text" });
    const review = dialog.getByRole("region", { name: "Review" });
    await text.fill(ARVELO);
    await dialog.getByRole("button", { name: "Extract" }).click();
    await review.getByRole("heading", { name: /^Xi Jinping Meets with Uruguayan/ }).waitFor();

    await text.fill(HADDAD);
    await dialog.getByRole("button", { name: "Extract" }).click();
    await review.getByRole("heading", { name: /^Xi Jinping Meets with Jordanian/ }).waitFor();
    expect(await review.getByRole("heading", { name: /^Review before saving/ }).textContent()).toBe(
      "Review before saving (2)",
    );
    expect(await review.getByRole("heading", { name: /^Xi Jinping Meets with Uruguayan/ }).count()).toBe(1);

    // The same text again is that readout's review again, not a second copy of it.
    await dialog.getByRole("button", { name: "Extract" }).click();
    // Done when focus is back on the review's heading (Extract took it there).
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("Review before saving"));
    expect(await review.getByRole("heading", { name: /^Review before saving/ }).textContent()).toBe(
      "Review before saving (2)",
    );
    expect(await review.getByRole("heading", { name: /^Xi Jinping Meets with Jordanian/ }).count()).toBe(1);
    expect(session.errors).toEqual([]);
  });

  it("keeps the pasted text and the review when the dialog is closed and opened again", async () => {
    const session = await openApp("/");
    const { page } = session;
    let dialog = await openDialog(page);
    await dialog.getByRole("textbox", { name: "Readout text" }).fill(ARVELO);
    await dialog.getByRole("button", { name: "Extract" }).click();
    await dialog
      .getByRole("region", { name: "Review" })
      .getByRole("heading", { name: /^Xi Jinping Meets with Uruguayan/ })
      .waitFor();
    // Escape by reflex, or Close to look at the timeline: the readout waiting for review stays.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    dialog = await openDialog(page);
    await dialog
      .getByRole("region", { name: "Review" })
      .getByRole("heading", { name: /^Xi Jinping Meets with Uruguayan/ })
      .waitFor({ timeout: 5_000 });
    expect(await dialog.getByRole("textbox", { name: "Readout text" }).inputValue()).toBe(ARVELO);
    expect(session.errors).toEqual([]);
  });

  it("lets the keyboard reach the review's scrolling text", async () => {
    const session = await openApp("/");
    const { page } = session;
    const dialog = await openDialog(page);
    await dialog.getByRole("textbox", { name: "Readout text" }).fill(ARVELO);
    await dialog.getByRole("button", { name: "Extract" }).click();
    const review = dialog.getByRole("region", { name: "Review" });
    await review.getByRole("heading", { name: /^Xi Jinping Meets with Uruguayan/ }).waitFor();
    const readout = review.getByRole("region", { name: /^Text as extracted, speakers marked/ });
    expect(await readout.count()).toBe(1);
    expect(await readout.getAttribute("tabindex")).toBe("0");
    expect(await seriousViolations(page, "dialog")).toEqual([]);
  });
});
