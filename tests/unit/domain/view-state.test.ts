import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseViewState,
  serializeViewState,
  type KnownIds,
  type ViewState,
} from "../../../src/domain/view-state";
import { spanOutsideText } from "../../../src/domain/view-state-checks";

const known: KnownIds = {
  meetings: new Set(["2013-06-19-xi-jinping-ban-ki-moon", "2024-05-16-xi-jinping-vladimir-putin"]),
  parties: new Set(["china", "russia", "united-nations"]),
  topics: new Set(["ukraine", "climate-change"]),
  readouts: new Set(["mfa-2024-05-16", "kremlin-2024-05-16"]),
  principals: new Set(["xi-jinping", "vladimir-putin", "ban-ki-moon"]),
};

describe("parseViewState", () => {
  it("reads every filter parameter from a shared link", () => {
    const { state, notices } = parseViewState(
      "?counterpart=russia,united-nations&topic=ukraine&from=2020&to=2024&format=video,in-person&principal=xi-jinping&with=vladimir-putin&perspective=counterpart&q=peace%20talks",
      known,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      counterparts: ["russia", "united-nations"],
      topics: ["ukraine"],
      from: 2020,
      to: 2024,
      formats: ["video", "in-person"],
      principals: ["xi-jinping"],
      counterpartPrincipals: ["vladimir-putin"],
      perspectives: ["counterpart"],
      q: "peace talks",
    });
  });

  it("drops injected markup and a bad year, keeping the rest, and says why", () => {
    const { state, notices } = parseViewState(
      "?counterpart=<img src=x onerror=alert(1)>&from=abc&topic=ukraine",
      known,
    );
    expect(state).toEqual({ counterparts: [], topics: ["ukraine"], formats: [] });
    expect(notices).toEqual([
      'Ignored counterpart="<img src=x onerror=alert(1)>": not an id.',
      'Ignored from="abc": expected a year such as 2019.',
    ]);
  });

  it("drops markup even before the dataset is known", () => {
    const { state, notices } = parseViewState("?counterpart=<b>x</b>,russia&with=%3Cscript%3E");
    expect(state.counterparts).toEqual(["russia"]);
    expect(state.counterpartPrincipals).toBeUndefined();
    expect(notices).toHaveLength(2);
  });

  it("drops ids the dataset does not have, naming what was expected", () => {
    const { state, notices } = parseViewState(
      "?counterpart=atlantis&principal=nobody&with=ban-ki-moon&perspective=martian",
      known,
    );
    expect(state.counterparts).toEqual([]);
    expect(state.principals).toBeUndefined();
    expect(state.counterpartPrincipals).toEqual(["ban-ki-moon"]);
    expect(state.perspectives).toBeUndefined();
    expect(notices).toEqual([
      'Ignored counterpart="atlantis": no such counterpart in the dataset.',
      'Ignored principal="nobody": no such principal in the dataset.',
      'Ignored perspective="martian": expected china, counterpart, intergovernmental, media.',
    ]);
  });

  it("reads two accounts of the open meeting, and drops them without a meeting", () => {
    expect(
      parseViewState(
        "?meeting=2024-05-16-xi-jinping-vladimir-putin&accounts=kremlin-2024-05-16,mfa-2024-05-16",
        known,
      ).state.accounts,
    ).toEqual(["kremlin-2024-05-16", "mfa-2024-05-16"]);
    const alone = parseViewState("?accounts=kremlin-2024-05-16,mfa-2024-05-16", known);
    expect(alone.state.accounts).toBeUndefined();
    expect(alone.notices).toEqual([
      'Ignored accounts="kremlin-2024-05-16,mfa-2024-05-16": it compares the accounts of the meeting= it comes with.',
    ]);
    expect(
      parseViewState("?meeting=2024-05-16-xi-jinping-vladimir-putin&accounts=mfa-2024-05-16,nope", known)
        .notices,
    ).toEqual(['Ignored accounts="mfa-2024-05-16,nope": no such readout "nope".']);
  });

  it("swaps a backwards year range and keeps repeated values once", () => {
    const { state, notices } = parseViewState("?from=2024&to=2020&topic=ukraine,ukraine", known);
    expect(state).toMatchObject({ from: 2020, to: 2024, topics: ["ukraine"] });
    expect(notices).toEqual(["Swapped from=2024 and to=2020: the range ran backwards."]);
  });

  it("reports unknown parameters and shortens very long values in notices", () => {
    const { notices } = parseViewState(`?utm_source=x&topic=${"a".repeat(300)}`, known);
    expect(notices).toContain('Ignored unknown parameter "utm_source".');
    expect(notices.some((n) => n.includes(`${"a".repeat(40)}…`) && n.length < 120)).toBe(true);
  });

  describe("values that are well-formed but cannot be shown", () => {
    const PUTIN = "2024-05-16-xi-jinping-vladimir-putin";
    const dataset: KnownIds = {
      ...known,
      years: { first: 2013, last: 2024 },
      readoutLengths: new Map([
        ["mfa-2024-05-16", 500],
        ["kremlin-2024-05-16", 300],
      ]),
      meetingReadouts: new Map([
        [PUTIN, ["mfa-2024-05-16", "kremlin-2024-05-16"]],
        ["2013-06-19-xi-jinping-ban-ki-moon", ["mfa-2024-05-16"]],
      ]),
    };

    it("years outside the data: from=2030 and to=2001 are dropped, the rest stays", () => {
      const { state, notices } = parseViewState("?from=2030&topic=ukraine", dataset);
      expect(state).toMatchObject({ from: undefined, topics: ["ukraine"] });
      expect(notices).toEqual(["Ignored from=2030: the meetings run from 2013 to 2024."]);
      expect(parseViewState("?to=2001", dataset).notices).toEqual([
        "Ignored to=2001: the meetings run from 2013 to 2024.",
      ]);
      expect(parseViewState("?from=2010&to=2030", dataset).notices).toEqual([]);
    });

    it("a span past the readout's end is dropped; the readout still opens", () => {
      const { state, notices } = parseViewState("?readout=kremlin-2024-05-16&span=250-900", dataset);
      expect(state.readout).toBe("kremlin-2024-05-16");
      expect(state.span).toBeUndefined();
      expect(notices).toEqual([
        'Ignored span=250-900: readout "kremlin-2024-05-16" has only 300 characters; showing it from the top.',
      ]);
      expect(parseViewState("?readout=kremlin-2024-05-16&span=0-300", dataset).state.span).toEqual([0, 300]);
    });

    it("a span is checked against the text once its length is known (the index has none)", () => {
      expect(spanOutsideText({ readout: "kremlin-2024-05-16", span: [10, 301] }, 300)).toBe(
        'Ignored span=10-301: readout "kremlin-2024-05-16" has only 300 characters; showing it from the top.',
      );
      expect(spanOutsideText({ readout: "kremlin-2024-05-16", span: [10, 300] }, 300)).toBeUndefined();
      expect(spanOutsideText({ readout: "kremlin-2024-05-16" }, 300)).toBeUndefined();
    });

    it("accounts of another meeting are dropped; the meeting stays open", () => {
      const { state, notices } = parseViewState(
        "?meeting=2013-06-19-xi-jinping-ban-ki-moon&accounts=mfa-2024-05-16,kremlin-2024-05-16",
        dataset,
      );
      expect(state).toMatchObject({ meeting: "2013-06-19-xi-jinping-ban-ki-moon", accounts: undefined });
      expect(notices).toEqual([
        'Ignored accounts="mfa-2024-05-16,kremlin-2024-05-16": "kremlin-2024-05-16" is not an account of this meeting.',
      ]);
    });

    it("a comparison replaces meeting= and its accounts, each named in a notice", () => {
      const UN = "2013-06-19-xi-jinping-ban-ki-moon";
      const { state, notices } = parseViewState(
        `?meeting=${PUTIN}&accounts=mfa-2024-05-16,kremlin-2024-05-16&compare=${UN},${PUTIN}`,
        dataset,
      );
      expect(state).toMatchObject({ compare: [UN, PUTIN], meeting: undefined, accounts: undefined });
      expect(notices).toEqual([
        `Ignored meeting="${PUTIN}": compare= shows two meetings in its place.`,
        'Ignored accounts="mfa-2024-05-16,kremlin-2024-05-16": they belong to that meeting.',
      ]);
    });

    it("a readout of another meeting is dropped with its span; the meeting or comparison stays", () => {
      const UN = "2013-06-19-xi-jinping-ban-ki-moon";
      const { state, notices } = parseViewState(
        `?meeting=${UN}&readout=kremlin-2024-05-16&span=1-20`,
        dataset,
      );
      expect(state).toMatchObject({ meeting: UN, readout: undefined, span: undefined });
      expect(notices).toEqual([
        'Ignored readout="kremlin-2024-05-16": it is not a readout of this meeting.',
        "Ignored span=1-20: it points into that readout.",
      ]);
      // Over a comparison, a readout of either meeting is fine; alone, any readout opens.
      expect(parseViewState(`?compare=${UN},${PUTIN}&readout=kremlin-2024-05-16`, dataset).notices).toEqual(
        [],
      );
      expect(parseViewState("?readout=kremlin-2024-05-16", dataset).notices).toEqual([]);
      expect(parseViewState(`?meeting=${PUTIN}&readout=kremlin-2024-05-16`, dataset).notices).toEqual([]);
    });

    it("a self comparison opens that meeting instead, with a notice; repeated parameters get one too", () => {
      const self = parseViewState(`?compare=${PUTIN},${PUTIN}`, dataset);
      expect(self.state.meeting).toBe(PUTIN);
      expect(self.state.compare).toBeUndefined();
      expect(self.notices).toEqual([
        `Ignored compare="${`${PUTIN},${PUTIN}`.slice(0, 40)}…": it names the same meeting twice; showing that meeting.`,
      ]);
      // meeting= wins over the meeting a self comparison names.
      const both = parseViewState(
        `?meeting=2013-06-19-xi-jinping-ban-ki-moon&compare=${PUTIN},${PUTIN}`,
        dataset,
      );
      expect(both.state.meeting).toBe("2013-06-19-xi-jinping-ban-ki-moon");
      expect(parseViewState(`?compare=${PUTIN},${PUTIN},${PUTIN}`, dataset).notices[0]).toMatch(
        /expected two different meeting ids/,
      );
      const repeated = parseViewState(`?meeting=${PUTIN}&meeting=2013-06-19-xi-jinping-ban-ki-moon`, dataset);
      expect(repeated.state.meeting).toBe(PUTIN);
      expect(repeated.notices).toEqual(["Used the first meeting= only: the link gives it 2 times."]);
    });
  });

  it("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (search) => {
        const parsed = parseViewState(search, known);
        expect(Array.isArray(parsed.notices)).toBe(true);
      }),
    );
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const year = fc.integer({ min: 1949, max: 2100 });
const optionalList = <T>(arb: fc.Arbitrary<T[]>) => arb.map((values) => (values.length ? values : undefined));

/** Any view state the app could hold, in the normal form that parsing produces. */
const viewState: fc.Arbitrary<ViewState> = fc
  .record(
    {
      meeting: slug,
      compare: fc
        .uniqueArray(slug, { minLength: 2, maxLength: 2 })
        .map((ids) => [ids[0]!, ids[1]!] as [string, string]),
      accounts: fc
        .uniqueArray(fc.stringMatching(/^[\w.-]{1,20}$/), { minLength: 2, maxLength: 2 })
        .map((ids) => [ids[0]!, ids[1]!] as [string, string]),
      counterparts: fc.uniqueArray(slug, { maxLength: 4 }),
      topics: fc.uniqueArray(slug, { maxLength: 4 }),
      years: fc.tuple(fc.option(year, { nil: undefined }), fc.option(year, { nil: undefined })),
      formats: fc.subarray(["in-person", "video", "phone"] as const),
      principals: optionalList(fc.uniqueArray(slug, { maxLength: 3 })),
      counterpartPrincipals: optionalList(fc.uniqueArray(slug, { maxLength: 3 })),
      perspectives: optionalList(
        fc.subarray(["china", "counterpart", "intergovernmental", "media"] as const),
      ),
      q: fc
        .string({ unit: "grapheme", minLength: 1, maxLength: 200 })
        .filter((q) => q.trim() !== "" && q.length <= 200),
      readout: fc.tuple(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
        fc.option(fc.tuple(fc.nat(9999), fc.nat(9999)), { nil: undefined }),
      ),
    },
    { requiredKeys: ["counterparts", "topics", "formats", "years"] },
  )
  .map(({ years: [a, b], readout, ...rest }) => {
    const state: ViewState = { ...rest, formats: [...rest.formats] };
    if (a !== undefined) state.from = b !== undefined ? Math.min(a, b) : a;
    if (b !== undefined) state.to = a !== undefined ? Math.max(a, b) : b;
    if (rest.perspectives) state.perspectives = [...rest.perspectives];
    for (const key of ["principals", "counterpartPrincipals", "perspectives"] as const)
      if (state[key] === undefined) delete state[key];
    if (!state.meeting) delete state.accounts;
    if (readout) {
      const [id, span] = readout;
      if (id.trim() !== "") {
        state.readout = id;
        if (span) state.span = [Math.min(...span), Math.max(...span)];
      }
    }
    return state;
  });

describe("serializeViewState", () => {
  it("writes an empty state as no query string, and lists with readable commas", () => {
    expect(serializeViewState({ counterparts: [], topics: [], formats: [] })).toBe("");
    expect(
      serializeViewState({ counterparts: ["russia", "united-nations"], topics: [], formats: [], from: 2020 }),
    ).toBe("?counterpart=russia,united-nations&from=2020");
  });

  it("round-trips: parsing what it wrote gives the same state back, without notices", () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const parsed = parseViewState(serializeViewState(state));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it("normalises: any query string, parsed and written, parses to the same state", () => {
    const fragment = fc.constantFrom(
      "counterpart=",
      "topic=",
      "from=",
      "to=",
      "format=",
      "with=",
      "perspective=",
      "q=",
      "&",
      ",",
      "%2C",
      "russia",
      "2020",
      "video",
      "<b>",
      " ",
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 20 }).map((parts) => parts.join("")),
        (search) => {
          const once = parseViewState(search).state;
          const twice = parseViewState(serializeViewState(once));
          expect(twice.state).toEqual(once);
          expect(twice.notices).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
