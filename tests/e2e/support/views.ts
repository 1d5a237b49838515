/**
 * The app's main views on the bundled data, each as a link and what to wait for once it shows:
 * shared by the checks that run on every view (axe, 200 % zoom, phones).
 */
import type { Page } from "playwright-core";

export const MAY_2024 = "2024-05-16-xi-jinping-vladimir-putin";
export const DEC_2022 = "2022-12-30-xi-jinping-vladimir-putin";
/** The Chinese readout of the May 2024 meeting. */
export const MAY_2024_READOUT = "004_7dcf29c1458b0db6";

export type View = [name: string, path: string, ready: (page: Page) => Promise<unknown>];

export const MAIN_VIEWS: View[] = [
  ["timeline and list", "/", (page) => page.locator(".vis-item").first().waitFor()],
  [
    "meeting panel",
    `/?meeting=${MAY_2024}`,
    (page) => page.getByRole("button", { name: "Compare with…" }).waitFor(),
  ],
  [
    "source viewer",
    `/?meeting=${MAY_2024}&readout=${MAY_2024_READOUT}`,
    (page) => page.locator("#readout-heading").waitFor(),
  ],
  ["compare", `/?compare=${DEC_2022},${MAY_2024}`, (page) => page.locator("#compare-heading").waitFor()],
];
