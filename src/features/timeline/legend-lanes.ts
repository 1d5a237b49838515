import { partyTone } from "../../theme/speaker-tones";

/** Lanes named in the legend before "and N more" (the lane labels name every lane anyway). */
export const LEGEND_LANES = 12;

/** The colour of one lane's dots when it has no lane mark: tones without a dot colour keep vis's grey. */
export function laneColourName(lane: string): string {
  const tone = partyTone(lane);
  return tone.dot ? tone.name : "grey";
}
