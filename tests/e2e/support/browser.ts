import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import type { Dataset } from "../../../src/domain/schema";
import { CHROMIUM_ARGS } from "../../../scripts/find-chromium.mjs";
import { dataPath, datasetFiles } from "../../fixtures/dataset-files";

export interface AppSession {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far, so a test can assert there were none. */
  errors: string[];
  /** Dialogs (alert/confirm) the page tried to open: an injected script would show up here. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  timezoneId?: string;
  /** A phone: touch events (`locator.tap()`) and a mobile viewport meta honoured. */
  touch?: boolean;
  /**
   * Replace the bundled dataset with this one, served in the forms the build writes (meeting index
   * and detail shards). A string, or an object of another schema version, is served as-is as the
   * meeting index, to test corrupt files.
   */
  dataset?: unknown;
}

const openSessions = new Set<AppSession>();
let browser: Promise<Browser> | undefined;

/**
 * One Chromium per test file, started on first use: each test gets a fresh context of its own
 * (its own storage, cookies and IndexedDB, as a new profile would), without paying a browser
 * start per test (about a second each, a few minutes over the suite).
 */
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS],
  });
  return browser;
}

/** Closes the file's browser (registered after all tests by support/close-sessions.ts). */
export async function closeBrowser(): Promise<void> {
  const started = browser;
  browser = undefined;
  if (started) await (await started).close();
}

/**
 * Closes every session a test opened (registered after each test by support/close-sessions.ts) and
 * fails the test if the page broke the Content-Security-Policy, whatever the test itself asserted.
 */
export async function closeOpenSessions(): Promise<void> {
  const violations = [...openSessions].flatMap((session) =>
    session.errors.filter((error) => error.startsWith("CSP violation")),
  );
  await Promise.all([...openSessions].map((session) => session.close()));
  if (violations.length > 0)
    throw new Error(`the page broke its Content-Security-Policy:\n${violations.join("\n")}`);
}

/** Opens `path` on the preview server in a fresh browser context (empty storage); closed after the test. */
export async function openApp(path = "/", options: OpenOptions = {}): Promise<AppSession> {
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    timezoneId: options.timezoneId,
    hasTouch: options.touch,
    isMobile: options.touch,
  });
  // A step that waits longer than this has hung: fail it with its locator named, before the
  // test's own 30 s timeout would fail the test with no step named.
  context.setDefaultTimeout(20_000);
  // A Content-Security-Policy violation is an error in every test, so the whole suite proves
  // that every feature works under the policy of the built index.html.
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (options.dataset !== undefined) await serveDataset(page, options.dataset);
  const session: AppSession = {
    page,
    context,
    errors,
    dialogs,
    async close() {
      if (!openSessions.delete(session)) return;
      await context.close();
    },
  };
  openSessions.add(session);
  await page.goto(baseURL() + path);
  return session;
}

/** Answers the app's data requests (index.json, details/*.json, dataset.json) from `dataset`. */
export async function serveDataset(page: Page, dataset: unknown): Promise<void> {
  const valid = typeof dataset === "object" && (dataset as { schemaVersion?: unknown }).schemaVersion === 1;
  const files = valid
    ? datasetFiles(dataset as Dataset)
    : new Map([["index.json", typeof dataset === "string" ? dataset : JSON.stringify(dataset)]]);
  await page.route("**/data/**", (route) => {
    const body = files.get(dataPath(route.request().url()) ?? "");
    return body === undefined
      ? route.fulfill({ status: 404, body: "not found" })
      : route.fulfill({ status: 200, contentType: "application/json", body });
  });
}

export function baseURL(): string {
  return inject("baseURL");
}
