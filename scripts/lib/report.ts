/** The `--explain` and folder `--report` views of `npm run extract` (plain text, one look each). */
import type { BuildResult } from "../../src/pipeline/build-dataset";

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function namesOf(result: BuildResult): (id: string) => string {
  const names = new Map(result.dataset.actors.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? id;
}

/** Per sentence of every meeting: the speaker and the rule that chose it. */
export function formatExplain(result: BuildResult): string {
  const name = namesOf(result);
  const lines: string[] = [];
  for (const extracted of result.extracted) {
    for (const { meeting } of extracted.meetings) {
      lines.push(`Meeting ${meeting.id}`);
      if (meeting.provenance.meeting?.source === "inferred")
        lines.push(`  [inferred-meeting]      ${meeting.provenance.meeting.note}`);
      const width = Math.max(...meeting.statements.map((s) => name(s.speaker).length), 8);
      for (const s of meeting.statements) {
        const rule = `[${s.speakerRule ?? "?"}]`.padEnd(22);
        lines.push(`  ${rule} ${name(s.speaker).padEnd(width)}  ${shorten(s.text, 110)}`);
      }
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}

export interface ReportFile {
  /** The file name shown on the line. */
  file: string;
  /** The readout id the pipeline gave it. */
  id: string;
}

/** One line per file (meetings, date and its source, speakers, warnings), then totals. */
export function formatReport(result: BuildResult, files: readonly ReportFile[]): string {
  const name = namesOf(result);
  const byId = new Map(result.extracted.map((e) => [e.readout.id, e]));
  const width = Math.max(...files.map((f) => f.file.length), 4);
  const lines: string[] = [];
  let meetings = 0;
  let statements = 0;
  let refused = 0;
  let warned = 0;
  for (const { file, id } of files) {
    const warnings = result.warnings
      .filter((w) => w.startsWith(`${id}: `))
      .map((w) => w.slice(id.length + 2));
    if (warnings.length) warned += 1;
    const extracted = byId.get(id);
    if (!extracted) {
      refused += 1;
      const error =
        result.errors.find((e) => e.startsWith(`${id}: `))?.slice(id.length + 2) ?? "not extracted";
      lines.push(`${file.padEnd(width)}  REFUSED  ${error}`);
      continue;
    }
    const parts = extracted.meetings.map(({ meeting, dateHow }) => {
      const counts = new Map<string, number>();
      for (const s of meeting.statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
      const speakers = [...counts].map(([speaker, n]) => `${name(speaker)} ${n}`).join(", ");
      statements += meeting.statements.length;
      const [china, other] = meeting.sides;
      const inferred = meeting.provenance.meeting?.source === "inferred" ? "INFERRED " : "";
      return `${inferred}${meeting.datePrecision === "on-or-before" ? "≤" : ""}${meeting.date} (${dateHow}) ${meeting.format} ${name(china!.principal)} – ${name(other!.principal)}; speakers: ${speakers}`;
    });
    meetings += extracted.meetings.length;
    const warn = warnings.length ? `  warnings (${warnings.length}): ${warnings.join(" | ")}` : "";
    lines.push(
      `${file.padEnd(width)}  ${extracted.meetings.length} meeting(s)  ${parts.join("  ‖  ")}${warn}`,
    );
  }
  lines.push(
    "",
    `Totals: ${files.length} files, ${files.length - refused} read, ${refused} refused, ${meetings} meetings, ${statements} statements, ${warned} files with warnings`,
  );
  return `${lines.join("\n")}\n`;
}
