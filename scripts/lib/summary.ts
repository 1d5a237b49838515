/** The human-readable report of `npm run extract` (one readout). */
import type { BuildResult } from "../../src/pipeline/build-dataset";

export function formatSummary(result: BuildResult): string {
  const { dataset } = result;
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const topics = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const name = (id: string) => names.get(id) ?? id;
  const lines: string[] = [];
  for (const extracted of result.extracted) {
    const r = extracted.readout;
    lines.push(`Readout ${r.id}: "${r.title}"`);
    lines.push(
      `  publisher: ${r.publisher} (${r.perspective})${r.publishedOn ? `, published ${r.publishedOn}` : ""}`,
    );
    if (extracted.credits.length) lines.push(`  credits: ${extracted.credits.join("; ")}`);
    if (extracted.removed.length)
      lines.push(`  removed furniture: ${extracted.removed.map((l) => JSON.stringify(l)).join(", ")}`);
    for (const { meeting, dateHow } of extracted.meetings) {
      lines.push("", `Meeting ${meeting.id}`);
      // A meeting no sentence states, inferred from the text's evidence (ADR 015).
      if (meeting.provenance.meeting?.source === "inferred")
        lines.push(`  inferred: ${meeting.provenance.meeting.note}`);
      lines.push(
        `  date: ${meeting.datePrecision === "on-or-before" ? "on or before " : ""}${meeting.date} (${dateHow}${meeting.provenance.date.source === "text" ? "" : `, ${meeting.provenance.date.source}`})`,
      );
      lines.push(`  format: ${meeting.format}${meeting.setting ? `, ${meeting.setting}` : ""}`);
      const place = meeting.location
        ? [meeting.location.venue, meeting.location.city, meeting.location.country].filter(Boolean).join(", ")
        : "—";
      lines.push(`  place: ${place}`);
      for (const side of meeting.sides) {
        const attendees = side.attendees.length ? `; attendees: ${side.attendees.map(name).join(", ")}` : "";
        lines.push(`  ${name(side.party)}: ${name(side.principal)}${attendees}`);
      }
      lines.push(`  topics: ${meeting.topics.map((t) => topics.get(t) ?? t).join(", ") || "—"}`);
      const counts = new Map<string, number>();
      for (const s of meeting.statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
      lines.push(`  statements: ${[...counts].map(([speaker, n]) => `${name(speaker)} ${n}`).join(", ")}`);
    }
  }
  if (result.warnings.length) lines.push("", "Warnings:", ...result.warnings.map((w) => `  - ${w}`));
  return `${lines.join("\n")}\n`;
}
