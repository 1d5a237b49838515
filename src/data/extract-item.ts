/** One readout through the pipeline, as the worker runs it (and as Node tests run it). */
import { buildDataset } from "../pipeline/build-dataset";
import { clean } from "../pipeline/clean";
import { perspectiveLabel } from "../domain/labels";
import { PERSPECTIVES, type Perspective } from "../domain/schema";
import type { ReadoutInput } from "../pipeline/types";
import type { ExtractItem, ExtractOutcome } from "./extract-protocol";

const PERSPECTIVE_SLUG = new RegExp(`; guessed "([^"]*)" \\((${PERSPECTIVES.join("|")})\\)`, "g");

// The pipeline's messages speak of the command line and of slugs; in the dialog the same fix is a
// field, and a perspective is named in words ("Media report", not "media").
function forTheDialog(message: string, name: string): string {
  return message
    .replace(
      PERSPECTIVE_SLUG,
      (_, publisher: string, perspective: Perspective) =>
        `; guessed "${publisher}" (${perspectiveLabel(perspective)})`,
    )
    .replace(/^[^:]+: /, `${name}: `)
    .replace(/supply --published YYYY-MM-DD( \(the publication date\))?/g, "enter its publication date")
    .replace(/ or a curated year in sources\.json/g, "")
    .replace(/; add it to sources\.json/g, "; enter the publisher if you know it");
}

export function extractItem(item: ExtractItem): ExtractOutcome {
  const input: ReadoutInput = {
    id: item.id,
    raw: item.raw,
    ...(item.publishedOn ? { publishedOn: item.publishedOn } : {}),
    ...(item.publisher || item.url || item.title
      ? {
          meta: {
            ...(item.publisher
              ? { publisher: item.publisher, perspective: item.perspective ?? "media" }
              : {}),
            ...(item.url ? { url: item.url } : {}),
            ...(item.title ? { title: item.title } : {}),
          },
        }
      : {}),
  };
  const result = buildDataset([input]);
  const extracted = result.extracted[0];
  if (result.errors.length > 0 || !extracted || result.dataset.meetings.length === 0) {
    const error = result.errors[0] ?? `${item.id}: no meeting found.`;
    return { ok: false, error: forTheDialog(error, item.name) };
  }
  let dataset = result.dataset;
  if (item.perspective && !item.publisher)
    dataset = {
      ...dataset,
      readouts: dataset.readouts.map((r) => ({ ...r, perspective: item.perspective! })),
    };
  return {
    ok: true,
    dataset,
    dateHow: Object.fromEntries(extracted.meetings.map((m) => [m.meeting.id, m.dateHow])),
    warnings: result.warnings.map((w) => forTheDialog(w, item.name)),
    textHasStamp: clean(item.raw).publishedOn !== undefined,
  };
}
