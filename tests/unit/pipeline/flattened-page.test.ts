/** A page flattened onto one huge line (no paragraph breaks): its crumb, stamp and captions are glued to the article. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const BODY = [
  "On the afternoon of March 4, 2024, Premier Li Qiang met at the Great Hall of the People with Prime Minister Tomas Brel of Norway, who is on an official visit to China.",
  "Li Qiang said that China and Norway have seen steady growth in their trade and that the two sides should deepen cooperation in green energy and shipping.",
  "Brel said that Norway values its relations with China and stands ready to expand exchanges in education, culture and tourism between the two peoples.",
  "The two sides also exchanged views on the situation in the Arctic, on climate change and on other international and regional issues of common concern.",
].join(" ");

describe("a flattened page", () => {
  it.each([
    ["a crumb", `Home > China News Li Qiang Meets with Prime Minister Tomas Brel of Norway ${BODY}`],
    ["a crumb after the stamp", `date 2024-03-05 You are here: Home > News ${BODY}`],
    [
      "a caption at its end",
      `date 2024-03-05 Premier Li meets Norwegian prime minister ${BODY} Premier Li Qiang shakes hands with Prime Minister Tomas Brel in Beijing, March 4, 2024. (Xinhua/Ming Lan)`,
    ],
  ])("keeps the article after %s", (_, raw) => {
    const [meeting] = meetingsOf(raw, "2024-03-05");
    expect(meeting?.id).toBe("2024-03-04-li-qiang-tomas-brel");
  });

  it("still drops a crumb alone on its line", () => {
    const [meeting] = meetingsOf(`Home > China News\n\n${BODY}`, "2024-03-05");
    expect(meeting?.id).toBe("2024-03-04-li-qiang-tomas-brel");
  });
});
