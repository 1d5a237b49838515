import type { ListedMeeting } from "./chronology-item";

export type ChronologyRow =
  | { kind: "year"; year: string; count: number }
  | {
      kind: "meeting";
      meeting: ListedMeeting;
      year: string;
      /** 1-based position within its year. */ position: number;
      yearCount: number;
    };

/** Flattens date-ordered meetings into year headings and meeting rows, the unit the virtualiser counts. */
export function chronologyRows(meetings: readonly ListedMeeting[]): ChronologyRow[] {
  const perYear = new Map<string, number>();
  for (const meeting of meetings) {
    const year = meeting.date.slice(0, 4);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const rows: ChronologyRow[] = [];
  let year: string | undefined;
  let position = 0;
  for (const meeting of meetings) {
    const y = meeting.date.slice(0, 4);
    const yearCount = perYear.get(y) ?? 0;
    if (y !== year) {
      rows.push({ kind: "year", year: y, count: yearCount });
      year = y;
      position = 0;
    }
    rows.push({ kind: "meeting", meeting, year: y, position: ++position, yearCount });
  }
  return rows;
}

/** Blocks of consecutive rendered rows that share a year, so each renders as a heading and a <ul>. */
export function yearBlocks(rows: readonly ChronologyRow[], indexes: readonly number[]) {
  const blocks: { year: string; heading?: number; items: number[] }[] = [];
  for (const i of indexes) {
    const row = rows[i];
    if (!row) continue;
    const last = blocks.at(-1);
    if (row.kind === "year") blocks.push({ year: row.year, heading: i, items: [] });
    else if (last && last.year === row.year) last.items.push(i);
    else blocks.push({ year: row.year, items: [i] });
  }
  return blocks;
}
