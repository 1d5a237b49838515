/**
 * A made-up corpus for benchmarks: readouts assembled from sentence templates in several house
 * styles (ministry readout, wire copy, UN readout, video and phone calls, multi-meeting days),
 * with a seeded generator so every run measures the same text.
 */
import type { ReadoutInput } from "../../src/pipeline/types";

const CHINESE = ["Xi Jinping", "Li Qiang", "Wang Yi", "Li Keqiang"];
const FOREIGN = [
  ["Russian President", "Vladimir Putin", "Putin", "Russia", "Moscow"],
  ["US President", "Joe Biden", "Biden", "the United States", "Washington"],
  ["German Chancellor", "Olaf Scholz", "Scholz", "Germany", "Berlin"],
  ["South African President", "Cyril Ramaphosa", "Ramaphosa", "South Africa", "Johannesburg"],
  ["French President", "Emmanuel Macron", "Macron", "France", "Paris"],
  ["UN Secretary-General", "António Guterres", "Guterres", "the UN", "New York"],
] as const;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const POSITIONS = [
  "the two countries should deepen cooperation in trade, energy and connectivity",
  "the Ukraine crisis can only be settled through dialogue and negotiation",
  "all parties should uphold multilateralism and the authority of the United Nations",
  "climate change is a common challenge that calls for joint action",
  "the situation on the Korean Peninsula requires restraint from all sides",
  "the international order must remain based on the UN Charter",
  "people-to-people and cultural exchange between the two peoples should expand",
  "BRICS and the SCO play an important role for emerging markets and developing countries",
];

function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

export function syntheticCorpus(count: number, seed = 20240516): ReadoutInput[] {
  const random = generator(seed);
  const inputs: ReadoutInput[] = [];
  for (let i = 0; i < count; i++) {
    const chinese = random.pick(CHINESE);
    const [title, name, short, country, city] = random.pick(FOREIGN);
    const year = 2013 + Math.floor(random.next() * 12);
    const month = Math.floor(random.next() * 12);
    const day = 1 + Math.floor(random.next() * 28);
    const date = `${MONTHS[month]} ${day}, ${year}`;
    const mode = random.next();
    const opening =
      mode < 0.6
        ? `On ${date}, ${chinese} met with ${title} ${name} in ${city}.`
        : mode < 0.8
          ? `${chinese} held a video call with ${title} ${name} on ${date}.`
          : `${chinese} had a phone call with ${title} ${name} on ${date}.`;
    const paragraphs = [opening];
    const statementCount = 3 + Math.floor(random.next() * 5);
    for (let s = 0; s < statementCount; s++) {
      const position = random.pick(POSITIONS);
      const style = random.next();
      if (style < 0.4)
        paragraphs.push(
          `${s % 2 ? short : chinese} said that ${position}. ${s % 2 ? country : "China"} stands ready to work with all parties to this end.`,
        );
      else if (style < 0.7)
        paragraphs.push(
          `${position[0]!.toUpperCase()}${position.slice(1)}, ${s % 2 ? short : chinese} stressed.`,
        );
      else paragraphs.push(`The two sides exchanged views on how ${position}.`);
    }
    paragraphs.push(`Wang Yi attended the meeting.`);
    inputs.push({
      id: `synthetic-${String(i).padStart(4, "0")}`,
      raw: `Home > News\n${chinese} Meets ${name}\n${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")} 18:00\n\n${paragraphs.join("\n\n")}\n\nSuggest To A Friend\n`,
      meta: { publisher: "Synthetic benchmark corpus", perspective: "china" },
    });
  }
  return inputs;
}
