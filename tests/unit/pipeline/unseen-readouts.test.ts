/**
 * Made-up readouts in other publishers' styles (tests/fixtures/readouts): the pipeline must read
 * them right with no per-file code.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../src/domain/schema";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { speakerIn } from "./helpers";

function extract(file: string, publishedOn?: string) {
  const raw = readFileSync(new URL(`../../fixtures/readouts/${file}`, import.meta.url), "utf8");
  const result = buildDataset([
    { id: file.replace(/\.txt$/, ""), raw, ...(publishedOn ? { publishedOn } : {}) },
  ]);
  expect(result.errors).toEqual([]);
  return result.dataset;
}

const speaker = (meeting: Meeting, fragment: string) => speakerIn([meeting], fragment);

describe("readouts the pipeline has never seen", () => {
  it("a Kremlin phone call: date from the stamp, role nouns, a tag at the end", () => {
    const { meetings, readouts } = extract("kremlin-phone-call.txt");
    expect(meetings).toHaveLength(1);
    const m = meetings[0]!;
    expect(m).toMatchObject({
      id: "2021-03-11-xi-jinping-vladimir-putin",
      format: "phone",
      counterpart: "russia",
    });
    expect(m.location).toBeUndefined();
    expect(speaker(m, "The two leaders discussed the situation around Ukraine")).toBe("joint");
    expect(speaker(m, "The President of Russia also noted")).toBe("vladimir-putin");
    expect(speaker(m, "China supported all efforts conducive to peace talks")).toBe("xi-jinping");
    expect(m.topics).toEqual(expect.arrayContaining(["ukraine", "trade", "energy"]));
    expect(readouts[0]!.title).toBe("Telephone conversation with President of China Xi Jinping");
  });

  it("a wire story with an unseen German chancellor, a dateline, quotes and attendees", () => {
    const { meetings, actors, readouts } = extract("wire-german-chancellor.txt");
    const m = meetings[0]!;
    expect(m).toMatchObject({
      id: "2022-11-04-xi-jinping-otto-brandtner",
      format: "in-person",
      counterpart: "germany",
    });
    expect(m.location).toMatchObject({ venue: "Great Hall of the People", city: "Beijing" });
    expect(actors.find((a) => a.id === "otto-brandtner")).toMatchObject({
      name: "Otto Brandtner",
      party: "germany",
      kind: "person",
    });
    expect(speaker(m, "We oppose bloc confrontation")).toBe("xi-jinping");
    expect(speaker(m, "Germany values its relations with China")).toBe("otto-brandtner");
    expect(speaker(m, "The chancellor added")).toBe("otto-brandtner");
    expect(m.sides[0]).toMatchObject({
      party: "china",
      principal: "xi-jinping",
      attendees: ["li-qiang", "wang-yi"],
    });
    expect(readouts[0]!.publisher).toBe("Xinhua News Agency");
    expect(m.statements.some((s) => s.text.startsWith("BEIJING"))).toBe(false);
  });

  it("a UN readout that never names the Secretary-General and is cut off mid-sentence", () => {
    const { meetings } = extract("un-readout-cut-off.txt");
    const m = meetings[0]!;
    expect(m).toMatchObject({
      id: "2023-09-21-li-qiang-antonio-guterres",
      format: "in-person",
      counterpart: "united-nations",
    });
    expect(m.location?.city).toBe("New York");
    expect(speaker(m, "humanitarian needs of the people of")).toBe("joint");
    expect(speaker(m, "He stressed the importance of climate action")).toBe("antonio-guterres");
  });

  it("a transcript with speaker labels", () => {
    const { meetings } = extract("transcript-labels.txt");
    const m = meetings[0]!;
    expect(m.location).toMatchObject({ venue: "Kremlin", city: "Moscow" });
    expect(speaker(m, "I am sure our talks today will be productive")).toBe("vladimir-putin");
    expect(speaker(m, "We stand ready to uphold the international order")).toBe("xi-jinping");
    expect(speaker(m, "held talks in the Kremlin")).toBe("narrator");
  });

  it("a quote split around its tag, According to, Noting that and a role noun", () => {
    const { meetings } = extract("quote-around-tag.txt");
    const m = meetings[0]!;
    expect(m.date).toBe("2023-08-10");
    expect(m.format).toBe("phone");
    expect(m.counterpart).toBe("brazil");
    expect(speaker(m, "China and Brazil are comprehensive strategic partners")).toBe("xi-jinping");
    expect(speaker(m, "According to Lula")).toBe(m.sides[1]!.principal);
    expect(speaker(m, "Noting that the world economy faces headwinds")).toBe("xi-jinping");
    expect(speaker(m, "He also said both sides")).toBe("xi-jinping");
    expect(speaker(m, "The Brazilian president said")).toBe(m.sides[1]!.principal);
    expect(m.topics).toEqual(expect.arrayContaining(["brics", "g20", "trade"]));
  });

  it("two meetings in one readout, the second dated 'on the same day'; a planned visit is no meeting", () => {
    const { meetings } = extract("two-meetings-planned-visit.txt");
    expect(meetings.map((m) => m.id)).toEqual([
      "2024-07-25-wang-yi-antony-blinken",
      "2024-07-25-wang-yi-sergey-lavrov",
    ]);
    const lavrov = meetings[1]!;
    expect(speaker(lavrov, "Lavrov said he would visit Beijing next month")).toBe("sergey-lavrov");
    expect(speaker(lavrov, "The two ministers also discussed")).toBe("joint");
    expect(lavrov.topics).toEqual(expect.arrayContaining(["sco", "korean-peninsula"]));
    expect(meetings[0]!.topics).toContain("taiwan");
  });
});

describe("more house styles (adv-* fixtures)", () => {
  it("a White House call readout: 'spoke today with', 'The President', attendees who joined the call", () => {
    const { meetings, readouts } = extract("adv-whitehouse-biden-xi.txt");
    const m = meetings[0]!;
    expect(m).toMatchObject({
      id: "2023-06-12-xi-jinping-joe-biden",
      format: "phone",
      counterpart: "united-states",
    });
    expect(m.sides[1]!.attendees).toEqual(["jake-sullivan", "antony-blinken"]);
    expect(speaker(m, "The President raised continued concerns")).toBe("joe-biden");
    expect(speaker(m, "The leaders discussed the importance")).toBe("joint");
    expect(readouts[0]).toMatchObject({ publisher: "The White House", perspective: "counterpart" });
    expect(readouts[0]!.text).not.toMatch(/Briefing Room|###/);
  });

  it("a Kremlin page: place line, delegations listed by side, transcript labels with a title before the name", () => {
    const { meetings, readouts } = extract("adv-kremlin-talks.txt");
    const m = meetings[0]!;
    expect(m.location).toMatchObject({ venue: "Kremlin", city: "Moscow" });
    expect(m.sides.find((s) => s.party === "russia")?.attendees).toEqual(
      expect.arrayContaining(["sergey-lavrov", "yuri-ushakov"]),
    );
    expect(m.sides.find((s) => s.party === "china")?.attendees).toEqual(
      expect.arrayContaining(["ding-xuexiang", "wang-yi"]),
    );
    expect(speaker(m, "I am glad to visit Russia again")).toBe("xi-jinping");
    expect(speaker(m, "The sides discussed prospects")).toBe("joint");
    expect(m.topics).toEqual(expect.arrayContaining(["korean-peninsula", "syria"]));
    expect(readouts[0]!.publisher).toBe("President of Russia (Kremlin)");
  });

  it("a wire story: a meeting told as 'told visiting …', an outside analyst is no participant", () => {
    const { meetings } = extract("adv-reuters-wire.txt");
    const m = meetings[0]!;
    expect(m.id).toBe("2023-11-15-li-qiang-anthony-albanese");
    // The dateline's city ("BEIJING, Nov 15 (Reuters) -", the visitor's talks in China); "Nanjing
    // University" is not a place of the meeting.
    expect(m.location).toEqual({ city: "Beijing", country: "China" });
    expect(speaker(m, "is willing")).toBe("li-qiang");
    expect(speaker(m, "a professor of international relations")).toBe("narrator");
    expect(speaker(m, "It's a signal to the region")).toBe("narrator");
    expect(speaker(m, "We've had a very constructive discussion")).toBe("anthony-albanese");
  });

  it("an unseen counterpart called 'the Kenyan leader' and by surname; a principal's act is his", () => {
    const { meetings } = extract("adv-kenyan-president.txt");
    const m = meetings[0]!;
    expect(speaker(m, "The Kenyan leader said")).toBe("daniel-mwangaza");
    expect(speaker(m, "Mwangaza noted")).toBe("daniel-mwangaza");
    expect(speaker(m, "Xi Jinping accepted the invitation")).toBe("xi-jinping");
    expect(m.statements.some((s) => s.speaker === "william-ruto")).toBe(false);
  });

  it("known people called by family name alone; a weekday against a 'Published:' stamp", () => {
    const { meetings } = extract("adv-tuesday-published-stamp.txt");
    const m = meetings[0]!;
    expect(m.date).toBe("2023-11-14");
    expect(speaker(m, "Han said China and Singapore")).toBe("han-zheng");
    expect(speaker(m, "Wong said Singapore hopes")).toBe("lawrence-wong");
  });

  it("'Sun Weidong' is a name, not Sunday; two meetings on one day", () => {
    const { meetings } = extract("adv-two-meetings-future-summit.txt");
    expect(meetings.map((m) => m.id).sort()).toEqual([
      "2023-06-27-li-qiang-chris-hipkins",
      "2023-06-27-li-qiang-lee-hsien-loong",
    ]);
  });

  it("an embassy repost: furniture and the dateline stay out of statements", () => {
    const { meetings } = extract("adv-embassy-xinhua-repost.txt");
    const texts = meetings[0]!.statements.map((s) => s.text);
    expect(texts.some((t) => /Font size|Share to|Suggest To A Friend|BEIJING, Oct/.test(t))).toBe(false);
    expect(meetings[0]!.date).toBe("2019-10-08");
  });

  it("warns when the text is cut off mid-sentence", () => {
    const raw = readFileSync(new URL("../../fixtures/readouts/adv-cut-off.txt", import.meta.url), "utf8");
    expect(buildDataset([{ id: "cut", raw }]).warnings.join("\n")).toMatch(/cut off mid-sentence/);
  });
});

describe("more house styles, second round (adv2-* fixtures)", () => {
  it("a briefing on another call is no meeting; its sentences stay with the real one", () => {
    const { meetings } = extract("adv2-third-party-call.txt");
    expect(meetings.map((m) => m.id)).toEqual(["2024-02-27-xi-jinping-emmanuel-macron"]);
    expect(meetings[0]!.topics).toEqual(expect.arrayContaining(["ukraine", "climate-change"]));
    expect(speaker(meetings[0]!, "He briefed Xi Jinping on his telephone conversation")).toBe(
      "emmanuel-macron",
    );
  });

  it("a MOFA readout: family name first in capitals, numbered headings and points", () => {
    const { meetings } = extract("adv2-mofa-japan.txt");
    const m = meetings[0]!;
    expect(m.id).toBe("2023-09-09-xi-jinping-fumio-kishida");
    expect(
      m.statements.some((s) =>
        /^(?:\d\.\s*)?(?:Overview|Bilateral relations|Regional situation)$/.test(s.text),
      ),
    ).toBe(false);
    expect(speaker(m, "(3) The two leaders concurred")).toBe("joint");
    expect(speaker(m, "In response, President Xi stated")).toBe("xi-jinping");
  });

  it("an MEA readout: bare 'Prime Minister' opens a sentence; numbering is no statement", () => {
    const { meetings } = extract("adv2-mea-numbered.txt");
    const m = meetings[0]!;
    expect(speaker(m, "Prime Minister underlined that peace and tranquillity")).toBe("narendra-modi");
    expect(speaker(m, "He also raised the concerns of Indian industry")).toBe("narendra-modi");
    expect(m.statements.some((s) => /^\d+\.$/.test(s.text))).toBe(false);
    expect(m.location?.city).toBe("Astana");
  });

  it("a foreign ministry readout: 'the Russian side' speaks as Russia's principal", () => {
    const { meetings } = extract("adv2-mid-moscow.txt");
    expect(speaker(meetings[0]!, "The Russian side expressed its gratitude")).toBe("sergey-lavrov");
  });

  it("a short UN note dated by its 'New York, 24 April 2024' line", () => {
    const { meetings } = extract("adv2-un-short.txt");
    expect(meetings[0]).toMatchObject({
      id: "2024-04-24-wang-yi-antonio-guterres",
      location: { city: "New York" },
    });
  });

  it("Xinhua: a metadata bar gives the publication date; 'here' is the dateline's city", () => {
    const { meetings, readouts } = extract("adv2-xinhua-allcaps.txt");
    expect(readouts[0]!.publishedOn).toBe("2024-03-13");
    expect(meetings[0]).toMatchObject({
      date: "2024-03-12",
      location: { city: "Abuja", country: "Nigeria" },
    });
  });
});

describe("input the pipeline cannot use", () => {
  it.each([
    ["an empty file", "   \n", /empty/],
    ["a binary file", "\u0000\u0001PK\u0003\u0004binary", /binary/],
    ["text with no meeting", "The weather in the capital was fine today. Markets rose.", /no meeting found/],
    [
      "a meeting with no date",
      "Chinese President Xi Jinping met with Russian President Vladimir Putin.",
      /no date/,
    ],
  ])("rejects %s with a message that says what to supply", (_label, raw, message) => {
    const result = buildDataset([{ id: "bad", raw }]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(result.errors[0]).toMatch(/^bad: /);
  });

  it("keeps the good readouts when one is bad", () => {
    const good =
      "On May 2, 2019, Chinese President Xi Jinping met with Russian President Vladimir Putin in Beijing.";
    const result = buildDataset([
      { id: "bad", raw: "" },
      { id: "good", raw: good },
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.dataset.meetings.map((m) => m.id)).toEqual(["2019-05-02-xi-jinping-vladimir-putin"]);
  });

  it("uses a caller-supplied publication date for a text without one", () => {
    const result = buildDataset([
      {
        id: "x",
        raw: "Chinese President Xi Jinping met with Russian President Vladimir Putin on Friday.",
        publishedOn: "2019-05-04",
      },
    ]);
    expect(result.dataset.meetings[0]?.date).toBe("2019-05-03");
  });
});
