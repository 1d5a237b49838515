// Press stories tell the leaders' programme and what they are expected to do: that is the
// publisher's narration, not a joint act and not the last speaker's words. Made-up readouts in the
// style of wire copy (several sentences in one paragraph, as pages are often flattened).
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { statementWith } from "./helpers";

const OPENING =
  "WUHAN, June 1, 2023 - Chinese President Xi Jinping and Indian Prime Minister Raman Velkar on Friday met for an informal summit in Wuhan.\n\n";

function explain(body: string): (fragment: string) => string {
  const find = statementWith(OPENING + body);
  return (fragment) => find(fragment).speaker;
}

describe("the leaders' programme and the publisher's expectations", () => {
  it("reads what the two 'will use the visit to' do as the visit's programme", () => {
    const who = explain(
      "Velkar said the talks were candid.\n\nPresidents Velkar and Xi will use the state visit to engage in talks and review their trade plan.",
    );
    expect(who("will use the state visit")).toBe("narrator");
  });
  it("reads the day's programme after a speaker as narration", () => {
    const who = explain(
      "Velkar said the talks were candid. The two leaders will begin their day on Saturday with a walk along the lake. " +
        "They will also attend a tea ceremony. The two leaders will have one-on-one dinner at a guest house by the lake. " +
        "They will resume their interaction tomorrow with a boat ride.",
    );
    for (const fragment of [
      "begin their day",
      "attend a tea ceremony",
      "one-on-one dinner",
      "resume their interaction",
    ])
      expect(who(fragment), fragment).toBe("narrator");
  });

  it("reads what the two are expected to do as narration", () => {
    const who = explain(
      "Xi said the two countries should deepen trust. During their summit, the two leaders are expected to work out a consensus on the boundary.\n\n" +
        "Velkar was expected to urge Xi to open markets to Indian drugs.\n\n" +
        "The two leaders agreed to meet again next year. However, no agreement is likely to be signed during the informal talks.",
    );
    expect(who("work out a consensus")).toBe("narrator");
    expect(who("urge Xi to open markets")).toBe("narrator");
    expect(who("no agreement is likely")).toBe("narrator");
    expect(who("agreed to meet again")).toBe("joint");
  });

  it("reads a handshake before the talks as the scene, whatever the talks were to cover", () => {
    const who = explain(
      "There, the two shook hands before the talks, which were likely to focus on trade and the border.\n\n" +
        "The two leaders shook hands before the talks — their second meeting this year — which would focus on the border.",
    );
    expect(who("There, the two shook hands")).toBe("narrator");
    expect(who("their second meeting this year")).toBe("narrator");
  });

  it("keeps the two sides' commitments and a speaker's description of the ties", () => {
    const who = explain(
      "Xi said ties are sound. The two sides will strengthen coordination on trade. The two countries have enjoyed mutual trust.\n\n" +
        "The two leaders will work together to keep the border calm, Velkar said.",
    );
    expect(who("strengthen coordination")).not.toBe("narrator");
    expect(who("enjoyed mutual trust")).toBe("xi-jinping");
    expect(who("keep the border calm")).toBe("raman-velkar");
  });

  it("keeps a scene that holds a joint act joint", () => {
    const who = explain(
      "Sitting by the lake, the two leaders enjoyed the view and discussed the history of the city.\n\n" +
        "Xi and Velkar attended the signing of ten agreements on trade.\n\n" +
        "Sitting in the garden, Xi and Velkar enjoyed tea together, and had in-depth exchanges on the border.",
    );
    expect(who("discussed the history")).toBe("joint");
    expect(who("attended the signing")).toBe("joint");
    expect(who("enjoyed tea together")).toBe("joint");
  });
});

describe("the visitor's trip", () => {
  it("reads the visitor's stay and his delegation's arrival as narration, after his words", () => {
    const who = explain(
      "Velkar said the talks were candid. Velkar is in China for a two-day visit seen as a test of the thaw.\n\n" +
        "Velkar told Xi the border must stay calm.\n\n" +
        "Velkar and the delegation of business leaders travelling with him were screened for fever upon arrival.\n\n" +
        "Velkar thanked Xi for the welcome. Velkar and his delegation underwent health checks when they landed in Wuhan.\n\n" +
        "Velkar was on a four-day state visit to China at the time.",
    );
    for (const fragment of [
      "two-day visit",
      "screened for fever",
      "underwent health checks",
      "four-day state visit",
    ])
      expect(who(fragment), fragment).toBe("narrator");
  });

  it("keeps the visitor's words about his visit", () => {
    const who = explain("Velkar said he is in China for a visit of friendship.");
    expect(who("visit of friendship")).toBe("raman-velkar");
  });
});

describe("wire verbs of position", () => {
  it("reads a wire lead that tells the meeting with the leader's position as his", () => {
    const result = buildDataset([
      {
        id: "t",
        raw: "NEW DELHI, June 1, 2023 - Chinese President Xi Jinping touted the need for greater cooperation between China and India in times of turmoil during his first meeting with Indian Prime Minister Raman Velkar, with talks expected to focus on the border.",
      },
    ]);
    const [meeting] = result.dataset.meetings;
    expect(meeting!.statements[0]!.speaker).toBe("xi-jinping");
  });
});

describe("a first meeting", () => {
  it("does not take a dated first meeting recalled in passing as this one", () => {
    const result = buildDataset([
      {
        id: "t",
        raw: "On June 1, 2023, Xi Jinping met with Indian Prime Minister Raman Velkar in Wuhan.\n\nXi and Velkar first met in 2014. Velkar spoke of his first meeting with Premier Li Qiang in 2015.",
      },
    ]);
    expect(result.dataset.meetings.map((m) => m.id)).toEqual(["2023-06-01-xi-jinping-raman-velkar"]);
  });
});

describe("the host and the visiting leader as one subject", () => {
  it("reads 'X and visiting Y announced …' as joint", () => {
    const who = explain(
      "Xi said ties are sound.\n\nPresident Xi Jinping and visiting Indian Prime Minister Raman Velkar announced the upgrade of ties to a strategic partnership.",
    );
    expect(who("announced the upgrade")).toBe("joint");
  });
});
