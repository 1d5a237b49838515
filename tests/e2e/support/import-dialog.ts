// The "Add readouts" dialog as e2e tests drive it: the made-up Iceland readout (a team-written
// fixture) pasted, its missing publication date supplied, ready for review.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export const ICELAND = readFileSync("tests/fixtures/readouts/import-iceland-no-year.txt", "utf8");
/** The meeting the Iceland readout gives, as the list and timeline name it. */
export const ICELAND_MEETING = "Wang Yi – Sigrun Vilhjalmsdottir";

export async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Add readouts" }).click();
  return page.getByRole("dialog", { name: "Add readouts" });
}

/** Pastes the Iceland readout, learns it needs a publication date, supplies it and saves. */
export async function addIcelandReadout(page: Page) {
  const dialog = await openDialog(page);
  await dialog.getByRole("textbox", { name: "Readout text" }).fill(ICELAND);
  await dialog.getByRole("button", { name: "Extract" }).click();
  await dialog
    .getByRole("alert")
    .getByText(/pasted text: .*enter its publication date/)
    .waitFor();
  await dialog.getByLabel("Publication date").fill("2019-10-10");
  await dialog.getByLabel("Page URL").fill("https://example.org/made-up/iceland");
  await dialog.getByRole("textbox", { name: "Your note" }).fill("Date and address shown on the made-up page");
  await dialog.getByRole("button", { name: "Extract" }).click();
  const review = dialog.getByRole("region", { name: "Review" });
  await review.getByRole("heading", { name: /Wang Yi Holds Talks/ }).waitFor();
  return { dialog, review };
}
