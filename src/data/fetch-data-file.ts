import { DatasetError } from "../domain/parse-dataset";

/** Where the app's data files live (the Vite base, so a sub-path deployment works). */
export const DATA_BASE_URL = `${import.meta.env.BASE_URL}data/`;

/** Fetches a data file's text; a missing file or an HTTP error is a DatasetError saying which file. */
export async function fetchDataFile(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    // Not a DatasetError: a network failure may pass, so it is retried (retryNetworkOnce).
    throw new Error(`Could not reach the dataset file ${url}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) {
    throw new DatasetError(
      `Could not load the dataset (${url}): HTTP ${response.status} ${response.statusText}`.trim(),
    );
  }
  // Static hosts (and vite preview) answer a missing file with the app's index.html and status 200.
  if ((response.headers.get("content-type") ?? "").includes("text/html")) {
    throw new DatasetError(
      `The dataset file ${url} is missing: the server answered with a web page instead of JSON.`,
    );
  }
  return response.text();
}

/** A corrupt file stays corrupt: retry only network failures, and only once. */
export const retryNetworkOnce = (failures: number, error: Error) =>
  !(error instanceof DatasetError) && failures < 1;
