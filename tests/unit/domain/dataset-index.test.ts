import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  actorName,
  buildDatasetIndex,
  meetingTitle,
  orderedSides,
  partyName,
  roleOn,
  topicLabel,
} from "../../../src/domain/dataset-index";
import { parseDataset } from "../../../src/domain/parse-dataset";

const dataset = parseDataset(readFileSync("tests/fixtures/dataset.sample.json", "utf8"));
const index = buildDatasetIndex(dataset);
const meeting = (id: string) => index.meetings.get(id)!;

describe("buildDatasetIndex", () => {
  it("resolves ids of actors, topics, readouts and meetings", () => {
    expect(index.actors.get("xi-jinping")?.name).toBe("Xi Jinping");
    expect(index.topics.get("ukraine")?.label).toBe("Ukraine crisis");
    expect(index.readouts.get("sample-ru-2023-ru")?.publisher).toBe("Kremlin (test fixture)");
    expect(index.meetings.get("2021-03-03-xi-jinping-vladimir-putin")?.format).toBe("video");
  });

  it("lists each readout's statements in text order with their meeting", () => {
    const refs = index.statementsByReadout.get("sample-un-2013")!;
    expect(refs.map((r) => r.statement.id)).toEqual([
      "sample-un-2013-s1",
      "sample-un-2013-s2",
      "sample-un-2013-s3",
    ]);
    expect(refs[0]!.meetingId).toBe("2013-06-19-xi-jinping-ban-ki-moon");
  });

  it("knows which ids a URL may name", () => {
    expect([...index.knownIds.parties].sort()).toEqual(["russia", "united-nations"]);
    expect([...index.knownIds.principals!]).toEqual(["xi-jinping"]);
    expect([...index.knownIds.counterpartPrincipals!].sort()).toEqual(["ban-ki-moon", "vladimir-putin"]);
    expect(index.knownIds.meetings.has("2013-06-19-xi-jinping-ban-ki-moon")).toBe(true);
    expect(index.knownIds.readouts.has("sample-un-2013")).toBe(true);
    expect(index.knownIds.topics.has("brics")).toBe(true);
  });
});

describe("names", () => {
  it("names actors, parties, pseudo-speakers and topics, falling back to the slug", () => {
    expect(actorName(index, "ban-ki-moon")).toBe("Ban Ki-moon");
    expect(actorName(index, "joint")).toBe("Both sides");
    expect(actorName(index, "narrator")).toBe("Narration");
    expect(partyName(index, "united-nations")).toBe("United Nations");
    expect(partyName(index, "european-union")).toBe("European Union");
    expect(topicLabel(index, "climate-change")).toBe("Climate change");
    expect(topicLabel(index, "arctic-shipping")).toBe("Arctic Shipping");
  });

  it("titles a meeting with both principals, the Chinese side first", () => {
    expect(meetingTitle(index, meeting("2013-06-19-xi-jinping-ban-ki-moon"))).toBe(
      "Xi Jinping – Ban Ki-moon",
    );
    const reversed = { ...meeting("2013-06-19-xi-jinping-ban-ki-moon") };
    reversed.sides = [...reversed.sides].reverse();
    expect(orderedSides(reversed)[0]!.party).toBe("china");
  });

  it("gives an actor's role on the meeting day", () => {
    const wang = index.actors.get("wang-yi");
    expect(roleOn(wang, "2023-06-05")).toBe("Foreign Minister");
    expect(roleOn(index.actors.get("ban-ki-moon"), "2013-06-19")).toBe("UN Secretary-General");
    expect(roleOn(index.actors.get("china"), "2013-06-19")).toBeUndefined();
  });
});
