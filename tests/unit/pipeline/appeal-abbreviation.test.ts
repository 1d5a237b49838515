// Made-up readouts: a verb of appeal whose object holds an abbreviation ("called on the U.S. side
// to …") is still a saying verb with its infinitive; the stops of "U.S." end no clause.
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

const speakerOf = (raw: string, fragment: string) => speakerIn(meetingsOf(raw), fragment);

describe("a verb of appeal over an abbreviation", () => {
  it("gives 'X on Tuesday called on the U.S. Congress to …' to X", () => {
    const raw = [
      "BEIJING, May 8, 2018 (Xinhua) -- Chinese Premier Li Keqiang on Tuesday called on the U.S. Congress to keep the ties on a steady course.",
      "Li made the remarks while meeting with U.S. Senator Arlo Penwick in Beijing.",
      "Penwick said the senators valued the dialogue.",
    ].join("\n\n");
    expect(speakerOf(raw, "called on the U.S. Congress")).toBe("li-keqiang");
  });
  it("still reads 'called on Mr. B' with no infinitive as a visit, not speech", () => {
    const raw = [
      "On May 8, 2018, Chinese Premier Li Keqiang met with U.S. Senator Arlo Penwick in Beijing.",
      "Li said the two countries should talk more.",
      "Later Penwick called on the U.S. Embassy. He then left for Shanghai.",
    ].join("\n\n");
    expect(speakerOf(raw, "called on the U.S. Embassy")).toBe("narrator");
  });
});
