// @vitest-environment jsdom
// "Bad input gets a clear error and loses nothing": a corrupt bundled index costs the bundled
// readouts only. The user's library is still listed, Add readouts and Export still work, the
// alert names the file and the problem, and "Try again" brings the bundle back.
import "fake-indexeddb/auto";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App";
import { browserLibrary } from "../../src/data/library-queries";
import type { Dataset } from "../../src/domain/schema";
import { dataPath, datasetFiles } from "../fixtures/dataset-files";
import { entryOf, fragmentArbitrary } from "../fixtures/library-fragments";

const files = datasetFiles(JSON.parse(readFileSync("tests/fixtures/dataset.sample.json", "utf8")) as Dataset);

/** Serves the sample's files, with the meeting index answered by `indexBody()` at each request. */
function serve(indexBody: () => string) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const path = dataPath(new URL(url, "http://localhost/").href) ?? "";
      const body = path === "index.json" ? indexBody() : files.get(path);
      return new Response(body ?? "", {
        status: body === undefined ? 404 : 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the library without the bundled dataset", () => {
  it("shows the library's meetings, Add readouts and Export under an alert naming the file; Try again recovers", async () => {
    // A made-up readout of Wang Yi with a Norwegian envoy, a meeting the sample does not hold.
    const [fragment] = fc.sample(fragmentArbitrary("yours-1"), { seed: 7, numRuns: 1 });
    await browserLibrary().save([entryOf(fragment!)]);
    const meeting = fragment!.meetings[0]!;
    let indexBody = "{ not json";
    serve(() => indexBody);
    render(<App />);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The bundled dataset could not be loaded");
    expect(alert).toHaveTextContent(/data\/index\.json is not valid JSON/);
    expect(alert).toHaveTextContent(/your library \(1 readout\) is shown below/);
    expect(await screen.findByText(/meetings? from 1 readout, your library only/)).toBeInTheDocument();
    const list = screen.getByRole("region", { name: "Chronology" });
    const foreign = fragment!.actors.find((a) => a.id === meeting.sides[1]!.principal)!.name;
    expect(within(list).getAllByRole("link", { name: new RegExp(foreign) }).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Add readouts" })).toBeEnabled();
    expect(screen.getByRole("button", { name: /^Export/ })).toBeEnabled();

    indexBody = files.get("index.json")!;
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(screen.getByText(/meetings from 5 readouts$/)).toBeInTheDocument();
  });
});
