// The publisher-voice rules on hand-built inputs (the pipeline run of each is in attribution-rules.test.ts).
import { describe, expect, it } from "vitest";
import { JOINT, NARRATOR } from "../../../src/domain/schema";
import {
  background,
  citedAsSaying,
  obligationContinues,
} from "../../../src/pipeline/attribution/publisher-voice";
import type { RuleInput } from "../../../src/pipeline/attribution/rule-input";
import { initialState, type TrackerState } from "../../../src/pipeline/attribution/state";
import type { Reference } from "../../../src/pipeline/references";
import type { Sentence } from "../../../src/pipeline/types";

/** A rule input for one sentence at offset 0; `people` are found by surface. */
function input(
  text: string,
  options: {
    newParagraph?: boolean;
    state?: Partial<TrackerState>;
    people?: [surface: string, kind: Reference["kind"], actorId?: string][];
  } = {},
): RuleInput {
  const people: Reference[] = (options.people ?? []).map(([surface, kind, actorId]) => {
    const start = text.indexOf(surface);
    return { kind, start, end: start + surface.length, surface, ...(actorId ? { actorId } : {}) };
  });
  return {
    sentence: { text, span: [0, text.length], paragraph: 0 } as unknown as Sentence,
    text,
    refs: people,
    people,
    newParagraph: options.newParagraph ?? false,
    attendance: false,
    principals: new Set(["ana-lorn", "bel-vosk"]),
    state: { ...initialState(), ...options.state },
    rel: (ref) => ({ start: ref.start, end: ref.end }),
  };
}

describe("citedAsSaying", () => {
  it.each([
    ["State media cited Ana Lorn as saying the talks went well.", "Ana Lorn"],
    ["The agency quoted Ana Lorn as telling the delegates to hurry.", "Ana Lorn"],
    ['"Ties are strong," state broadcaster CCTV reported Ana Lorn as telling her guest.', "Ana Lorn"],
    ["Ana Lorn was quoted by the state broadcaster as saying that ties are strong.", "Ana Lorn"],
    ["Ana Lorn was also cited as saying the talks went well.", "Ana Lorn"],
  ])("gives %s to the one cited", (text, surface) => {
    expect(citedAsSaying.decide(input(text, { people: [[surface, "name", "ana-lorn"]] }))).toEqual({
      speaker: "ana-lorn",
      verb: "said",
    });
  });

  it("resolves a cited pronoun to the last person named", () => {
    const decision = citedAsSaying.decide(
      input("The paper quoted him as saying the harbour would reopen.", {
        people: [["him", "pronoun"]],
        state: { lastPerson: "bel-vosk" },
      }),
    );
    expect(decision).toEqual({ speaker: "bel-vosk", verb: "said" });
  });

  it.each([
    ["no citing verb before the name", "Ana Lorn was seen as saying little."],
    ["no 'as saying' after the name", "State media cited Ana Lorn on the harbour."],
  ])("does not decide with %s", (_, text) => {
    expect(citedAsSaying.decide(input(text, { people: [["Ana Lorn", "name", "ana-lorn"]] }))).toBeUndefined();
  });

  it("does not decide for a pronoun with nobody named before", () => {
    expect(
      citedAsSaying.decide(input("The paper quoted him as saying so.", { people: [["him", "pronoun"]] })),
    ).toBeUndefined();
  });
});

describe("obligationContinues", () => {
  const inParagraph = { state: { lastSpeaker: "ana-lorn" } };

  it.each([
    "Both sides should deepen their trade in grain.",
    "The two countries ought to open more ferry routes.",
    "They must keep talking.",
  ])("keeps the paragraph's speaker for %s", (text) => {
    expect(obligationContinues.decide(input(text, inParagraph))).toEqual({ speaker: "ana-lorn" });
  });

  it("keeps the speaker of the paragraph before for a new paragraph (a page with every sentence on its own line)", () => {
    const next = { ...inParagraph, newParagraph: true };
    expect(obligationContinues.decide(input("Both sides should deepen ties.", next))).toEqual({
      speaker: "ana-lorn",
    });
  });

  it.each([
    ["the narrator as last speaker", "Both sides should deepen ties.", { state: { lastSpeaker: NARRATOR } }],
    ["a joint last speaker", "Both sides should deepen ties.", { state: { lastSpeaker: JOINT } }],
    ["no obligation after the subject", "Both sides agreed to deepen ties.", inParagraph],
    ["no joint subject", "Ferries should run more often.", inParagraph],
  ])("does not decide with %s", (_, text, options) => {
    expect(obligationContinues.decide(input(text, options))).toBeUndefined();
  });
});

describe("background", () => {
  it.each([
    "Relations have been strained since the border dispute.",
    "The two countries established diplomatic relations in 1971.",
    "Analysts expect little from the visit.",
  ])("gives the new paragraph %s to the publisher", (text) => {
    expect(background.decide(input(text, { newParagraph: true }))).toEqual({ speaker: NARRATOR });
  });

  it.each([
    ["inside a paragraph", "Relations have been strained since the border dispute.", false],
    ["with a saying verb", "Ana Lorn said relations have been strained since the dispute.", true],
    ["in a position's voice", "We hope relations, strained since the dispute, will mend.", true],
    ["without background words", "The harbour reopened on Tuesday.", true],
  ])("does not decide %s", (_, text, newParagraph) => {
    expect(background.decide(input(text, { newParagraph }))).toBeUndefined();
  });
});
