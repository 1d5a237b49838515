import { describe, expect, it } from "vitest";
import { applyCurated, curateExtraction, parsePlace } from "../../../src/domain/curate";
import type { CuratedEntry } from "../../../src/domain/library";
import { SCHEMA_VERSION, type Dataset, type Meeting } from "../../../src/domain/schema";

/** A made-up one-readout fragment, as the import extracts it. */
const text =
  "On March 4 Envoy Vell met Minister Oda in Port Arlen.\n\nMinister Oda said the harbour would open.";
const dateWords = "On March 4";
const meeting: Meeting = {
  id: "2021-03-04-vell-oda",
  date: "2021-03-04",
  format: "in-person",
  counterpart: "arlen",
  sides: [
    { party: "china", principal: "vell", attendees: ["aide-pim"] },
    { party: "arlen", principal: "oda", attendees: ["aide-rho"] },
  ],
  topics: [],
  statements: [
    {
      id: "r1-s1",
      readoutId: "r1",
      speaker: "oda",
      party: "arlen",
      topics: [],
      text: "Minister Oda said the harbour would open.",
      span: [text.indexOf("Minister Oda said"), text.length],
    },
  ],
  readoutIds: ["r1"],
  provenance: {
    date: { source: "text", readoutId: "r1", span: [0, dateWords.length] },
    format: { source: "text", readoutId: "r1", span: [11, 14] },
    location: { source: "text", readoutId: "r1", span: [40, 49] },
  },
};
const dataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  actors: [],
  topics: [],
  readouts: [{ id: "r1", title: "Talks", publisher: "Made-up Ministry", perspective: "china", text }],
  meetings: [meeting],
};
const entry = (over: Partial<CuratedEntry> & Pick<CuratedEntry, "field" | "value">): CuratedEntry => ({
  note: "checked against the agenda",
  ...over,
});

describe("parsePlace", () => {
  it("reads venue, city and country; city and country; or a city alone", () => {
    expect(parsePlace("Old Hall, East Wing, Port Arlen, Arlen")).toEqual({
      venue: "Old Hall, East Wing",
      city: "Port Arlen",
      country: "Arlen",
    });
    expect(parsePlace(" Port Arlen , Arlen ")).toEqual({ city: "Port Arlen", country: "Arlen" });
    expect(parsePlace("Port Arlen")).toEqual({ city: "Port Arlen" });
    expect(parsePlace("Port Arlen,, ")).toEqual({ city: "Port Arlen" });
  });
});

describe("applyCurated", () => {
  it("a corrected date changes the date and the id's day, with curated provenance carrying the note", () => {
    const [m] = applyCurated(dataset, [
      entry({ field: "date", target: meeting.id, value: "2021-03-05" }),
    ]).meetings;
    expect(m!.date).toBe("2021-03-05");
    expect(m!.id).toBe("2021-03-05-vell-oda");
    expect(m!.provenance.date).toEqual({
      source: "curated",
      note: "Date corrected by you to 2021-03-05: checked against the agenda",
    });
    expect(m!.provenance.location).toEqual(meeting.provenance.location);
  });

  it("a corrected place is parsed and curated with the note", () => {
    const [m] = applyCurated(dataset, [
      entry({ field: "location", target: meeting.id, value: "Sea Hall, Port Arlen, Arlen" }),
    ]).meetings;
    expect(m!.location).toEqual({ venue: "Sea Hall", city: "Port Arlen", country: "Arlen" });
    expect(m!.provenance.location).toEqual({
      source: "curated",
      note: "Place corrected by you to Sea Hall, Port Arlen, Arlen: checked against the agenda",
    });
  });

  it("applies a place and a date for the same meeting whatever their order (dates last)", () => {
    const [m] = applyCurated(dataset, [
      entry({ field: "date", target: meeting.id, value: "2021-03-05" }),
      entry({ field: "location", target: meeting.id, value: "Port Arlen, Arlen" }),
    ]).meetings;
    expect(m!.id).toBe("2021-03-05-vell-oda");
    expect(m!.location).toEqual({ city: "Port Arlen", country: "Arlen" });
  });

  it("a corrected speaker takes the party of the side they are on, or joint/narrator as themselves", () => {
    const speakerOf = (value: string) =>
      applyCurated(dataset, [entry({ field: "speaker", target: "r1-s1", value })]).meetings[0]!
        .statements[0]!;
    expect(speakerOf("aide-pim")).toMatchObject({ speaker: "aide-pim", party: "china" });
    expect(speakerOf("vell")).toMatchObject({ speaker: "vell", party: "china" });
    expect(speakerOf("joint")).toMatchObject({ speaker: "joint", party: "joint" });
    expect(speakerOf("narrator")).toMatchObject({ speaker: "narrator", party: "narrator" });
    // Someone on neither side is taken to be with the counterpart.
    expect(speakerOf("stranger")).toMatchObject({ speaker: "stranger", party: "arlen" });
  });

  it("leaves meetings the entry does not target alone", () => {
    const result = applyCurated(dataset, [
      entry({ field: "date", target: "2020-01-01-other", value: "2021-03-05" }),
      entry({ field: "speaker", target: "no-such-statement", value: "vell" }),
    ]);
    expect(result.meetings).toEqual(dataset.meetings);
  });

  it("readout fields set the readout; a perspective outside the vocabulary is refused", () => {
    const result = applyCurated(dataset, [
      entry({ field: "publisher", value: "Another Ministry" }),
      entry({ field: "url", value: "https://example.org/talks" }),
      entry({ field: "perspective", value: "counterpart" }),
    ]);
    expect(result.readouts[0]).toMatchObject({
      publisher: "Another Ministry",
      url: "https://example.org/talks",
      perspective: "counterpart",
    });
    expect(() => applyCurated(dataset, [entry({ field: "perspective", value: "martian" })])).toThrow();
  });

  it("does not change the dataset it was given", () => {
    const before = structuredClone(dataset);
    applyCurated(dataset, [entry({ field: "date", target: meeting.id, value: "2021-03-05" })]);
    expect(dataset).toEqual(before);
  });
});

describe("curateExtraction", () => {
  const supplied = entry({ field: "publishedOn", value: "2021-03-06", note: "from the page footer" });

  it("marks a date resolved with the supplied publication date as curated, quoting the text's words", () => {
    const result = curateExtraction(dataset, { [meeting.id]: "relative to the publication date" }, [
      supplied,
    ]);
    expect(result.meetings[0]!.provenance.date).toEqual({
      source: "curated",
      note: '"On March 4" is in the text; the date is resolved with the publication date 2021-03-06 you supplied: from the page footer',
    });
    expect(result.readouts[0]!.publishedOn).toBe("2021-03-06");
  });

  it("leaves a date the text states in full as the text's", () => {
    const result = curateExtraction(dataset, { [meeting.id]: "stated in the text" }, [supplied]);
    expect(result.meetings[0]!.provenance.date).toEqual(meeting.provenance.date);
  });

  it("without a supplied publication date, changes nothing about the date's provenance", () => {
    const result = curateExtraction(dataset, { [meeting.id]: "relative to the publication date" }, []);
    expect(result.meetings[0]!.provenance.date).toEqual(meeting.provenance.date);
  });

  it("a date corrected by the user wins over the publication-date note", () => {
    const result = curateExtraction(dataset, { [meeting.id]: "relative to the publication date" }, [
      supplied,
      entry({ field: "date", target: meeting.id, value: "2021-03-02", note: "the agenda says so" }),
    ]);
    expect(result.meetings[0]!.provenance.date).toEqual({
      source: "curated",
      note: "Date corrected by you to 2021-03-02: the agenda says so",
    });
  });
});
