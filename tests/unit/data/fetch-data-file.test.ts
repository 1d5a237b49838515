import { afterEach, describe, expect, it, vi } from "vitest";
import { DATA_BASE_URL, fetchDataFile, retryNetworkOnce } from "../../../src/data/fetch-data-file";
import { DatasetError } from "../../../src/domain/parse-dataset";

const url = `${DATA_BASE_URL}made-up-readouts.json`;

function answer(body: string, init: ResponseInit) {
  const fetchMock = vi.fn(async () => new Response(body, init));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetchDataFile", () => {
  it("returns the body of a good JSON file, fetched from the given address", async () => {
    const body = '{"meetings":[{"id":"ana-lorn-bel-vosk"}]}';
    const fetchMock = answer(body, { status: 200, headers: { "content-type": "application/json" } });
    await expect(fetchDataFile(url)).resolves.toBe(body);
    expect(fetchMock).toHaveBeenCalledWith(url);
  });

  it("returns a body without a content type as text, leaving parsing to the caller", async () => {
    answer("not json at all", { status: 200 });
    await expect(fetchDataFile(url)).resolves.toBe("not json at all");
  });

  it.each([
    [404, "Not Found", `Could not load the dataset (${url}): HTTP 404 Not Found`],
    [500, "", `Could not load the dataset (${url}): HTTP 500`],
  ])("names the file and the status for HTTP %i", async (status, statusText, message) => {
    answer("", { status, statusText });
    const error = await fetchDataFile(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(message);
  });

  it("calls a web page answered with 200 a missing file, naming it", async () => {
    answer("<!doctype html><title>Atlas</title>", {
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    const error = await fetchDataFile(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toContain(`The dataset file ${url} is missing`);
  });

  it("names the file on a network failure, not as a DatasetError (so it is retried)", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const error = await fetchDataFile(url).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe(`Could not reach the dataset file ${url}: Failed to fetch`);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe("retryNetworkOnce", () => {
  it.each([
    ["a network failure, first time", new TypeError("Failed to fetch"), 0, true],
    ["a network failure, second time", new TypeError("Failed to fetch"), 1, false],
    ["a dataset error, first time", new DatasetError("corrupt"), 0, false],
  ])("decides whether to retry %s", (_, error, failures, retry) => {
    expect(retryNetworkOnce(failures, error)).toBe(retry);
  });
});
