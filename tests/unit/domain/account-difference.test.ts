import { describe, expect, it } from "vitest";
import {
  accountContrast,
  accountDifference,
  describeAccounts,
  differsIn,
  type AccountOf,
} from "../../../src/domain/account-difference";

// Made-up publishers: the module only looks at publisher and perspective.
const tvArticle: AccountOf = { publisher: "Nordland Television", perspective: "media" };
const ministry: AccountOf = { publisher: "Ministry of Foreign Affairs", perspective: "china" };
const pressOffice: AccountOf = { publisher: "Nordland Press Office", perspective: "counterpart" };
const otherMinistry: AccountOf = { publisher: "State Council Information Office", perspective: "china" };

describe("accountDifference", () => {
  it("is undefined when both meetings are told by the same publisher and perspective", () => {
    expect(accountDifference([ministry], [{ ...ministry }])).toBeUndefined();
  });

  it("notices a media report against a government readout: publisher and perspective differ", () => {
    const difference = accountDifference([tvArticle], [ministry]);
    expect(difference).toMatchObject({ publisher: true, perspective: true });
    expect(differsIn(difference!)).toBe("publisher and perspective");
  });

  it("notices the Chinese side's readout against the counterpart government's", () => {
    const difference = accountDifference([ministry], [pressOffice]);
    expect(difference).toMatchObject({ publisher: true, perspective: true });
  });

  it("notices a different publisher with the same perspective", () => {
    const difference = accountDifference([ministry], [otherMinistry]);
    expect(difference).toMatchObject({ publisher: true, perspective: false });
    expect(differsIn(difference!)).toBe("publisher");
  });

  it("compares sets: the same accounts in another order are the same", () => {
    expect(accountDifference([ministry, pressOffice], [pressOffice, ministry])).toBeUndefined();
  });

  it("notices a meeting with an extra kind of account", () => {
    const difference = accountDifference([ministry], [ministry, pressOffice]);
    expect(difference).toMatchObject({ publisher: true, perspective: true });
  });

  it("says nothing when a meeting has no account", () => {
    expect(accountDifference([], [ministry])).toBeUndefined();
  });
});

describe("wording", () => {
  it("names each account's publisher and kind", () => {
    expect(describeAccounts([tvArticle])).toBe("Nordland Television, media report");
    expect(describeAccounts([ministry, pressOffice])).toBe(
      "Ministry of Foreign Affairs, Chinese government readout and Nordland Press Office, counterpart government readout",
    );
  });

  it("contrasts the two sides in column order", () => {
    expect(accountContrast(accountDifference([tvArticle], [ministry])!)).toBe(
      "Nordland Television, media report vs Ministry of Foreign Affairs, Chinese government readout",
    );
  });
});
