import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "../../components/button";
import { ACCEPT_ATTRIBUTE, MAX_FILE_BYTES, megabytes, oversizedBytes } from "../../data/read-readout-file";
import { Field, INPUT, Problem } from "./field";
import type { BatchFields } from "./use-import-flow";
import { countOf } from "../../domain/plural";

export interface ImportFormProps {
  busy: boolean;
  /** The chosen or dropped files waiting to be extracted (the panel removes those it has saved). */
  files: readonly File[];
  onFiles(files: File[]): void;
  onExtract(pasted: string, files: File[], fields: BatchFields): void;
}

/** The batch's optional fields, in order (the note says how the user knows the others). */
const OPTIONAL_FIELDS: {
  key: keyof BatchFields;
  label: string;
  type?: string;
  placeholder?: string;
  hint?: string;
  wrapperClassName?: string;
}[] = [
  { key: "url", label: "Page URL", type: "url", placeholder: "https://…" },
  { key: "publisher", label: "Publisher" },
  { key: "publishedOn", label: "Publication date", type: "date", hint: "Resolves “On March 14” to a year." },
  {
    key: "note",
    label: "Your note",
    wrapperClassName: "sm:col-span-3",
    placeholder: "How you know these, e.g. “date shown on the page”",
  },
];

const EMPTY: BatchFields = { url: "", publisher: "", publishedOn: "", note: "" };

/**
 * What to add: pasted text, chosen or dropped files (.txt, .html, .htm, and .json datasets or
 * backups), and what the user knows that the text may not say: URL, publisher, publication date,
 * with a note that is stored beside them.
 */
export function ImportForm({ busy, files, onFiles, onExtract }: ImportFormProps) {
  const textId = useId();
  const [pasted, setPasted] = useState("");
  const [fields, setFields] = useState<BatchFields>(EMPTY);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [tooLong, setTooLong] = useState<string>();
  const picker = useRef<HTMLInputElement>(null);
  const set = (key: keyof BatchFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const supplied = fields.url.trim() || fields.publisher.trim() || fields.publishedOn;
    if (supplied && !fields.note.trim()) {
      setProblem(
        "Say how you know the URL, publisher or publication date: your note is stored with them and shown wherever they are.",
      );
      return;
    }
    if (fields.url.trim() && !/^https?:\/\/\S+$/i.test(fields.url.trim())) {
      setProblem("The page URL must start with http:// or https://.");
      return;
    }
    setProblem(undefined);
    onExtract(pasted, [...files], fields);
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-label="Readouts to add">
      <div className="space-y-1">
        <label htmlFor={textId} className="block text-sm font-medium">
          Readout text
        </label>
        <textarea
          id={textId}
          value={pasted}
          onChange={(event) => {
            // Over the limit a file has too: refused whole, so the text already here is kept.
            const bytes = oversizedBytes(event.target.value);
            setTooLong(
              bytes === undefined
                ? undefined
                : `The text would be ${megabytes(bytes)}, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one readout; nothing was added and the text already here is kept. Paste one readout at a time.`,
            );
            if (bytes === undefined) setPasted(event.target.value);
          }}
          aria-invalid={tooLong ? true : undefined}
          aria-describedby={tooLong ? `${textId}-problem` : undefined}
          rows={7}
          placeholder="Paste the readout as copied from its page"
          className={`${INPUT} leading-relaxed`}
        />
        <Problem id={`${textId}-problem`} text={tooLong} />
      </div>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          onFiles([...event.dataTransfer.files]);
        }}
        data-testid="drop-zone"
        className={`rounded-md border-2 border-dashed p-4 text-sm ${dragging ? "border-blue-600 bg-blue-50 dark:bg-blue-950" : "border-slate-300 dark:border-slate-600"}`}
      >
        <p>
          Drop .txt, .html or .htm readouts here (or a .json dataset or library backup), or{" "}
          <Button variant="link" onClick={() => picker.current?.click()}>
            choose files
          </Button>
          . Up to {MAX_FILE_BYTES / 1024 / 1024} MB a file.
        </p>
        <input
          ref={picker}
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          aria-label="Readout files"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            onFiles([...(event.target.files ?? [])]);
            // Emptied, so choosing the same file again after it was saved is a change too.
            event.target.value = "";
          }}
        />
        {files.length > 0 && (
          <p className="mt-2 text-slate-700 dark:text-slate-300" aria-live="polite">
            {countOf(files.length, "file")}: {files.map((f) => f.name).join(", ")}
          </p>
        )}
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 text-sm font-medium">If the text does not say (optional)</legend>
        {OPTIONAL_FIELDS.map(({ key, ...field }) => (
          <Field key={key} {...field} value={fields[key]} onChange={set(key)} />
        ))}
      </fieldset>
      <Problem text={problem} />
      <Button type="submit" disabled={busy} className="px-4">
        Extract
      </Button>
    </form>
  );
}
