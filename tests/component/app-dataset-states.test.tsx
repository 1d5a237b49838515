// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App";
import { loadMeetingPanel, loadSourceViewer } from "../../src/app/lazy-views";
import type { DetailShard, MeetingIndexFile } from "../../src/domain/index-schema";
import type { Dataset } from "../../src/domain/schema";
import { dataPath, datasetFiles } from "../fixtures/dataset-files";

const sample = readFileSync("tests/fixtures/dataset.sample.json", "utf8");
const files = datasetFiles(JSON.parse(sample) as Dataset);
const sampleIndex = files.get("index.json")!;

// The meeting panel and source viewer load on demand (app/lazy-views); loading their code once here
// keeps a cold module transform from eating the time the assertions below wait for the views.
beforeAll(async () => {
  await Promise.all([loadMeetingPanel(), loadSourceViewer()]);
});

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
    expect(alert).toHaveTextContent("The bundled dataset could not be loaded");
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

/** Serves the sample's files with some of them replaced (path under data/ → body). */
function serveFiles(replaced: Record<string, unknown>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const path = dataPath(new URL(url, "http://localhost/").href) ?? "";
      const body = path in replaced ? JSON.stringify(replaced[path]) : files.get(path);
      return new Response(body ?? "", {
        status: body === undefined ? 404 : 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
}

describe("App on partly damaged data", () => {
  const index = JSON.parse(sampleIndex) as MeetingIndexFile;
  const shard2023 = JSON.parse(files.get("details/2023.json")!) as DetailShard;
  const PUTIN_2023 = "2023-06-05-xi-jinping-vladimir-putin";

  it("leaves out the meeting that names an unknown actor, says so, and shows the rest", async () => {
    const meetings = index.meetings.map((m) =>
      m.id === "2013-06-19-xi-jinping-ban-ki-moon"
        ? { ...m, sides: [m.sides[0]!, { ...m.sides[1]!, principal: "ghost-of-nobody" }] }
        : m,
    );
    serveFiles({ "index.json": { ...index, meetings } });
    render(<App />);
    expect(await screen.findByText(/2 meetings from 4 readouts/)).toBeInTheDocument();
    expect(
      screen.getByText("1 damaged record was left out of the data; everything else is shown."),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Left out meeting "2013-06-19-xi-jinping-ban-ki-moon": unknown actor "ghost-of-nobody".',
      ),
    ).toBeInTheDocument();
  });

  it("opens a meeting whose details hold a bad span and an unknown speaker, without those statements", async () => {
    const [first, ...others] = shard2023.readouts;
    const [badSpan, unknownSpeaker, ...rest] = first!.statements;
    serveFiles({
      "details/2023.json": {
        ...shard2023,
        readouts: [
          {
            ...first!,
            statements: [
              { ...badSpan!, span: [0, 2] },
              { ...unknownSpeaker!, speaker: "mystery-envoy" },
              ...rest,
            ],
          },
          ...others,
        ],
      },
    });
    window.history.replaceState(null, "", `/?meeting=${PUTIN_2023}`);
    render(<App />);
    expect(
      await screen.findByText(
        `Left out statement "${badSpan!.id}": its span [0, 2] does not hold its text in readout "${first!.readout.id}".`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Left out statement "${unknownSpeaker!.id}": unknown actor "mystery-envoy".`),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { level: 2, name: "Xi Jinping – Vladimir Putin" }),
    ).toBeInTheDocument();
    expect(screen.queryByText("Mystery Envoy")).not.toBeInTheDocument();
  });

  it("says a readout is damaged instead of showing a meeting with holes", async () => {
    serveFiles({
      "details/2023.json": {
        ...shard2023,
        readouts: shard2023.readouts.map((d, i) => (i === 0 ? { ...d, readout: { id: d.readout.id } } : d)),
      },
    });
    window.history.replaceState(null, "", `/?meeting=${PUTIN_2023}`);
    render(<App />);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      `Could not show the meeting’s statements: readout "${shard2023.readouts[0]!.readout.id}" is damaged in the data files.`,
    );
    // The rest of the app stays: the list still offers every meeting.
    expect(screen.getByText(/3 meetings from 4 readouts/)).toBeInTheDocument();
  });

  it("drops a span past the end of the readout once its text is loaded, and shows the readout", async () => {
    serveFiles({});
    window.history.replaceState(null, "", "/?readout=sample-ru-2021&span=5-999999");
    render(<App />);
    expect(
      await screen.findByText(
        /^Ignored span=5-999999: readout "sample-ru-2021" has only \d+ characters; showing it from the top\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("article")).toBeInTheDocument();
  });
});
