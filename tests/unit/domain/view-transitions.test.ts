import { describe, expect, it } from "vitest";
import {
  closeAccounts,
  closeComparison,
  closeMeeting,
  closeSource,
  EMPTY_VIEW_STATE,
  openAccounts,
  openComparison,
  openMeeting,
  openSource,
  serializeViewState,
  swapAccounts,
  swapComparison,
  type ViewState,
} from "../../../src/domain/view-state";

const A = "2022-02-04-xi-jinping-vladimir-putin";
const B = "2024-05-16-xi-jinping-vladimir-putin";
const filtered: ViewState = { ...EMPTY_VIEW_STATE, counterparts: ["russia"], q: "energy", from: 2020 };
const url = (state: ViewState) => serializeViewState(state);

describe("named view transitions", () => {
  it("opening a meeting closes the readout, accounts and comparison over it and keeps the filters", () => {
    const busy: ViewState = {
      ...filtered,
      compare: [A, B],
      meeting: A,
      accounts: ["mfa", "kremlin"],
      readout: "mfa",
      span: [1, 9],
    };
    expect(url(openMeeting(busy, B))).toBe(`?meeting=${B}&counterpart=russia&from=2020&q=energy`);
  });

  it("closing a meeting also closes its accounts and readout", () => {
    const state = openSource(openAccounts(filtered, A, ["mfa", "kremlin"]), "mfa", [3, 8]);
    expect(closeMeeting(state)).toEqual(filtered);
  });

  it("opening a comparison replaces the open meeting, its accounts and the source viewer", () => {
    const state = openSource(openAccounts(filtered, A, ["mfa", "kremlin"]), "mfa");
    const compared = openComparison(state, [A, B]);
    expect(url(compared)).toBe(`?compare=${A},${B}&counterpart=russia&from=2020&q=energy`);
    expect(compared.accounts).toBeUndefined();
  });

  it("swaps and closes a comparison, back to the meeting it started from", () => {
    const compared = openComparison(filtered, [A, B]);
    expect(swapComparison(compared).compare).toEqual([B, A]);
    expect(closeComparison(compared)).toEqual(openMeeting(filtered, A));
    expect(swapComparison(filtered)).toBe(filtered);
    expect(closeComparison(filtered)).toBe(filtered);
  });

  it("opens, swaps and closes two accounts of one meeting", () => {
    const accounts = openAccounts(filtered, A, ["mfa", "kremlin"]);
    expect(url(accounts)).toBe(`?meeting=${A}&accounts=mfa,kremlin&counterpart=russia&from=2020&q=energy`);
    expect(swapAccounts(accounts).accounts).toEqual(["kremlin", "mfa"]);
    expect(closeAccounts(accounts)).toEqual(openMeeting(filtered, A));
  });

  it("opens the source over what is open and closing it returns there", () => {
    const compared = openComparison(filtered, [A, B]);
    const reading = openSource(compared, "mfa", [120, 245]);
    expect(url(reading)).toBe(
      `?compare=${A},${B}&counterpart=russia&from=2020&q=energy&readout=mfa&span=120-245`,
    );
    expect(closeSource(reading)).toEqual({ ...compared, readout: undefined, span: undefined });
    expect(url(closeSource(reading))).toBe(url(compared));
    expect(openSource(compared, "mfa").span).toBeUndefined();
  });

  it("never changes the state it is given", () => {
    const state = openComparison(filtered, [A, B]);
    const copy = structuredClone(state);
    swapComparison(state);
    openSource(state, "mfa", [1, 2]);
    closeComparison(state);
    expect(state).toEqual(copy);
  });
});
