import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

// Made up: this meeting did not happen.
const TEXT =
  "On March 4, 2019, President Xi Jinping met with Brazilian President Luiz Inácio Lula da Silva in Sao Paulo. " +
  "Luiz Inacio Lula da Silva said Brazil values its ties with China.";

describe("names with and without diacritics", () => {
  it("are one person and one place, spelled in spans as the text spells them", () => {
    const [meeting] = meetingsOf(TEXT);
    expect(meeting?.id).toBe("2019-03-04-xi-jinping-luiz-inacio-lula-da-silva");
    expect(meeting?.location).toMatchObject({ city: "São Paulo", country: "Brazil" });
    const statement = meeting?.statements.find((s) => s.text.includes("values its ties"));
    expect(statement?.speaker).toBe("luiz-inacio-lula-da-silva");
    expect(statement?.text.startsWith("Luiz Inacio")).toBe(true);
  });

  it("a bare family name without its accent is the person whose name has it (the text's spelling kept)", () => {
    // Made up: this meeting did not happen.
    const meetings = meetingsOf(
      "On April 9, 2026, Chinese Premier Li Qiang met with Spanish Prime Minister Pedro Sánchez in Madrid. " +
        "Sanchez said Spain welcomes Chinese investment.\n\n" +
        '"Open markets serve us both," Sanchez said.',
    );
    for (const fragment of ["Sanchez said Spain welcomes", "Open markets serve us both"]) {
      const statement = meetings[0]?.statements.find((s) => s.text.includes(fragment));
      expect(statement?.speaker, fragment).toBe("pedro-sanchez");
      expect(statement?.text, fragment).toContain("Sanchez");
    }
  });
});
