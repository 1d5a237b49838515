/** Made-up readouts for where a meeting took place (issue 8): the city a venue or a dateline names. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a room of a venue names the venue's city", () => {
  it.each([
    ["met in Qinzhengdian of Zhongnanhai with", "Zhongnanhai", "Beijing"],
    ["met in the Golden Hall of the Great Hall of the People with", "Great Hall of the People", "Beijing"],
    ["met at the Oval Pavilion of the White House with", "White House", "Washington"],
    ["met at the Moncloa Palace with", "Moncloa Palace", "Madrid"],
    ["met at Malacañang with", "Malacañang Palace", "Manila"],
  ])("%s", (words, venue, city) => {
    const [meeting] = meetingsOf(
      `On the afternoon of March 3, 2019, Premier Li Keqiang ${words} President Ardan Mensor of Ghana.`,
    );
    expect(meeting!.location).toMatchObject({ venue, city });
  });

  it("but a name of something else is no room of a venue", () => {
    const [meeting] = meetingsOf(
      "On March 3, 2019, Premier Li Keqiang met at the Friends of Zhongnanhai Society with President Ardan Mensor of Ghana.",
    );
    expect(meeting!.location?.city).toBeUndefined();
  });
});
