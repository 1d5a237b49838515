import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

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
  /** Replace the bundled dataset with this body (a string is served as-is, to test corrupt files). */
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
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    timezoneId: options.timezoneId,
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
  if (options.dataset !== undefined) {
    const body = typeof options.dataset === "string" ? options.dataset : JSON.stringify(options.dataset);
    await page.route("**/data/dataset.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
  }
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

export function baseURL(): string {
  return inject("baseURL");
}
