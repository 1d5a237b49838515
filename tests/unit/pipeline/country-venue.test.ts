/** Made-up readouts whose meeting sentence gives a country as the only place (country-venue.ts). */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const DESK = "BEIJING, Nov. 16 (Xinhua) -- ";

describe("a country as the meeting's only place", () => {
  it.each([
    [
      `${DESK}Chinese President Xi Jinping met Peruvian President Lucia Ortega Vidal in Peru on Friday.`,
      "Peru",
    ],
    [
      `${DESK}Chinese Premier Li Qiang met Philippine President Ramon Cruz on the sidelines of the ASEAN summit in Laos on Friday.`,
      "Laos",
    ],
    [
      "On 15 November 2030, Chinese President Xi Jinping held a meeting with Philippine President Ramon Cruz in Peru.",
      "Peru",
    ],
  ])("keeps the country, no city, not the desk's: %s", (text, country) => {
    const [meeting] = meetingsOf(text, "2030-11-16");
    expect(meeting!.location).toEqual({ country });
  });

  it("a city the text gives still stands: 'in Lima, Peru'", () => {
    const [meeting] = meetingsOf(
      `${DESK}Chinese President Xi Jinping met Philippine President Ramon Cruz in Lima, Peru on Friday.`,
      "2030-11-16",
    );
    expect(meeting!.location).toEqual({ city: "Lima", country: "Peru" });
  });

  it("the matter talked of is no place: 'to discuss peace in Ukraine'", () => {
    const [meeting] = meetingsOf(
      `${DESK}Chinese President Xi Jinping met Philippine President Ramon Cruz on Friday to discuss peace in Ukraine.`,
      "2030-11-16",
    );
    expect(meeting!.location).toEqual({ city: "Beijing", country: "China" });
  });
});
