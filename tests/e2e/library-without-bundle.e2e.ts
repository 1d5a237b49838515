// "Bad input gets a clear error and loses nothing": with the bundled meeting index corrupt or
// unreachable, the user's own library is still there in Chromium, in the list and on the timeline,
// with Add readouts and Export working; the alert names the file and the problem, and "Try again"
// brings the bundled readouts back once the file loads.
import { readFileSync } from "node:fs";
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artefactPath } from "./support/artefacts";
import { openApp } from "./support/browser";
import { addIcelandReadout, ICELAND_MEETING } from "./support/import-dialog";

const chronology = (page: Page) => page.getByRole("region", { name: "Chronology" });

async function saveIceland(page: Page) {
  const { dialog, review } = await addIcelandReadout(page);
  await review.getByRole("button", { name: "Save to library" }).click();
  await dialog.getByText(/Saved “Wang Yi Holds Talks/).waitFor();
  await page.keyboard.press("Escape");
}

describe("the library without the bundled dataset", () => {
  it("a corrupt index.json: the library is listed and exported, the alert names the file, Try again recovers", async () => {
    const session = await openApp("/");
    const { page } = session;
    await saveIceland(page);

    const corrupt = (route: Route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: '{"schemaVersion": 1, "actors": [',
      });
    await page.route("**/data/index.json", corrupt);
    await page.reload();
    const alert = page.getByRole("alert").filter({ hasText: "The bundled dataset could not be loaded" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/\/data\/index\.json is not valid JSON/);
    await page.getByText(/1 meeting from 1 readout, your library only/).waitFor();
    await chronology(page)
      .getByRole("link", { name: new RegExp(ICELAND_MEETING) })
      .waitFor();
    await page.getByRole("region", { name: "Timeline" }).getByRole("img", { name: /yours/ }).waitFor();
    await page.screenshot({ path: artefactPath("library-without-bundle.png") });

    // Export still saves the library's meeting.
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const exportDialog = page.getByRole("dialog", { name: "Export" });
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      exportDialog.getByRole("button", { name: "Meetings as JSON" }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await file.path())!, "utf8")) as { meetings: unknown[] };
    expect(exported.meetings).toHaveLength(1);
    await page.keyboard.press("Escape");
    // Add readouts still opens.
    await page.getByRole("button", { name: "Add readouts" }).click();
    await page.getByRole("dialog", { name: "Add readouts" }).waitFor();
    await page.keyboard.press("Escape");

    await page.unroute("**/data/index.json", corrupt);
    await alert.getByRole("button", { name: "Try again" }).click();
    await alert.waitFor({ state: "detached" });
    await page.getByText(/meetings from \d+ readouts$/).waitFor();
    await chronology(page)
      .getByRole("link", { name: new RegExp(ICELAND_MEETING) })
      .waitFor();
    expect(session.errors.filter((e) => !/index\.json|Failed to load resource/.test(e))).toEqual([]);
  });

  it("an unreachable index.json names the file; the page is not blank", async () => {
    const session = await openApp("/");
    const { page } = session;
    await page.route("**/data/index.json", (route) => route.abort("connectionrefused"));
    await page.reload();
    const alert = page.getByRole("alert").filter({ hasText: "The bundled dataset could not be loaded" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Could not reach the dataset file \/data\/index\.json/);
    expect(await alert.textContent()).toMatch(/your library is empty; Add readouts still works/);
    await page.getByRole("button", { name: "Add readouts" }).waitFor();
  });
});
