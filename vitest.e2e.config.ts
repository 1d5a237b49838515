import { defineConfig } from "vitest/config";

// End-to-end tests drive Debian's Chromium against the production build; one worker, because the
// machine has two cores and each test file launches its own browser.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    setupFiles: ["tests/e2e/support/close-sessions.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
