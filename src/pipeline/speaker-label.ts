/**
 * A transcript's speaker label opening a paragraph ("Vladimir Putin: …", "Li Qiang (retranslated):
 * …", "President of the People's Republic of China Xi Jinping (retranslated): …"): the Kremlin spells
 * out titles, so a label runs to a hundred characters and a dozen words before its colon.
 */
import { SCENE_VERB_WORD } from "./language/en/speech-patterns";

const SPEAKER_LABEL = /^([^:]{2,100}):\s/;
const MAX_LABEL_WORDS = 12;

/** The label opening a paragraph's first sentence (the words before its colon), if it is one. */
export function speakerLabel(text: string): string | undefined {
  const label = SPEAKER_LABEL.exec(text)?.[1];
  // "Dragović met with Xi Jinping: …" is a headline glued to the text, not a speaker's name.
  return label && label.split(/\s+/).length <= MAX_LABEL_WORDS && !SCENE_VERB_WORD.test(label)
    ? label
    : undefined;
}
