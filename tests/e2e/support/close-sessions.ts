// Every browser context a test opens with openApp is closed after it, and the file's browser after
// its last test, so test files need no teardown of their own.
import { afterAll, afterEach } from "vitest";
import { closeBrowser, closeOpenSessions } from "./browser";

afterEach(closeOpenSessions);
afterAll(closeBrowser);
