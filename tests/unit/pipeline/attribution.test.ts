import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

const OPENING =
  "On June 1, 2023, Chinese President Xi Jinping met with Russian President Vladimir Putin in Beijing.\n\n";

function speakers(body: string): (fragment: string) => string {
  const meetings = meetingsOf(OPENING + body);
  return (fragment) => speakerIn(meetings, fragment);
}

describe("speaker attribution", () => {
  it("takes no label speaker from a title with an article on a page of no known government", () => {
    // "THE PRESIDENT:" could be either president here: the label rule leaves it to the others.
    const meetings = meetingsOf(
      OPENING + "THE PRESIDENT: Thank you all for coming.\n\nPRESIDENT XI: Thank you.",
    );
    const rule = (fragment: string) =>
      meetings[0]!.statements.find((s) => s.text.includes(fragment))!.speakerRule;
    expect(rule("Thank you all for coming")).not.toBe("transcript-label");
    expect(rule("PRESIDENT XI: Thank you")).toBe("transcript-label");
  });

  it("takes the subject of a verb of saying, and records the verb", () => {
    const meetings = meetingsOf(OPENING + "Putin pointed out that energy ties are strong.");
    const statement = meetings[0]!.statements.find((s) => s.text.startsWith("Putin"))!;
    expect(statement).toMatchObject({ speaker: "vladimir-putin", party: "russia", verb: "pointed out" });
  });

  it("prefers a tag at the end over a joint-looking start", () => {
    const who = speakers(
      "Putin said Russia is ready.\n\nThe two sides need to expand trade, he added.\n\nXi said relations are sound. The two sides should do more, Xi said",
    );
    expect(who("The two sides need to expand trade")).toBe("vladimir-putin");
    expect(who("The two sides should do more")).toBe("xi-jinping");
  });

  it("resolves 'he' to the last person who spoke", () => {
    const who = speakers(
      "Xi Jinping stressed that peace matters.\n\nHe also said trade should grow.\n\nPutin said Russia agrees. He added that talks were useful.",
    );
    expect(who("He also said trade should grow")).toBe("xi-jinping");
    expect(who("He added that talks were useful")).toBe("vladimir-putin");
  });

  it("reads a 'he' inside a mid-sentence tag as the sentence's named subject", () => {
    const who = speakers(
      "Xi said the talks were useful. Putin shared his concern over the situation, which, he stressed, was grave.",
    );
    expect(who("Putin shared his concern")).toBe("vladimir-putin");
  });

  it("handles inverted tags after quotes and role nouns with party adjectives", () => {
    const who = speakers(
      '"Dialogue is the only way," said Xi.\n\nThe Russian president welcomed the proposal.',
    );
    expect(who("Dialogue is the only way")).toBe("xi-jinping");
    expect(who("The Russian president welcomed")).toBe("vladimir-putin");
  });

  it("continues the speaker within a paragraph, and across a paragraph only when it reads as a position", () => {
    const who = speakers(
      "Xi Jinping said China values the partnership. China will keep its promises.\n\nRussia should also act, according to common sense.\n\nThe sun set over the lake.",
    );
    expect(who("China will keep its promises")).toBe("xi-jinping");
    expect(who("Russia should also act")).toBe("xi-jinping");
    expect(who("The sun set over the lake")).toBe("narrator");
  });

  it("treats ceremonies and attendance as narration, exchanges as joint", () => {
    const who = speakers(
      "Xi Jinping welcomed Putin at the airport.\n\nThe two leaders exchanged views on Syria.\n\nThey walked along the river.\n\nWang Yi was present.",
    );
    expect(who("Xi Jinping welcomed Putin")).toBe("narrator");
    expect(who("The two leaders exchanged views")).toBe("joint");
    expect(who("They walked along the river")).toBe("narrator");
    expect(who("Wang Yi was present")).toBe("narrator");
  });

  it("attributes a quotation introduced by a colon in the next paragraph", () => {
    const who = speakers(
      "Putin declared:\n\n\u201cWe will stand together. Our ties are strong.\u201d\n\nXi said he agreed.",
    );
    expect(who("We will stand together")).toBe("vladimir-putin");
    expect(who("Our ties are strong")).toBe("vladimir-putin");
    expect(who("Putin declared:")).toBe("narrator");
  });
});

describe("a family name two people share", () => {
  it("is the meeting's principal when the other is only mentioned", () => {
    // Made up: this meeting did not happen.
    const meetings = meetingsOf(
      "On May 6, 2019, Foreign Minister Wang Yi met with Danish Foreign Minister Freja Lindqvist in Beijing.\n\n" +
        "Wang recalled the visit Vice President Wang Qishan paid to Copenhagen last year.\n\n" +
        "Wang said China values its friendship with Denmark.",
    );
    expect(speakerIn(meetings, "Wang recalled the visit")).toBe("wang-yi");
    expect(speakerIn(meetings, "Wang said China values")).toBe("wang-yi");
  });
});
