/**
 * Full Datasets from the index and its shards, for what leaves the app (issue 9): the filtered
 * meetings to export, and the texts of readouts already present, which an import compares with.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { MeetingIndex } from "../domain/meeting-index";
import type { MeetingSummary } from "../domain/index-schema";
import type { Dataset, Meeting } from "../domain/schema";
import { detailedMeeting } from "../domain/split-dataset";
import { fetchReadoutDetails } from "./detail-queries";

/** These meetings with their statements, and every readout, actor and topic of the atlas they may name. */
export async function datasetOfMeetings(
  client: QueryClient,
  index: MeetingIndex,
  summaries: readonly MeetingSummary[],
): Promise<{ dataset: Dataset; meetings: Meeting[] }> {
  const details = await fetchReadoutDetails(
    client,
    index,
    summaries.flatMap((m) => m.readoutIds),
  );
  const meetings = summaries.flatMap((summary) => detailedMeeting(summary, details) ?? []);
  const dataset: Dataset = {
    schemaVersion: index.file.schemaVersion,
    actors: index.file.actors,
    topics: index.file.topics,
    readouts: index.file.readouts.flatMap((r) => details.get(r.id)?.readout ?? []),
    meetings,
  };
  return { dataset, meetings };
}

/** The text of each of these readout ids that the atlas already holds. */
export async function presentTexts(
  client: QueryClient,
  index: MeetingIndex,
  readoutIds: readonly string[],
): Promise<Map<string, string>> {
  const known = readoutIds.filter((id) => index.readouts.has(id));
  const details = await fetchReadoutDetails(client, index, known);
  return new Map([...details].map(([id, detail]) => [id, detail.readout.text]));
}
