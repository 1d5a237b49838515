/** How `npm run bench` prints: one JSON object (`--json`) or a table with each goal's verdict. */
import type { BenchSection, Figure, Figures, Goal } from "./section";

export interface SectionResult {
  section: BenchSection;
  figures?: Figures;
  /** Set when the section could not run (no browser) or broke. */
  skipped?: string;
}

function lookup(figures: Figures, key: string): number | undefined {
  const [head, sub] = key.split(".") as [string, string | undefined];
  const value: Figure | undefined = figures[head];
  if (value === undefined) return undefined;
  if (typeof value === "number") return sub === undefined ? value : undefined;
  return sub === undefined ? undefined : value[sub];
}

function verdict(goal: Goal, value: number | undefined): string {
  if (value === undefined) return "not measured";
  const met = (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
  const bound = goal.max !== undefined ? `≤ ${goal.max}` : `≥ ${goal.min}`;
  return `goal ${bound}: ${met ? "met" : "NOT met"}`;
}

export function toJson(results: readonly SectionResult[]): string {
  const merged: Figures = {};
  for (const { figures } of results) Object.assign(merged, figures);
  return JSON.stringify(merged, null, 2);
}

export function toTable(results: readonly SectionResult[]): string {
  const lines: string[] = [];
  for (const { section, figures, skipped } of results) {
    lines.push(`${section.name} — ${section.describe}`);
    if (skipped || !figures) {
      lines.push(`  skipped: ${skipped ?? "no figures"}`, "");
      continue;
    }
    const goals = new Map((section.goals ?? []).map((goal) => [goal.key, goal]));
    const row = (key: string, value: number) => {
      const goal = goals.get(key);
      lines.push(
        `  ${key.padEnd(34)} ${String(value).padStart(10)}${goal ? `   ${verdict(goal, value)}` : ""}`,
      );
    };
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === "number") row(key, value);
      else for (const [sub, v] of Object.entries(value)) row(`${key}.${sub}`, v);
    }
    for (const goal of goals.values())
      if (lookup(figures, goal.key) === undefined)
        lines.push(`  ${goal.key.padEnd(34)} ${"—".padStart(10)}   not measured`);
    lines.push("");
  }
  return lines.join("\n");
}
