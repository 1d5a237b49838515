// Made-up readouts: the visitor's trip told by the publisher ("X, invited by Y, is paying a two-day
// visit …", "Before his China tour, X visited …") is narration, also inside that visitor's paragraph.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

describe("the visitor's trip, told by the publisher", () => {
  it("'is paying a visit', with an appositive before the verb, is narration", () => {
    const raw = [
      "Chinese Foreign Minister Wang Yi and Estonian Foreign Minister Mart Kaljuste held talks in Beijing on Wednesday. Kaljuste, invited by Wang, is paying a three-day visit to China beginning Tuesday.",
      "Wang said China is ready to deepen trade with Estonia.",
      "Kaljuste is making his first trip to Asia as foreign minister.",
    ].join("\n\n");
    const meetings = meetingsOf(raw, "2024-05-08");
    expect(speakerIn(meetings, "is paying a three-day visit")).toBe("narrator");
    expect(speakerIn(meetings, "is making his first trip")).toBe("narrator");
  });

  it("a time opener before the visitor's earlier stops, inside his paragraph, is narration", () => {
    const raw = [
      "Chinese Foreign Minister Wang Yi and Estonian Foreign Minister Mart Kaljuste held talks in Beijing on Wednesday.",
      "Kaljuste said Estonia values its ties with China. Before his China tour, Kaljuste visited Vietnam and Laos.",
      "Wang said China is ready to deepen trade with Estonia. After the talks, Wang said the two countries would sign a visa agreement.",
    ].join("\n\n");
    const meetings = meetingsOf(raw, "2024-05-08");
    expect(speakerIn(meetings, "visited Vietnam and Laos")).toBe("narrator");
    expect(speakerIn(meetings, "would sign a visa agreement")).toBe("wang-yi");
  });
});
