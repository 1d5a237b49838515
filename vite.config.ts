/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

/**
 * The Content-Security-Policy of the built app, as a <meta> (a static host may send no headers).
 * Scripts, styles, workers and data come only from the app's own origin: no inline script, no
 * eval, no inline <style> or style="" attribute (React and vis-timeline set styles through the
 * CSSOM, which style-src does not govern). `data:` images are the inline favicon. frame-ancestors
 * cannot be set from a <meta>; a host that can send headers should add it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

/** Adds the policy to the built index.html only: the dev server's hot reload needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "atlas-content-security-policy",
    apply: "build",
    // Right after <meta charset>, so it governs everything the page loads.
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html must keep ${charset}: the CSP goes after it`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${meta}`);
    },
  };
}

/**
 * Libraries in chunks of their own, so no chunk passes the 500 kB warning and an app release does
 * not make the browser fetch React or vis-timeline again. The vis chunks stay lazy: only the lazy
 * timeline runtime (src/features/timeline/vis-runtime.ts) imports them.
 */
const LIBRARY_CHUNKS = [
  { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: "tanstack", test: /node_modules[\\/]@tanstack[\\/]/ },
  { name: "zod", test: /node_modules[\\/]zod[\\/]/ },
  { name: "vis-timeline", test: /node_modules[\\/]vis-timeline[\\/]/ },
  // Taken before vis-timeline, which would otherwise pull its dependencies into its own chunk.
  { name: "vis-data", test: /node_modules[\\/](vis-data|moment)[\\/]/, priority: 1 },
];

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  build: { rolldownOptions: { output: { codeSplitting: { groups: LIBRARY_CHUNKS } } } },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // The default 5 s fails component tests when CI shares two cores with a build; no test here
    // measures speed (that is `npm run bench`), so a generous limit only catches hangs.
    testTimeout: 20_000,
  },
});
