// Finds a Chromium for the end-to-end tests, installing Debian's package when we are root and it
// is missing. Playwright's own browser download does not work on our machines, so we never try it.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

function firstExisting() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(
        `CHROMIUM_PATH=${fromEnv} does not exist. Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium (Debian: apt-get install -y chromium).`,
      );
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for a headless Chromium in a container: the e2e tests and the bench launch it the same way. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Returns the path of a Chromium binary, or throws an Error whose message says what to install. */
export function findOrInstallChromium() {
  const found = firstExisting();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.error("Chromium not found: installing Debian's chromium package (apt-get)…");
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    } catch (error) {
      throw new Error(
        `Installing chromium with apt-get failed (${error.message}). Install it yourself: apt-get install -y chromium`,
        { cause: error },
      );
    }
    const installed = firstExisting();
    if (installed) return installed;
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package (sudo apt-get install -y chromium) " +
      "or point CHROMIUM_PATH at a Chromium/Chrome binary, then run npm test again.",
  );
}
