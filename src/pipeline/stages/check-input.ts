/** Stage check-input: rejects text that is not a readout at all (empty, binary) before any other stage runs. */
import { ExtractionError, type Stage } from "./stage";

export const checkInput: Stage = {
  name: "check-input",
  job: "rejects an empty or binary file with a message saying what to supply",
  run({ input: { raw, id } }) {
    if (raw.trim() === "")
      throw new ExtractionError(`${id}: the file is empty; supply the text of a meeting readout.`);
    // Control characters other than tab/newline, and U+FFFD from invalid UTF-8, mark a binary file.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    const controls = (raw.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
    if (raw.includes("\u0000") || controls / raw.length > 0.01) {
      throw new ExtractionError(
        `${id}: this looks like a binary file, not text; supply the readout as UTF-8 plain text.`,
      );
    }
  },
};
