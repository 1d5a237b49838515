// House styles are data: a made-up publisher added from a fixture changes what the pipeline reads,
// with no code change. The fixture text and the publisher are made up.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { partyById } from "../../../src/pipeline/gazetteer";
import {
  HOUSE_STYLES,
  houseStylesWith,
  loadHouseStyles,
  type HouseStylesFile,
} from "../../../src/pipeline/styles/house-styles";

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8");
const entry = JSON.parse(fixture("styles/ruritanian-herald.json")) as Pick<HouseStylesFile, "publishers">;
const raw = fixture("readouts/style-ruritanian-herald.txt");

const extract = (styles?: ReturnType<typeof houseStylesWith>, url?: string) =>
  buildDataset([{ id: "herald", raw, ...(url ? { meta: { url } } : {}) }], styles ? { styles } : {});

describe("a publisher's house style as one entry in publishers.json", () => {
  const styles = houseStylesWith(entry.publishers);

  it("with the entry: its menu, stamp, photo credit and credit line are lifted out, its dateline read", () => {
    const result = extract(styles);
    expect(result.errors).toEqual([]);
    const [extracted] = result.extracted;
    expect(extracted!.removed).toEqual(
      expect.arrayContaining([
        "Herald Online — Front Page — World — Opinion",
        "Filed 4 June 2025 09:12",
        "Listen to this article",
        "(Herald Pictures/Jana Kossel)",
        "Dispatch by Mara Quill",
      ]),
    );
    expect(extracted!.credits).toContain("Dispatch by Mara Quill");
    expect(extracted!.readout).toMatchObject({
      publisher: "The Ruritanian Herald",
      perspective: "counterpart",
      publishedOn: "2025-06-04",
    });
    const statements = result.dataset.meetings[0]!.statements.map((s) => s.text);
    expect(statements.some((s) => /Listen to this|Herald Pictures|Dispatch by/.test(s))).toBe(false);
    expect(result.dataset.meetings[0]).toMatchObject({ date: "2025-06-03", location: { city: "Beijing" } });
  });

  it("recognises the publisher by its URL host", () => {
    const result = extract(styles, "https://www.herald.example/world/2025/premier-beijing");
    expect(result.extracted[0]!.readout.publisher).toBe("The Ruritanian Herald");
  });

  it("without the entry, the same text keeps that furniture and the publisher stays unknown", () => {
    const [extracted] = extract().extracted;
    expect(extracted!.readout.publisher).toBe("Unknown publisher");
    expect(extracted!.readout.text).toContain("Listen to this article");
  });

  it("rejects a malformed entry, naming the file and the field", () => {
    expect(() =>
      loadHouseStyles(
        { common: {}, publishers: [{ id: "Bad Id", name: "x", perspective: "media", agencies: ["("] }] },
        "my-styles.json",
      ),
    ).toThrow(/my-styles\.json is invalid: .*publishers\.0\.id/);
    expect(() => houseStylesWith([{ id: "xinhua", name: "Copy", perspective: "media" }])).toThrow(
      /duplicate publisher id "xinhua"/,
    );
  });

  it("rejects a site rule that a generic menu line matches: a menu word names no publisher", () => {
    expect(() =>
      houseStylesWith([
        {
          id: "freedonia-council",
          name: "Freedonia Council",
          perspective: "counterpart",
          sites: ["^press releases?$"],
        },
      ]),
    ).toThrow(/site pattern of "freedonia-council" matches the generic menu line "Press Release"/);
    const { publishers } = loadHouseStyles({
      common: {},
      publishers: [{ id: "x", name: "X", perspective: "media", sites: ["^press releases?$"] }],
    });
    expect(publishers[0]!.site).toBeDefined();
  });

  it("no bundled publisher is named by a generic menu line alone", () => {
    const publisherOf = (raw: string) => buildDataset([{ id: "p", raw }]).extracted[0]?.readout.publisher;
    const body = "Premier Li Qiang met with Kenyan President Amara Kebwick in Beijing on 12 February 2025.";
    for (const line of ["Press Releases", "Secretary-General", "Press Release"])
      expect(publisherOf(`${line}\n\n${body}`), line).toBe("Unknown publisher");
  });
});

// Made-up pages in the shapes of publishers the bundled house styles know; no code names them.
describe("publishers named by their entries in publishers.json", () => {
  const publisherOf = (raw: string) => buildDataset([{ id: "p", raw }]).extracted[0]?.readout.publisher;
  const BODY = "Premier Li Qiang met with Kenyan President Amara Kebwick in Beijing on 12 February 2025.";

  it.each([
    [
      "a China Daily byline bar",
      `Li meets Kenyan leader\nBy Mara Quill | chinadaily.com.cn | Updated: 2025-02-12 21:05\n\n${BODY}`,
      "China Daily",
    ],
    ["an IANS dateline", `New Delhi, Feb 12 (IANS) ${BODY}\n\n--IANS`, "Indo-Asian News Service (IANS)"],
    [
      "a UN Secretary-General readout title",
      "Readout of the Secretary-General's meeting with Premier Li Qiang of China\n\nBeijing, 12 February 2025\n\nThe Secretary-General met today with Li Qiang, Premier of China.",
      "United Nations Secretary-General",
    ],
    [
      "a UN Secretary-General readout's first sentence",
      "The Secretary-General met today with Li Qiang, Premier of China, in Beijing.\n\n2025-02-12",
      "United Nations Secretary-General",
    ],
  ])("%s", (_, raw, publisher) => {
    expect(publisherOf(raw)).toBe(publisher);
  });

  it("a made-up entry's signature (how its pages open) names it", () => {
    const styles = houseStylesWith([
      {
        id: "freedonia-palace",
        name: "Freedonia Palace",
        perspective: "counterpart",
        signatures: ["^the president of freedonia received\\b"],
      },
    ]);
    const raw =
      "The President of Freedonia received Premier Li Qiang on 12 February 2025. Li met with Kenyan President Amara Kebwick in Beijing on 12 February 2025.";
    expect(buildDataset([{ id: "f", raw }], { styles }).extracted[0]!.readout.publisher).toBe(
      "Freedonia Palace",
    );
  });
});

describe("a government's own pages", () => {
  it("every publisher's party is a party of the gazetteer", () => {
    for (const publisher of HOUSE_STYLES.publishers)
      if (publisher.party) expect(partyById(publisher.party), publisher.id).toBeDefined();
  });
});
