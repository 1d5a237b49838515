import { useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { Button } from "../../components/button";
import { DialogButton } from "../../components/modal-dialog";
import type { ExportKind } from "../../domain/export-names";
import type { MeetingSummary } from "../../domain/index-schema";
import type { LibraryEntry } from "../../domain/library";
import type { MeetingIndex } from "../../domain/meeting-index";
import { downloadFile } from "./download-file";
import { countOf } from "../../domain/plural";

export interface ExportMenuProps {
  index: MeetingIndex;
  /** The meetings the timeline and list show now (filters and search applied). */
  meetings: readonly MeetingSummary[];
  /** The user's library, for the backup. */
  entries: readonly LibraryEntry[];
}

type Outcome = { kind: "done" | "error"; message: string } | undefined;

/** The header's "Export" button and its dialog (issue 9): the filtered meetings, or the library. */
export function ExportMenu(props: ExportMenuProps) {
  return (
    <DialogButton
      label="Export"
      title="Export"
      size="narrow"
      description="Files are made in your browser and saved to your downloads."
    >
      <ExportChoices {...props} />
    </DialogButton>
  );
}

function ExportChoices({ index, meetings, entries }: ExportMenuProps) {
  const client = useQueryClient();
  const [busy, setBusy] = useState<ExportKind>();
  const [outcome, setOutcome] = useState<Outcome>();

  const save = async (kind: ExportKind, what: string) => {
    setBusy(kind);
    setOutcome(undefined);
    try {
      // The file makers (papaparse and the exporters) load on the first export, not with the page.
      const { exportFile } = await import("../../data/export-files");
      const file = await exportFile(kind, { client, index, meetings, entries });
      downloadFile(file.name, file.text, file.type);
      setOutcome({ kind: "done", message: `Saved ${file.name} (${what}).` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: "error", message: `The export could not be made (${reason}); try again.` });
    } finally {
      setBusy(undefined);
    }
  };

  const shown = countOf(meetings.length, "meeting");
  const noMeetings = meetings.length === 0;
  const choice = (kind: ExportKind, label: string, what: string, disabled: boolean) => (
    <Button disabled={disabled || busy !== undefined} onClick={() => void save(kind, what)}>
      {busy === kind ? "Preparing…" : label}
    </Button>
  );

  return (
    <>
      <Section
        title={`The meetings shown (${shown})`}
        hint={
          noMeetings
            ? "No meeting matches the filters: clear some to export meetings."
            : "As filtered now. The JSON is a dataset that “Add readouts” imports again; the two CSV files join on meeting_id."
        }
      >
        {choice("meetings-json", "Meetings as JSON", shown, noMeetings)}
        {choice("meetings-csv", "Meetings as CSV", shown, noMeetings)}
        {choice("statements-csv", "Statements as CSV", `statements of ${shown}`, noMeetings)}
      </Section>
      <Section
        title={`Your library (${countOf(entries.length, "readout")})`}
        hint={
          entries.length === 0
            ? "Your library is empty: readouts you add are kept in this browser, and can be backed up here."
            : "Every readout you added, with your curated notes, in one file that “Add readouts” restores."
        }
      >
        {choice(
          "library-backup",
          "Library backup (JSON)",
          countOf(entries.length, "readout"),
          entries.length === 0,
        )}
      </Section>
      <p
        role={outcome?.kind === "error" ? "alert" : "status"}
        className={`min-h-5 text-sm ${outcome?.kind === "error" ? "text-red-800 dark:text-red-300" : "text-emerald-800 dark:text-emerald-300"}`}
      >
        {outcome?.message}
      </p>
    </>
  );
}

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-base font-semibold">{title}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p>
      <div className="flex flex-wrap gap-2">{children}</div>
    </section>
  );
}
