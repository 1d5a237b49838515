/** `npm run extract:tally`: how the pipeline reads the made-up world fixtures (facts and speakers right). */
import { WORLD_EXPECTATIONS } from "../tests/fixtures/world-expectations";
import { formatTally, tallyFixtures } from "./lib/fixture-tally";

console.log(formatTally(tallyFixtures("tests/fixtures/readouts", WORLD_EXPECTATIONS)));
