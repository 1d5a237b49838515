import { describe, expect, it } from "vitest";
import type { NameIndex } from "../../../src/domain/dataset-index";
import { laneRanks } from "../../../src/domain/lane-order";
import type { Actor } from "../../../src/domain/schema";

const party = (id: string, name: string): Actor => ({
  id,
  name,
  kind: "country",
  party: id,
  aliases: [],
  roles: [],
});
const index: NameIndex = {
  actors: new Map(
    [party("austria", "Austria"), party("brazil", "Brazil"), party("chile", "Chile")].map((a) => [a.id, a]),
  ),
  topics: new Map(),
};
const meetings = (...counterparts: string[]) => counterparts.map((counterpart) => ({ counterpart }));

describe("laneRanks", () => {
  it("ranks the busiest counterpart first and breaks ties by name", () => {
    const ranks = laneRanks(meetings("chile", "brazil", "chile", "austria"), index);
    expect([...ranks]).toEqual([
      ["chile", 0],
      ["austria", 1],
      ["brazil", 2],
    ]);
  });

  it("does not depend on the order the meetings come in", () => {
    const list = meetings("brazil", "chile", "brazil", "austria", "chile", "chile");
    expect([...laneRanks(list, index)]).toEqual([...laneRanks([...list].reverse(), index)]);
  });

  it("gives nothing for no meetings", () => {
    expect(laneRanks([], index).size).toBe(0);
  });
});
