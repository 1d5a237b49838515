// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App";
import type { Dataset } from "../../src/domain/schema";
import { dataPath, datasetFiles } from "../fixtures/dataset-files";

const sample = readFileSync("tests/fixtures/dataset.sample.json", "utf8");
const files = datasetFiles(JSON.parse(sample) as Dataset);
const sampleIndex = files.get("index.json")!;

/** Serves the sample's detail shards, and the given bodies in turn as the meeting index. */
function serve(...indexBodies: string[]) {
  const fetchMock = vi.fn(async (url: string) => {
    const path = dataPath(new URL(url, "http://localhost/").href);
    const body =
      path === "index.json"
        ? (indexBodies.shift() ?? indexBodies[indexBodies.length - 1])
        : files.get(path ?? "");
    return new Response(body ?? "", {
      status: body === undefined ? 404 : 200,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

describe("App dataset states", () => {
  it("shows an error screen with the reason for a corrupt file, and recovers on retry", async () => {
    serve("{ not json", sampleIndex);
    render(<App />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The dataset could not be loaded");
    expect(alert).toHaveTextContent("is not valid JSON");
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/3 meetings from 4 readouts/)).toBeInTheDocument();
  });

  it("names the schema version it expected", async () => {
    serve(JSON.stringify({ ...JSON.parse(sampleIndex), schemaVersion: 2 }));
    render(<App />);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "schemaVersion 2; this version of Readout Atlas reads schemaVersion 1",
    );
  });

  it("opens the meeting named in the URL and says which URL values it dropped", async () => {
    serve(sampleIndex);
    window.history.replaceState(null, "", "/?meeting=2021-03-03-xi-jinping-vladimir-putin&topic=atlantis");
    render(<App />);
    expect(
      await screen.findByRole("heading", { level: 2, name: "Xi Jinping – Vladimir Putin" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ignored topic="atlantis"/)).toBeInTheDocument();
  });
});
