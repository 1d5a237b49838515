import { describe, expect, it } from "vitest";
import { actorIdsNamedBy, topicIdsNamedBy } from "../../../src/domain/named-ids";
import type { Meeting, Statement } from "../../../src/domain/schema";

const statement = (speaker: string, party: string, topics: string[]): Statement => ({
  id: `r-${speaker}`,
  readoutId: "r",
  speaker,
  party,
  topics,
  text: "Made-up words.",
  span: [0, 14],
});

const meeting = (over: Partial<Meeting>): Meeting => ({
  id: "2020-01-01-a-b",
  date: "2020-01-01",
  format: "in-person",
  counterpart: "freedonia",
  sides: [],
  topics: [],
  statements: [],
  readoutIds: ["r"],
  provenance: {
    date: { source: "curated", note: "made up" },
    format: { source: "curated", note: "made up" },
    location: { source: "curated", note: "made up" },
  },
  ...over,
});

describe("actorIdsNamedBy", () => {
  it("collects counterparts, parties, principals, attendees and speakers, without joint and narrator", () => {
    const ids = actorIdsNamedBy([
      meeting({
        sides: [
          { party: "china", principal: "li-one", attendees: ["li-two"] },
          { party: "freedonia", principal: "fred-one", attendees: [] },
        ],
        statements: [
          statement("li-one", "china", []),
          statement("joint", "joint", []),
          statement("narrator", "narrator", []),
          statement("aide-three", "freedonia", []),
        ],
      }),
      meeting({ counterpart: "sylvania", sides: [] }),
    ]);
    expect([...ids].sort()).toEqual(
      ["aide-three", "china", "freedonia", "fred-one", "li-one", "li-two", "sylvania"].sort(),
    );
  });

  it("is empty for no meetings", () => {
    expect(actorIdsNamedBy([]).size).toBe(0);
  });
});

describe("topicIdsNamedBy", () => {
  it("collects the meetings' topics and their statements' topics, once each", () => {
    const ids = topicIdsNamedBy([
      meeting({ topics: ["trade"], statements: [statement("x", "china", ["fisheries", "trade"])] }),
      meeting({ topics: ["rivers"] }),
    ]);
    expect([...ids].sort()).toEqual(["fisheries", "rivers", "trade"]);
  });
});
