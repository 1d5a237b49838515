// The explorer on data it must not trust: readout text with markup, a corrupt file, a file of
// another schema version, a missing file. Uses the made-up fixture, not the bundled dataset.
import { readFileSync } from "node:fs";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/schema";
import { KNOWN_PARAMS } from "../../src/domain/view-state";
import { hostileDataset, XSS_PAYLOADS } from "../fixtures/hostile-dataset";
import { baseURL, openApp, type AppSession } from "./support/browser";

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
    await alert.getByText("The bundled dataset could not be loaded").waitFor();
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
    await session.page.unroute("**/data/**");
    await session.page.route("**/data/index.json", (route) =>
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

const hostile = hostileDataset(sample as Dataset);
const [RU_2023, RU_2021, UN_2013] = [
  "2023-06-05-xi-jinping-vladimir-putin",
  "2021-03-03-xi-jinping-vladimir-putin",
  "2013-06-19-xi-jinping-ban-ki-moon",
];

/**
 * The trap: no dialog opened, no payload set window.__pwned, and the DOM holds no element or
 * attribute a payload would have created (event handlers, inline scripts, frames, javascript: links).
 */
async function expectNothingRan(session: AppSession): Promise<void> {
  const { page } = session;
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes)
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (element.matches("script:not([src]), iframe, object, embed, math, img, style"))
        found.push(element.tagName);
      const href = element.getAttribute("href");
      if (href && /^\s*javascript:/i.test(href)) found.push(`${element.tagName} href=${href}`);
    }
    return { found, pwned: (window as { __pwned?: unknown }).__pwned };
  });
  expect(injected).toEqual({ found: [], pwned: undefined });
  expect(session.dialogs).toEqual([]);
  expect(session.errors).toEqual([]);
}

/** The payload shows as the characters it is made of, somewhere inside `scope`. */
async function expectLiteral(scope: Locator, text: string): Promise<void> {
  await scope.getByText(text, { exact: false }).first().waitFor();
}

describe("XSS payloads in every field of the data and the URL", () => {
  it("the timeline, its items' tooltips and the chronology list show payloads as text", async () => {
    const session = await openApp("/", { dataset: hostile });
    const { page } = session;
    await page.locator(".vis-item").first().waitFor();
    await page.locator(".vis-item").first().hover();
    await expectLiteral(page.getByRole("region", { name: "Chronology" }), XSS_PAYLOADS[0]);
    const tooltip = await page.locator(".atlas-item").first().getAttribute("title");
    expect(tooltip).toContain("<");
    await expectNothingRan(session);
  });

  it("the meeting panel, its provenance notes and the filter choices show payloads as text", async () => {
    const session = await openApp(`/?meeting=${RU_2023}`, { dataset: hostile });
    const { page } = session;
    const details = page.getByRole("region", { name: "Details" });
    await expectLiteral(details, "The publisher wrote");
    for (const p of XSS_PAYLOADS.slice(0, 4)) await expectLiteral(page.locator("body"), p);
    for (const group of ["Counterpart", "Chinese principal", "Topic"]) {
      await page.getByRole("button", { name: new RegExp(`^${group}`) }).click();
      await expectNothingRan(session);
    }
    for (const button of await details.getByRole("button").all()) {
      if (/source|readout/i.test((await button.textContent()) ?? "")) continue;
      await button.hover();
    }
    await expectNothingRan(session);
  });

  it("the source viewer shows a hostile readout, title, publisher and URL as text", async () => {
    const session = await openApp(`/?meeting=${RU_2023}&readout=sample-ru-2023-cn`, { dataset: hostile });
    const { page } = session;
    await expectLiteral(page.getByRole("article").first(), "The publisher wrote");
    const links = await page
      .getByRole("link")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
    expect(links.every((protocol) => protocol === "https:" || protocol === "http:")).toBe(true);
    await expectNothingRan(session);
  });

  it("compare (two meetings and two accounts) shows payloads as text", async () => {
    const pair = await openApp(`/?compare=${RU_2021},${RU_2023}`, { dataset: hostile });
    await expectLiteral(pair.page.locator("body"), "The publisher wrote");
    await expectNothingRan(pair);
    const accounts = await openApp(`/?meeting=${RU_2023}&accounts=sample-ru-2023-cn,sample-ru-2023-ru`, {
      dataset: hostile,
    });
    await expectLiteral(accounts.page.locator("body"), "The publisher wrote");
    await expectNothingRan(accounts);
  });

  it("a search for a payload marks it as text", async () => {
    const session = await openApp(`/?q=${encodeURIComponent("<script>")}`, { dataset: hostile });
    await expectLiteral(session.page.getByRole("region", { name: "Chronology" }), "<script>");
    await expectNothingRan(session);
  });

  it("payloads in every URL parameter are dropped with a notice and run nothing", async () => {
    const evil = XSS_PAYLOADS[1];
    const params = [...KNOWN_PARAMS].filter((name) => name !== "q").concat(evil);
    const query = params.map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(evil)}`).join("&");
    const session = await openApp(`/?${query}&q=${encodeURIComponent(XSS_PAYLOADS[0])}`, {
      dataset: hostile,
    });
    const { page } = session;
    await page.getByText(/Ignored meeting=/).waitFor();
    await page.getByText(/Ignored unknown parameter/).waitFor();
    await page.getByRole("searchbox").first().waitFor();
    expect(await page.getByRole("searchbox").first().inputValue()).toBe(XSS_PAYLOADS[0]);
    await expectNothingRan(session);
    // Meeting ids in the URL that are well-formed but point at payload-named data still render safely.
    await page.goto(`${baseURL()}/?meeting=${UN_2013}&readout=sample-un-2013&span=0-10`);
    await expectLiteral(page.locator("body"), "The publisher wrote");
    await expectNothingRan(session);
  });
});
