// Made-up briefing page: a minister tells the press of his leader's meeting, and no sentence of the
// page tells it in the publisher's own voice ("Wang Yi said that President Xi had dinner and held
// a meeting with President B in …"). That reported meeting is the page's meeting.
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a meeting told only in a Chinese official's briefing", () => {
  it("is the page's meeting, its words the official's", () => {
    const [meeting, ...rest] = meetingsOf(
      [
        "On the evening of March 2, 2018 local time, Foreign Minister Wang Yi held a press conference for journalists in Tallinn, introducing the just-concluded meeting between the heads of state of China and Estonia.",
        "Wang Yi said that President Xi Jinping held a meeting with President Aron Mensor of Estonia in Tallinn on the evening of March 2. The meeting was very successful.",
        "Wang Yi noted that President Xi Jinping pointed out in the meeting that trade should grow. The two heads of state will keep in touch through visits, telephone talks and letters.",
      ].join("\n\n"),
    );
    expect(rest).toEqual([]);
    // Telephone talks to come are a means of contact, not this meeting's format.
    expect(meeting!.format).toBe("in-person");
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["xi-jinping", "aron-mensor"]);
    expect(meeting!.date).toBe("2018-03-02");
    expect(meeting!.location?.city).toBe("Tallinn");
    const speaker = (fragment: string) => meeting!.statements.find((s) => s.text.includes(fragment))?.speaker;
    expect(speaker("held a meeting with President Aron Mensor")).toBe("wang-yi");
    expect(speaker("The meeting was very successful")).toBe("wang-yi");
  });
  it("is no meeting where the publisher tells another one itself", () => {
    const meetings = meetingsOf(
      [
        "On March 2, 2018, Foreign Minister Wang Yi met with Estonian Foreign Minister Ilze Varna in Tallinn.",
        "Wang Yi said that President Xi Jinping held a meeting with President Aron Mensor of Estonia last year.",
      ].join("\n\n"),
    );
    expect(meetings.map((m) => m.sides.map((s) => s.principal))).toEqual([["wang-yi", "ilze-varna"]]);
  });
});
