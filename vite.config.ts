/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    // vis-timeline is the heaviest dependency; keep it out of the app chunk so the shell paints first.
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [{ name: "vis", test: /node_modules[\\/](vis-|moment|@egjs|propagating-hammerjs|keycharm|xss|uuid|component-emitter)/ }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
  },
});
