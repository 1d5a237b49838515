import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  accountComparands,
  alignTopics,
  compareParticipants,
  countBySide,
  firstAppearance,
  meetingComparand,
  sideOf,
  topicChange,
  type TopicRow,
} from "../../../src/domain/compare";
import { parseDataset } from "../../../src/domain/parse-dataset";
import type { Meeting, Statement } from "../../../src/domain/schema";

const sample = parseDataset(
  readFileSync(new URL("../../fixtures/dataset.sample.json", import.meta.url), "utf8"),
);

let counter = 0;
function said(party: string, topics: string[], text = `statement ${++counter}`, readoutId = "r1"): Statement {
  const speaker =
    party === "china" ? "xi-jinping" : party === "joint" || party === "narrator" ? party : "vladimir-putin";
  return { id: `s${++counter}`, readoutId, speaker, party, topics, text, span: [0, text.length] };
}

function meeting(
  id: string,
  date: string,
  topics: string[],
  statements: Statement[],
  attendees: string[] = [],
): Meeting {
  return {
    id,
    date,
    format: "in-person",
    counterpart: "russia",
    sides: [
      { party: "china", principal: "xi-jinping", attendees },
      { party: "russia", principal: "vladimir-putin", attendees: [] },
    ],
    topics,
    statements,
    readoutIds: [...new Set(statements.map((s) => s.readoutId))],
    provenance: {
      date: { source: "curated", note: "test" },
      format: { source: "curated", note: "test" },
      location: { source: "curated", note: "test" },
    },
  };
}

const summary = (rows: TopicRow[]) => rows.map((r) => [r.topic, r.presence]);
const texts = (statements: Statement[]) => statements.map((s) => s.text);

describe("sideOf", () => {
  it("splits statements into China, counterpart and joint, and gives narration no side", () => {
    expect(sideOf({ party: "china" })).toBe("china");
    expect(sideOf({ party: "russia" })).toBe("counterpart");
    expect(sideOf({ party: "united-nations" })).toBe("counterpart");
    expect(sideOf({ party: "joint" })).toBe("joint");
    expect(sideOf({ party: "narrator" })).toBeUndefined();
  });
});

describe("alignTopics between two meetings", () => {
  const earlier = meeting(
    "2022-12-30-a",
    "2022-12-30",
    ["ukraine", "brics", "trade"],
    [
      said("china", ["ukraine"], "Xi on Ukraine, 2022"),
      said("russia", ["brics"], "Putin on BRICS"),
      said("joint", ["trade"], "Both on trade"),
      said("narrator", ["ukraine"], "The publisher narrates Ukraine"),
    ],
  );
  const later = meeting(
    "2024-05-16-b",
    "2024-05-16",
    ["energy", "ukraine", "trade"],
    [
      said("russia", ["energy", "ukraine"], "Putin on energy and Ukraine"),
      said("china", ["ukraine"], "Xi on Ukraine, 2024"),
    ],
  );

  it("puts topics both raised first, then only-in-A, then only-in-B", () => {
    const rows = alignTopics(meetingComparand(earlier), meetingComparand(later));
    expect(summary(rows)).toEqual([
      ["ukraine", "both"],
      ["trade", "both"],
      ["brics", "only-a"],
      ["energy", "only-b"],
    ]);
  });

  it("holds each meeting's statements on the row's topic, split by side, narration left out", () => {
    const ukraine = alignTopics(meetingComparand(earlier), meetingComparand(later))[0]!;
    expect(texts(ukraine.a.china)).toEqual(["Xi on Ukraine, 2022"]);
    expect(texts(ukraine.b.china)).toEqual(["Xi on Ukraine, 2024"]);
    expect(texts(ukraine.b.counterpart)).toEqual(["Putin on energy and Ukraine"]);
    expect(ukraine.a.joint).toEqual([]);
    expect(
      [...ukraine.a.china, ...ukraine.a.counterpart, ...ukraine.a.joint].map((s) => s.text),
    ).not.toContain("The publisher narrates Ukraine");
  });

  it("shows a statement on two topics in both rows", () => {
    const rows = alignTopics(meetingComparand(earlier), meetingComparand(later));
    const energy = rows.find((r) => r.topic === "energy")!;
    expect(texts(energy.b.counterpart)).toEqual(["Putin on energy and Ukraine"]);
    expect(energy.a).toEqual({ china: [], counterpart: [], joint: [] });
  });

  it("keeps a topic a meeting lists even when no statement on it names a side", () => {
    const listed = meeting("m1", "2020-01-01", ["climate-change"], [said("narrator", ["climate-change"])]);
    const other = meeting("m2", "2021-01-01", [], []);
    expect(summary(alignTopics(meetingComparand(listed), meetingComparand(other)))).toEqual([
      ["climate-change", "only-a"],
    ]);
  });

  it("adds a last row for statements tagged with no topic", () => {
    const a = meeting(
      "m1",
      "2020-01-01",
      ["trade"],
      [said("china", ["trade"]), said("russia", [], "Untagged remark")],
    );
    const b = meeting("m2", "2021-01-01", ["trade"], [said("china", ["trade"])]);
    const rows = alignTopics(meetingComparand(a), meetingComparand(b));
    expect(summary(rows)).toEqual([
      ["trade", "both"],
      [null, "only-a"],
    ]);
    expect(texts(rows[1]!.a.counterpart)).toEqual(["Untagged remark"]);
  });

  it("orders rows by the first column, so swapping the columns swaps only-in-A and only-in-B", () => {
    const rows = alignTopics(meetingComparand(later), meetingComparand(earlier));
    expect(summary(rows)).toEqual([
      ["ukraine", "both"],
      ["trade", "both"],
      ["energy", "only-a"],
      ["brics", "only-b"],
    ]);
  });
});

describe("firstAppearance", () => {
  it("names the first row each statement appears in, per column", () => {
    const both = said("china", ["trade", "energy"], "On trade and energy");
    const a = meeting("a", "2020-01-01", ["energy", "trade"], [both]);
    const b = meeting("b", "2021-01-01", ["trade"], [said("china", ["trade"], "On trade")]);
    const rows = alignTopics(meetingComparand(a), meetingComparand(b));
    expect(summary(rows)).toEqual([
      ["trade", "both"],
      ["energy", "only-a"],
    ]);
    const first = firstAppearance(rows);
    expect(first.a.get(both.id)).toBe("trade");
    expect(first.b.size).toBe(1);
  });
});

describe("topicChange", () => {
  const a = meeting("2013", "2013-06-19", ["multilateralism", "climate-change", "syria"], []);
  const b = meeting("2014", "2014-02-07", ["multilateralism", "olympics"], []);

  it("reports kept, added and dropped going forward in time", () => {
    const rows = alignTopics(meetingComparand(a), meetingComparand(b));
    expect(topicChange(rows, a.date, b.date)).toEqual({
      kept: ["multilateralism"],
      added: ["olympics"],
      dropped: ["climate-change", "syria"],
    });
  });

  it("does not flip added and dropped when the later meeting is in the first column", () => {
    const rows = alignTopics(meetingComparand(b), meetingComparand(a));
    expect(topicChange(rows, b.date, a.date)).toEqual({
      kept: ["multilateralism"],
      added: ["olympics"],
      dropped: ["climate-change", "syria"],
    });
  });

  it("has nothing to say about change between two accounts of one day", () => {
    expect(
      topicChange(alignTopics(meetingComparand(a), meetingComparand(a)), a.date, a.date),
    ).toBeUndefined();
  });
});

describe("compareParticipants", () => {
  it("lists who took part in both meetings and who in one only", () => {
    const a = meeting("a", "2023-01-01", [], [], ["wang-yi"]);
    const b = meeting("b", "2024-01-01", [], [], ["wang-yi", "cai-qi"]);
    b.sides[1]!.attendees.push("sergey-lavrov");
    expect(compareParticipants(a, b)).toEqual({
      both: ["xi-jinping", "vladimir-putin", "wang-yi"],
      onlyA: [],
      onlyB: ["cai-qi", "sergey-lavrov"],
    });
  });
});

describe("two accounts of one meeting (sample fixture: a Chinese and a Kremlin readout)", () => {
  const moscow = sample.meetings.find((m) => m.id === "2023-06-05-xi-jinping-vladimir-putin")!;
  const [chinese, kremlin] = accountComparands(moscow);

  it("makes one column per readout, each with only its own statements of position", () => {
    expect(chinese!.key).toBe("sample-ru-2023-cn");
    expect(kremlin!.key).toBe("sample-ru-2023-ru");
    expect(
      chinese!.statements.every((s) => s.readoutId === "sample-ru-2023-cn" && s.party !== "narrator"),
    ).toBe(true);
    expect(kremlin!.statements.every((s) => s.readoutId === "sample-ru-2023-ru")).toBe(true);
  });

  it("aligns topics both accounts mention and marks those only one mentions", () => {
    expect(summary(alignTopics(chinese!, kremlin!))).toEqual([
      ["ukraine", "both"],
      ["international-order", "both"],
      ["brics", "only-a"],
      ["multipolarity", "only-b"],
    ]);
  });

  it("shows which statements each account attributes to each side", () => {
    const ukraine = alignTopics(chinese!, kremlin!)[0]!;
    expect(texts(ukraine.a.china)).toEqual([
      "Xi Jinping stressed that dialogue is the only way out of the Ukraine crisis and that international fairness and justice must be upheld.",
    ]);
    expect(texts(ukraine.b.china)).toEqual([
      "Xi Jinping said China would continue its efforts for peace in Ukraine.",
    ]);
    expect(countBySide(chinese!)).toEqual({ china: 1, counterpart: 1, joint: 0 });
    expect(countBySide(kremlin!)).toEqual({ china: 1, counterpart: 1, joint: 0 });
  });

  it("counts topics only narrated as mentioned by that account", () => {
    const m = meeting(
      "m",
      "2020-01-01",
      ["syria"],
      [said("narrator", ["syria"], "They discussed Syria.", "cn"), said("china", [], "x", "ru")],
    );
    const [cn, ru] = accountComparands(m);
    expect(summary(alignTopics(cn!, ru!))).toEqual([
      ["syria", "only-a"],
      [null, "only-b"],
    ]);
  });
});
