// The explorer on data it must not trust: readout text with markup, a corrupt file, a file of
// another schema version, a missing file. Uses the made-up fixture, not the bundled dataset.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";

const sample = JSON.parse(readFileSync("tests/fixtures/dataset.sample.json", "utf8")) as {
  schemaVersion: number;
};

describe("explorer on hostile data", () => {
  it("shows markup in readout text as text and runs nothing", async () => {
    const session = await openApp(
      "/?meeting=2023-06-05-xi-jinping-vladimir-putin&readout=sample-ru-2023-cn",
      { dataset: sample },
    );
    const { page } = session;
    const readout = page.getByRole("article", { name: "Chinese MFA (test fixture)" });
    await readout
      .getByText(
        "A <img src=x onerror=alert(1)> tag and a <script>alert(2)</script> in readout text must show as text.",
      )
      .waitFor();
    expect(await readout.locator("img, script").count()).toBe(0);
    // The timeline renders item labels from the same dataset: also text only.
    await page.locator(".vis-item").first().waitFor();
    expect(await page.locator(".atlas-timeline img").count()).toBe(0);
    expect(session.dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it("shows the error screen for a corrupt dataset, never a blank page", async () => {
    const session = await openApp("/", { dataset: '{"schemaVersion": 1, "actors": [' });
    const alert = session.page.getByRole("alert");
    await alert.getByText("The dataset could not be loaded").waitFor();
    await expect(alert.textContent()).resolves.toMatch(/is not valid JSON/);
    await session.page.getByRole("button", { name: "Try again" }).waitFor();
    expect(session.errors).toEqual([]);
  });

  it("says which schema version it reads when the file has another one", async () => {
    const session = await openApp("/", { dataset: { ...sample, schemaVersion: 2 } });
    await session.page
      .getByRole("alert")
      .getByText(/has schemaVersion 2; this version of Readout Atlas reads schemaVersion 1/)
      .waitFor();
    expect(session.errors).toEqual([]);
  });

  it("says the file is missing when the server answers with a web page", async () => {
    const session = await openApp("/", { dataset: sample });
    await session.page.unroute("**/data/dataset.json");
    await session.page.route("**/data/dataset.json", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>app</p>" }),
    );
    await session.page.reload();
    await session.page
      .getByRole("alert")
      .getByText(/is missing: the server answered with a web page/)
      .waitFor();
    expect(session.errors).toEqual([]);
  });
});
