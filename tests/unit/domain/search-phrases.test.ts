// Quoted phrases in a search (issue 13): "…" matches those words exactly, in that order, folded
// for case, accents and hyphens, never by prefix or typo; loose words beside it still narrow it.
// Statements made up.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/domain/search";
import { madeUpMeeting } from "../../fixtures/made-up-meetings";

const said: Record<string, string> = {
  a: "Freedonia upholds the open harbour policy of mutual gain.",
  b: "Mutual gain comes from an open harbour.",
  c: "The Open-Harbour Policy stands, Firefly said.",
  d: "Both sides value the Côte Verte corridor.",
  e: "Freedonia seeks lasting fairness. And justice is slow, Firefly said.",
  f: "The U.S. and Freedonia spoke of fairness and justice.",
};
const meetings = Object.entries(said).map(([id, text]) =>
  madeUpMeeting(id, "2021-01-01", [["freedonia", text]]),
);
const index = buildSearchIndex({
  meetings,
  readouts: meetings.map((m) => ({ id: m.readoutIds[0]!, title: "", text: m.statements[0]!.text })),
});
const found = (query: string) => [...(index.search(query)?.meetingIds ?? [])].sort();

describe("quoted phrases in a search", () => {
  it("match the words in that order only", () => {
    expect(found('"open harbour policy"')).toEqual(["a", "c"]);
    expect(found("open harbour policy")).toEqual(["a", "c"]);
    expect(found('"open harbour"')).toEqual(["a", "b", "c"]);
    expect(found('"harbour open"')).toEqual([]);
    expect(found('"policy of mutual gain"')).toEqual(["a"]);
  });

  it("never span a sentence end, while an abbreviation's point is not one", () => {
    expect(found('"fairness and justice"')).toEqual(["f"]);
    expect(found("fairness justice")).toEqual(["e", "f"]);
    expect(found('"u.s. and freedonia"')).toEqual(["f"]);
  });

  it("fold case, accents and hyphens, in straight or curly quotes", () => {
    expect(found("“OPEN HARBOUR POLICY”")).toEqual(["a", "c"]);
    expect(found('"cote verte corridor"')).toEqual(["d"]);
    expect(found("„Côte-Verte“")).toEqual(["d"]);
  });

  it("are never completed or corrected, unlike loose words", () => {
    expect(found("harbor")).toEqual(["a", "b", "c"]);
    expect(found('"open harbor"')).toEqual([]);
    expect(found('"open harb"')).toEqual([]);
  });

  it("combine with loose words, and mark the whole phrase", () => {
    expect(found('"open harbour" mutual')).toEqual(["a", "b"]);
    const result = index.search('"open harbour policy" freedonia');
    expect([...result!.meetingIds]).toEqual(["a"]);
    expect(result!.terms).toContain("open harbour policy");
    expect(index.excerpt("a", result!.terms)?.text).toMatch(/open harbour policy/);
  });
});
