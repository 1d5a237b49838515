/** Returns the path of a Chromium binary, installing Debian's package when root; throws with what to install. */
export function findOrInstallChromium(): string;
/** Flags for a headless Chromium in a container, shared by the e2e tests and the bench. */
export const CHROMIUM_ARGS: readonly string[];
