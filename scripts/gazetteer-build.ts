/**
 * `npm run gazetteer:build` writes src/pipeline/gazetteer/world.generated.json from the
 * world-countries package and world.overlay.json; `--check` fails when the committed file differs.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import countries from "world-countries";
import { WORLD_GAZETTEER_PATH, worldGazetteerText } from "./lib/world-gazetteer-files";

const text = worldGazetteerText(countries);
const parties = JSON.parse(text) as { parties: unknown[]; capitals: unknown[] };
const summary = `${parties.parties.length} parties, ${parties.capitals.length} capitals`;
if (process.argv.includes("--check")) {
  if (!existsSync(WORLD_GAZETTEER_PATH) || readFileSync(WORLD_GAZETTEER_PATH, "utf8") !== text) {
    console.error(`✖ ${WORLD_GAZETTEER_PATH} is stale. Run npm run gazetteer:build and commit the result.`);
    process.exit(1);
  }
  console.log(`✔ world gazetteer is up to date: ${summary}`);
} else {
  writeFileSync(WORLD_GAZETTEER_PATH, text);
  console.log(`wrote ${WORLD_GAZETTEER_PATH}: ${summary}`);
}
