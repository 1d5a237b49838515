/** Where the world gazetteer's inputs and output live, and the file text built from them. */
import { readFileSync } from "node:fs";
import { buildWorldGazetteer, formatWorldGazetteer, type CountrySource } from "./world-gazetteer";

const DIR = "src/pipeline/gazetteer";
export const WORLD_GAZETTEER_PATH = `${DIR}/world.generated.json`;
export const WORLD_OVERLAY_PATH = `${DIR}/world.overlay.json`;
const PLACES_PATH = `${DIR}/places.json`;

/** The generated file's text for the given world-countries records (the package's default export). */
export function worldGazetteerText(countries: readonly CountrySource[]): string {
  const overlay: unknown = JSON.parse(readFileSync(WORLD_OVERLAY_PATH, "utf8"));
  const places = JSON.parse(readFileSync(PLACES_PATH, "utf8")) as { name: string; aliases: string[] }[];
  const curated = new Set(places.flatMap((p) => [p.name, ...p.aliases]));
  return formatWorldGazetteer(buildWorldGazetteer(countries, overlay, curated));
}
