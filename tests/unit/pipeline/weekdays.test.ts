/** Weekday names in other languages beside an all-number stamp decide which number is the day. */
import { describe, expect, it } from "vitest";
import { numericDate, undecidedReadings } from "../../../src/pipeline/numeric-date";
import { meetingsOf } from "./helpers";

describe("a weekday in another language beside an all-number date", () => {
  it.each([
    ["Thứ Ba, 03/04/2018, 20:07", "2018-04-03"],
    ["Chủ Nhật, 03/04/2018", "2018-03-04"],
    ["Dienstag, 03.04.2018", "2018-04-03"],
    ["mardi 03/04/2018", "2018-04-03"],
    ["Selasa, 03/04/2018 10:15 WIB", "2018-04-03"],
    ["Tues. 03/04/2018", "2018-04-03"],
  ])("%s", (line, day) => {
    expect(undecidedReadings(line)).toBeUndefined();
    expect(numericDate(line)).toBe(day);
  });

  it("dates a page by its stamp", () => {
    const [meeting] = meetingsOf(
      [
        "Party leader hosts Chinese minister",
        "Thứ Năm, 05/03/2020, 18:30",
        "General Secretary Lam Quoc Tuan of Vietnam received Chinese Foreign Minister Wang Yi in Hanoi on Thursday.",
      ].join("\n\n"),
    );
    expect(meeting!.date).toBe("2020-03-05");
  });
});
