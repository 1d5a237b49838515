import { useId, useMemo, useState } from "react";
import { Button } from "../../components/button";
import { actorName, buildDatasetIndex } from "../../domain/dataset-index";
import { curateExtraction } from "../../domain/curate";
import { PERSPECTIVE_LABELS } from "../../domain/labels";
import type { CuratedEntry } from "../../domain/library";
import { JOINT, NARRATOR, PERSPECTIVES, type Dataset } from "../../domain/schema";
import { Field, Problem, SelectField } from "./field";
import { initialValues, reviewEntries, reviewProblem, type ReviewValues } from "./review-entries";
import { ReviewFound } from "./review-found";
import { ReviewText } from "./review-text";
import { suppliedSummary } from "./supplied-summary";

export interface ReviewItemProps {
  dataset: Dataset;
  dateHow: Readonly<Record<string, string>>;
  warnings: readonly string[];
  /** Entries from the dialog's optional fields, saved unless changed here. */
  supplied: readonly CuratedEntry[];
  /** The note the Add readouts dialog was given: used for a correction made here without one. */
  batchNote?: string;
  origin: string;
  saveLabel: string;
  /** Resolves to an error message to show, or undefined once saved. */
  onSave(entries: CuratedEntry[]): Promise<string | undefined>;
  onDiscard(): void;
  discardLabel?: string;
}

/**
 * One readout before it is saved (or, from the library, edited): what was found beside the text,
 * and fields to supply or correct publisher, perspective, URL, publication date, each meeting's
 * date and place, and a statement's speaker. What changes is stored as curated with the note.
 */
export function ReviewItem(props: ReviewItemProps) {
  const { dataset, supplied } = props;
  const names = useMemo(() => buildDatasetIndex(dataset), [dataset]);
  // What was found, with what the user supplied in the dialog already shown as curated.
  const preview = useMemo(
    () => curateExtraction(dataset, props.dateHow, supplied),
    [dataset, props.dateHow, supplied],
  );
  const readout = dataset.readouts[0]!;
  const [values, setValues] = useState<ReviewValues>(() => initialValues(dataset, supplied));
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const headingId = useId();
  const statements = useMemo(() => dataset.meetings.flatMap((m) => m.statements), [dataset]);
  const [speakerOf, setSpeakerOf] = useState(statements[0]?.id ?? "");
  const speakers = [
    ...new Set(dataset.meetings.flatMap((m) => m.sides.flatMap((s) => [s.principal, ...s.attendees]))),
  ];
  const set =
    (key: "publisher" | "perspective" | "url" | "publishedOn" | "note") =>
    (event: { target: { value: string } }) =>
      setValues((v) => ({ ...v, [key]: event.target.value }));

  const save = async () => {
    const entries = reviewEntries(dataset, values, supplied, props.batchNote);
    const stop = reviewProblem(values, entries);
    setProblem(stop);
    if (stop) return;
    setSaving(true);
    const error = await props.onSave(entries);
    setSaving(false);
    setProblem(error);
  };

  return (
    <article
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <header>
        <h3 id={headingId} className="font-semibold">
          {readout.title || "Untitled readout"}
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          From {props.origin} · {readout.publisher}
        </p>
      </header>
      {supplied.length > 0 && (
        <p className="text-sm">
          You supplied: {suppliedSummary(supplied, names)} (curated: “{supplied[0]!.note}”)
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <ReviewFound
          names={names}
          meetings={preview.meetings}
          dateHow={props.dateHow}
          warnings={props.warnings}
        />
        <ReviewText names={names} text={readout.text} statements={statements} />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-1 text-sm font-medium">
          Supply or correct (stored as curated, with your note)
        </legend>
        <Field label="Readout publisher" value={values.publisher} onChange={set("publisher")} />
        <SelectField label="Readout perspective" value={values.perspective} onChange={set("perspective")}>
          {PERSPECTIVES.map((p) => (
            <option key={p} value={p}>
              {PERSPECTIVE_LABELS[p]}
            </option>
          ))}
        </SelectField>
        <Field label="Readout URL" type="url" value={values.url} onChange={set("url")} />
        <Field
          label="Readout publication date"
          type="date"
          value={values.publishedOn}
          onChange={set("publishedOn")}
        />
        {dataset.meetings.map((meeting) => (
          <div key={meeting.id} className="contents">
            <Field
              label={dataset.meetings.length > 1 ? `Meeting date (${meeting.id})` : "Meeting date"}
              type="date"
              value={values.dates[meeting.id] ?? ""}
              onChange={(e) =>
                setValues((v) => ({ ...v, dates: { ...v.dates, [meeting.id]: e.target.value } }))
              }
            />
            <Field
              label={dataset.meetings.length > 1 ? `Place (${meeting.id})` : "Place"}
              value={values.places[meeting.id] ?? ""}
              placeholder="venue, city, country"
              onChange={(e) =>
                setValues((v) => ({ ...v, places: { ...v.places, [meeting.id]: e.target.value } }))
              }
            />
          </div>
        ))}
        {statements.length > 0 && (
          <div className="grid gap-2 sm:col-span-2 sm:grid-cols-2">
            <SelectField label="Statement" value={speakerOf} onChange={(e) => setSpeakerOf(e.target.value)}>
              {statements.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.text.slice(0, 60)}
                  {s.text.length > 60 ? "…" : ""}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Its speaker"
              value={values.speakers[speakerOf] ?? statements.find((s) => s.id === speakerOf)?.speaker ?? ""}
              onChange={(e) =>
                setValues((v) => ({ ...v, speakers: { ...v.speakers, [speakerOf]: e.target.value } }))
              }
            >
              {[...speakers, JOINT, NARRATOR].map((id) => (
                <option key={id} value={id}>
                  {actorName(names, id)}
                </option>
              ))}
            </SelectField>
          </div>
        )}
        <Field
          label="Your note on these corrections"
          wrapperClassName="sm:col-span-2 lg:col-span-4"
          value={values.note}
          onChange={set("note")}
          placeholder={
            props.batchNote?.trim()
              ? `If left empty, your note above is used: “${props.batchNote.trim()}”`
              : "Why these corrections are right (needed for any change here)"
          }
        />
      </fieldset>
      <Problem text={problem} />
      <div className="flex gap-2">
        <Button onClick={() => void save()} disabled={saving}>
          {props.saveLabel}
        </Button>
        <Button variant="quiet" onClick={props.onDiscard}>
          {props.discardLabel ?? "Discard"}
        </Button>
      </div>
    </article>
  );
}
