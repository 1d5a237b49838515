import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
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

/** Launches a fresh headless Chromium (own profile dir) and opens `path` on the preview server; closed after the test. */
export async function openApp(path = "/", options: OpenOptions = {}): Promise<AppSession> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const profile = mkdtempSync(join(tmpdir(), "atlas-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS],
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    timezoneId: options.timezoneId,
    hasTouch: options.touch,
    isMobile: options.touch,
  });
  // A Content-Security-Policy violation is an error in every test, so the whole suite proves
  // that every feature works under the policy of the built index.html.
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  const page = context.pages()[0] ?? (await context.newPage());
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
      rmSync(profile, { recursive: true, force: true });
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
