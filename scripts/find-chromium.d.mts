/** Returns the path of a Chromium binary, installing Debian's package when root; throws with what to install. */
export function findOrInstallChromium(): string;
