import type { MeetingFormat } from "../domain/schema";

const LABELS: Record<MeetingFormat, string> = {
  "in-person": "In person",
  video: "Video call",
  phone: "Phone call",
};
const GLYPHS: Record<MeetingFormat, string> = { "in-person": "", video: "▶", phone: "☏" };

/** "In person", "Video call", "Phone call". */
export function formatLabel(format: MeetingFormat): string {
  return LABELS[format];
}

/** The glyph that marks remote meetings on the timeline and in lists ("" for in person). */
export function formatGlyph(format: MeetingFormat): string {
  return GLYPHS[format];
}
