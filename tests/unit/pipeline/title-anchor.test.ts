import { describe, expect, it } from "vitest";
import type { IntroducedPerson } from "../../../src/pipeline/actors/types";
import type { SentenceRefs } from "../../../src/pipeline/meetings";
import type { Reference } from "../../../src/pipeline/references";
import { titleAnchor } from "../../../src/pipeline/title-anchor";
import { meetingsOf } from "./helpers";

const introduced: IntroducedPerson[] = [
  { id: "bel-vosk", name: "Bel Vosk", party: "kenya", title: "President" },
];
const ACTORS: Record<string, string> = { "Xi Jinping": "xi-jinping", "Bel Vosk": "bel-vosk" };

/** Paragraphs of sentences laid end to end, each name in ACTORS a name reference. */
function itemsOf(paragraphs: string[][]): SentenceRefs[] {
  const items: SentenceRefs[] = [];
  let offset = 0;
  paragraphs.forEach((sentences, paragraph) => {
    for (const text of sentences) {
      const refs: Reference[] = [];
      for (const [surface, actorId] of Object.entries(ACTORS)) {
        const at = text.indexOf(surface);
        if (at >= 0)
          refs.push({
            kind: "name",
            start: offset + at,
            end: offset + at + surface.length,
            surface,
            actorId,
          });
      }
      const sentence = {
        index: items.length,
        paragraph,
        span: [offset, offset + text.length] as [number, number],
        text,
        heading: false,
      };
      items.push({ sentence, refs });
      offset += text.length + 1;
    }
  });
  return items;
}

describe("titleAnchor", () => {
  it("pairs the title's foreign person with the first Chinese speaker label, anchored there", () => {
    const items = itemsOf([
      ["Xi Jinping: Good afternoon, dear friend.", "It is good to hear you."],
      ["Bel Vosk: Thank you."],
    ]);
    const title = "Telephone conversation with Kenyan President Bel Vosk";
    expect(titleAnchor(title, items, introduced, "2022-05-02")).toEqual({
      chinese: "xi-jinping",
      foreign: "bel-vosk",
      anchor: items[0]!.sentence,
      cue: [0, "Xi Jinping".length],
      sentences: [],
      title,
    });
  });

  it("skips labels of the title's own side and takes the first speaker of the other", () => {
    const items = itemsOf([["Xi Jinping: Welcome to Beijing."], ["Bel Vosk: Thank you for having me."]]);
    const draft = titleAnchor("Talks with Xi Jinping", items, introduced, "2022-05-02");
    expect(draft).toMatchObject({ chinese: "xi-jinping", foreign: "bel-vosk", anchor: items[1]!.sentence });
  });

  it('reads "bilateral" as a noun before "with" in the title as the occasion', () => {
    const items = itemsOf([["Xi Jinping: Welcome to Beijing."], ["Bel Vosk: Thank you for having me."]]);
    const draft = titleAnchor("Remarks at bilateral with Xi Jinping", items, introduced, "2022-05-02");
    expect(draft).toMatchObject({ chinese: "xi-jinping", foreign: "bel-vosk" });
    expect(
      titleAnchor("Remarks on bilateral ties by Xi Jinping", items, introduced, "2022-05-02"),
    ).toBeUndefined();
  });

  it("reads a remarks page of one speaker after the meeting as the two's meeting, all the speaker's", () => {
    const items = itemsOf([["Good afternoon."], ["Today I met President Xi Jinping for three hours."]]);
    const draft = titleAnchor(
      "Remarks by Kenyan President Bel Vosk following the meeting with Chinese President Xi Jinping",
      items,
      introduced,
      "2022-05-02",
    );
    expect(draft).toMatchObject({
      chinese: "xi-jinping",
      foreign: "bel-vosk",
      anchor: items[0]!.sentence,
      speaker: "bel-vosk",
    });
    // "Opening remarks of M at the meeting with X" is the same page.
    expect(
      titleAnchor(
        "Opening remarks of Kenyan President Bel Vosk at the meeting with Chinese President Xi Jinping",
        items,
        introduced,
        "2022-05-02",
      ),
    ).toMatchObject({ chinese: "xi-jinping", foreign: "bel-vosk", speaker: "bel-vosk" });
    // Remarks about no meeting, or a page with speaker labels, are not such a page.
    expect(
      titleAnchor("Remarks by Kenyan President Bel Vosk on trade", items, introduced, "2022-05-02"),
    ).toBeUndefined();
    const labelled = itemsOf([["Bel Vosk: Good afternoon."], ["Xi Jinping: Welcome."]]);
    expect(
      titleAnchor(
        "Remarks by Kenyan President Bel Vosk following the meeting with Xi Jinping",
        labelled,
        introduced,
        "2022-05-02",
      )?.speaker,
    ).toBeUndefined();
  });

  it.each([
    ["there is no title", undefined],
    ["the title has no meeting words", "Remarks by Kenyan President Bel Vosk"],
    ["the title names no person", "Telephone conversation with the Kenyan delegation"],
  ])("finds no meeting when %s", (_, title) => {
    const items = itemsOf([["Xi Jinping: Good afternoon."]]);
    expect(titleAnchor(title, items, introduced, "2022-05-02")).toBeUndefined();
  });

  it.each([
    ["only the title's side speaks", [["Bel Vosk: Good afternoon."]]],
    ["the other side's label is not at a paragraph's start", [["Welcome.", "Xi Jinping: Good afternoon."]]],
    ["the name comes after the label", [["Host: Thank you, Xi Jinping."]]],
    ["the text has no labels", [["Xi Jinping thanked the guests."]]],
  ])("finds no meeting when %s", (_, paragraphs) => {
    const title = "Telephone conversation with Kenyan President Bel Vosk";
    expect(titleAnchor(title, itemsOf(paragraphs), introduced, "2022-05-02")).toBeUndefined();
  });

  it("pairs the first labelled speakers of the two sides when the title names only the nations", () => {
    const items = itemsOf([
      ["President of Kenya Bel Vosk: Dear friends, colleagues,"],
      ["We have just held talks."],
      ["President of the People's Republic of China Xi Jinping (retranslated): Thank you, Mr President."],
    ]);
    const title = "Beginning of Kenyan-Chinese talks in expanded format";
    expect(titleAnchor(title, items, introduced, "2022-05-02")).toMatchObject({
      chinese: "xi-jinping",
      foreign: "bel-vosk",
      anchor: items[2]!.sentence,
    });
  });

  it.each([
    ["names no occasion", "Kenyan-Chinese relations"],
    ["names no Chinese side", "Beginning of Kenyan-Ruritanian talks"],
  ])("finds no meeting when a title with no person %s", (_, title) => {
    const items = itemsOf([["Bel Vosk: Dear friends,"], ["Xi Jinping: Thank you."]]);
    expect(titleAnchor(title, items, introduced, "2022-05-02")).toBeUndefined();
  });

  it("takes the other side from the page's header when only the title's person's turn was copied", () => {
    const guest = itemsOf([["Xi Jinping: Thank you, Mr President."], ["China values our ties."]]);
    expect(titleAnchor("Remarks - Meeting with Xi Jinping", guest, introduced, "2022-05-02")).toBeUndefined();
    expect(
      titleAnchor("Remarks - Meeting with Xi Jinping", guest, introduced, "2022-05-02", [
        "President Bel Vosk",
      ]),
    ).toMatchObject({ chinese: "xi-jinping", foreign: "bel-vosk", anchor: guest[0]!.sentence });
    // A title naming no one is not enough when the header names only the other side.
    expect(
      titleAnchor("Opening remarks - Leaders' Meeting", guest, introduced, "2022-05-02", [
        "President Bel Vosk",
      ]),
    ).toBeUndefined();
  });

  it("reads a transcript whose title names only the occasion and whose header lists both sides", () => {
    const host = itemsOf([["Bel Vosk: Welcome, Premier."], ["Our ties are strong."]]);
    const header = [
      "Transcript",
      "State House, Nairobi",
      "President Bel Vosk",
      "His Excellency Mr Xi Jinping",
    ];
    expect(
      titleAnchor("Opening remarks - Annual Leaders' Meeting", host, introduced, "2022-05-02", header),
    ).toMatchObject({ chinese: "xi-jinping", foreign: "bel-vosk", anchor: host[0]!.sentence });
    // Not when the title names no occasion.
    expect(titleAnchor("Opening remarks", host, introduced, "2022-05-02", header)).toBeUndefined();
  });
});

describe("a transcript whose title names only the occasion", () => {
  it("is the meeting of the header's two people, placed by the header's place line, not the turn's words", () => {
    const [meeting] = meetingsOf(
      [
        "Opening remarks - Annual Leaders' Meeting",
        "Transcript",
        "State House, Nairobi",
        "President William Ruto",
        "His Excellency Mr Li Qiang",
        "WILLIAM RUTO, PRESIDENT OF KENYA: It is my pleasure to welcome you to Kenya, after the hospitality I received in Shanghai last year.",
        "Our ties are strong.",
      ].join("\n\n"),
      "2025-06-17",
    );
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["li-qiang", "william-ruto"]);
    expect(meeting!.location?.city).toBe("Nairobi");
  });
});

describe("a transcript titled as a meeting with a Chinese leader, its guest in the header", () => {
  it("is the title's meeting, not one the speaker recalls in the first person", () => {
    const [meeting, ...rest] = meetingsOf(
      [
        "Highlights: Meeting With Chinese President Xi",
        "Antony Blinken",
        "Secretary of State",
        "Great Hall of the People",
        "Beijing, China",
        "March 3, 2022",
        "PRESIDENT XI: (Via interpreter) Mr. Secretary, welcome back to Beijing.",
        "And I had a fine meeting with President William Ruto at the Lusaka climate summit, and he and I have spoken to each other on the phone a couple of times.",
        "Our two countries should keep talking.",
      ].join("\n\n"),
    );
    expect(rest).toEqual([]);
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["xi-jinping", "antony-blinken"]);
    expect(meeting!.format).toBe("in-person");
    expect(meeting!.date).toBe("2022-03-03");
    expect(meeting!.location?.city).toBe("Beijing");
  });

  it("is dated by its date line as the day of the remarks, and the note says so (no 'on or before')", () => {
    const [meeting] = meetingsOf(
      [
        "Highlights: Meeting With Chinese President Xi",
        "Antony Blinken",
        "Secretary of State",
        "Great Hall of the People",
        "Beijing, China",
        "March 3, 2022",
        "PRESIDENT XI: (Via interpreter) Mr. Secretary, welcome back to Beijing.",
      ].join("\n\n"),
    );
    expect(meeting!.datePrecision).toBeUndefined();
    const note = meeting!.provenance.date.source === "inferred" ? meeting!.provenance.date.note : "";
    expect(note).toMatch(/day of the event it records/);
    expect(note).not.toMatch(/on or before/);
  });
});
