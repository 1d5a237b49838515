// The quotation-tag pass on tags the rules read as a plain saying subject: a tag with more after
// its verb ('…," the minister said before the talks.') and a bare tag as its own sentence ('…’ He
// added.'). Made-up readouts.
import { describe, expect, it } from "vitest";
import { statementWith } from "./helpers";

const OPENING =
  "On June 1, 2023, Chinese President Xi Jinping met with Russian President Vladimir Putin in Beijing.\n\n";

function speakers(body: string): (fragment: string) => string {
  const find = statementWith(OPENING + body);
  return (fragment) => find(fragment).speaker;
}

describe("a quotation's tag names its speaker from its first sentence", () => {
  it("when the tag goes on after its verb", () => {
    const who = speakers(
      [
        "The talks were held in the Great Hall of the People.",
        "“It is good to see an old friend again. Our two countries share a long border,” the Chinese president said before the talks began behind closed doors.",
      ].join("\n\n"),
    );
    expect(who("It is good to see an old friend")).toBe("xi-jinping");
    expect(who("Our two countries share")).toBe("xi-jinping");
  });

  it("when a bare tag follows as its own sentence, after single or double marks", () => {
    const who = speakers(
      [
        "Xi showed his guest a model of the new bridge.",
        "‘The bridge across the river will open next year.’ He added.",
        "Putin thanked his host.",
        "“Grain trade has doubled since spring.” Putin said.",
      ].join("\n\n"),
    );
    expect(who("The bridge across the river")).toBe("xi-jinping");
    expect(who("Grain trade has doubled")).toBe("vladimir-putin");
  });

  it("leaves a quotation untagged when the next sentence is a new subject's act", () => {
    const who = speakers(
      ["The talks lasted two hours.", "“Friendship first.” Putin then left for the airport."].join("\n\n"),
    );
    expect(who("Friendship first")).toBe("narrator");
  });
});
