// `npm run test:e2e`: make sure a browser exists, then run the end-to-end suite (which builds the
// app and serves it with `vite preview`, see tests/e2e/support/global-setup.ts).
import { spawnSync } from "node:child_process";
import { findOrInstallChromium } from "./find-chromium.mjs";

let chromium;
try {
  chromium = findOrInstallChromium();
} catch (error) {
  console.error(`\n✖ ${error.message}\n`);
  process.exit(1);
}
const result = spawnSync(
  "npx",
  ["vitest", "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env: { ...process.env, CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
