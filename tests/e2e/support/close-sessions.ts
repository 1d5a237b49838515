// Every browser a test opens with openApp is closed after it, so test files need no teardown of their own.
import { afterEach } from "vitest";
import { closeOpenSessions } from "./browser";

afterEach(closeOpenSessions);
