import { describe, expect, it } from "vitest";
import * as queryValues from "../../../src/domain/query-values";

const { keepAllowed, keepKnown, parsePair, parseYear, quote, splitList } = queryValues;

describe("quote", () => {
  it("quotes a value and shortens a long one to 40 characters and an ellipsis", () => {
    expect(quote("abc")).toBe('"abc"');
    expect(quote("x".repeat(100))).toBe(`"${"x".repeat(40)}…"`);
    expect(quote('a"b')).toBe('"a\\"b"');
  });
});

describe("splitList", () => {
  it("splits on commas, trims and drops empty parts", () => {
    expect(splitList(" a, b ,,c, ")).toEqual(["a", "b", "c"]);
    expect(splitList(null)).toEqual([]);
    expect(splitList("")).toEqual([]);
  });
});

describe("parsePair", () => {
  const known = new Set(["m-one", "m-two"]);

  it("returns two different known ids", () => {
    const notices: string[] = [];
    expect(parsePair("compare", "m-one, m-two", "meeting", known, notices)).toEqual(["m-one", "m-two"]);
    expect(notices).toEqual([]);
  });

  it("accepts any two ids when the known set is not available yet", () => {
    expect(parsePair("compare", "x,y", "meeting", undefined, [])).toEqual(["x", "y"]);
  });

  it("is silent for an absent value", () => {
    const notices: string[] = [];
    expect(parsePair("compare", null, "meeting", known, notices)).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it("drops one id, three ids or the same id twice with a notice naming the parameter", () => {
    for (const value of ["m-one", "m-one,m-two,m-one", "m-one,m-one"]) {
      const notices: string[] = [];
      expect(parsePair("compare", value, "meeting", known, notices)).toBeUndefined();
      expect(notices).toEqual([
        `Ignored compare=${JSON.stringify(value)}: expected two different meeting ids separated by a comma.`,
      ]);
    }
  });

  it("drops a pair with an unknown id, naming it", () => {
    const notices: string[] = [];
    expect(parsePair("accounts", "m-one,m-nine", "readout", known, notices)).toBeUndefined();
    expect(notices).toEqual(['Ignored accounts="m-one,m-nine": no such readout "m-nine".']);
  });
});

describe("parseYear", () => {
  it("reads a four-digit year in range", () => {
    expect(parseYear("from", "2019", [])).toBe(2019);
    expect(parseYear("from", "1949", [])).toBe(1949);
    expect(parseYear("to", "2100", [])).toBe(2100);
  });

  it("is silent for an absent or empty value", () => {
    const notices: string[] = [];
    expect(parseYear("from", null, notices)).toBeUndefined();
    expect(parseYear("from", "", notices)).toBeUndefined();
    expect(notices).toEqual([]);
  });

  it("drops a year out of range or not a year, with a notice", () => {
    for (const value of ["1948", "2101", "19", "2019a", "20.9", " 2019"]) {
      const notices: string[] = [];
      expect(parseYear("from", value, notices)).toBeUndefined();
      expect(notices).toEqual([`Ignored from=${JSON.stringify(value)}: expected a year such as 2019.`]);
    }
  });
});

describe("keepKnown", () => {
  it("keeps known slugs once each in the given order", () => {
    const notices: string[] = [];
    expect(keepKnown("topic", ["trade", "rivers", "trade"], new Set(["rivers", "trade"]), notices)).toEqual([
      "trade",
      "rivers",
    ]);
    expect(notices).toEqual([]);
  });

  it("drops what is not a slug even before the dataset is known", () => {
    const notices: string[] = [];
    expect(keepKnown("topic", ["<b>x</b>", "Trade", "ok-id"], undefined, notices)).toEqual(["ok-id"]);
    expect(notices).toEqual(['Ignored topic="<b>x</b>": not an id.', 'Ignored topic="Trade": not an id.']);
  });

  it("names what the parameter refers to when dropping an unknown id", () => {
    const notices: string[] = [];
    keepKnown("with", ["nobody"], new Set(), notices);
    keepKnown("principal", ["nobody"], new Set(), notices);
    keepKnown("party", ["nobody"], new Set(), notices);
    expect(notices).toEqual([
      'Ignored with="nobody": no such counterpart principal in the dataset.',
      'Ignored principal="nobody": no such principal in the dataset.',
      'Ignored party="nobody": no such party in the dataset.',
    ]);
  });
});

describe("keepAllowed", () => {
  const formats = ["in-person", "call", "video"] as const;

  it("keeps allowed values once each, in the order given", () => {
    const notices: string[] = [];
    expect(keepAllowed("format", ["video", "call", "video"], formats, notices)).toEqual(["video", "call"]);
    expect(notices).toEqual([]);
  });

  it("drops other values with a notice listing what is allowed", () => {
    const notices: string[] = [];
    expect(keepAllowed("format", ["Video", "fax"], formats, notices)).toEqual([]);
    expect(notices).toEqual([
      'Ignored format="Video": expected in-person, call, video.',
      'Ignored format="fax": expected in-person, call, video.',
    ]);
  });
});
