// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Formulation } from "../../src/domain/formulations";
import { FormulationRow, type RowContext } from "../../src/features/formulations/formulation-row";

const context: RowContext = {
  datesOf: () => ["2020-09-24", "2022-12-30", "2024-05-16"],
  years: { first: 2013, last: 2024 },
  onChoose: () => {},
};

const phrase = (users: Formulation["users"]): Formulation => ({
  phrase: "lasting harbour concord",
  label: "lasting harbour concord",
  meetingIds: ["m1", "m2", "m3"],
  first: "2020-09-24",
  last: "2024-05-16",
  users,
});

describe("FormulationRow", () => {
  it("counts uses as times, apart from the meetings, so 'China 3' is not read as three meetings", () => {
    render(<FormulationRow formulation={phrase({ china: 3, counterpart: 2, joint: 0 })} context={context} />);
    expect(
      screen.getByText(
        /3 meetings · first 24 Sept 2020 · last 16 May 2024 · Used 5 times: China 3, counterpart 2$/,
      ),
    ).toBeInTheDocument();
  });

  it("says once for a single use", () => {
    render(<FormulationRow formulation={phrase({ china: 0, counterpart: 0, joint: 1 })} context={context} />);
    expect(screen.getByText(/Used once: joint 1$/)).toBeInTheDocument();
  });
});
