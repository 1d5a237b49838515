/**
 * The English word lists the rules read (lexicon.json), validated once at load. This folder is the
 * language seam: every English-specific word or pattern lives under src/pipeline/language/en, so a
 * Chinese-language module can sit beside it (language/zh) instead of a second pipeline.
 */
import { z } from "zod";
import lexiconData from "./lexicon.json";

const word = z.string().regex(/^\S(?:.*\S)?$/, "no leading or trailing spaces");
const words = z.array(word).min(1);

export const lexiconSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Verbs and verb phrases that introduce what someone said or the position they took. */
  sayingVerbs: words,
  /**
   * Verbs of appeal, saying verbs only with an infinitive after their object ("Xi called on both
   * sides to …"); without one they tell a visit ("Minister B called on Vice President H").
   */
  appealVerbs: words,
  /** Verbs that report speech only as a tag after the words ("…," he continued, "…"; "…," Xi went on). */
  tagVerbs: words,
  /** Verbs that may stand before the subject in a tag after a quotation ("…," said Xi; "…," tweeted the minister). */
  invertedTagVerbs: words,
  /** Honorifics and titles that may stand before a name in a tag or before a given name ("Mr.", "PM"). */
  honorifics: words,
  /**
   * Royal and honorific titles that may stand between an office and a name ("Foreign Minister Prince
   * A bin B Al C") or before a royal known by one name ("Princess Astrid of Belgium", "Queen Ana").
   */
  royalTitles: words,
  /** Physical or ceremonial actions: a subject that only does these is scene-setting narration. */
  sceneVerbs: words,
  /**
   * Base forms of the leaders' programme after "will" ("The two leaders will begin their day with a
   * walk", "They will attend a tea ceremony"): what a press story says they are to do, not a commitment.
   */
  programmeVerbs: words,
  /** Meals the leaders "will have" on the programme ("will have one-on-one dinner"). */
  programmeMeals: words,
  /** Capitalised words that end a name ("… Scholz Said", "… Lula On Tuesday"). */
  nameStopWords: z.strictObject({
    dates: words,
    headlineVerbs: words,
    functionWords: words,
    institutions: words,
    /** Words of place names: "Prince Edward Island", "Queen Street" are no royals. */
    places: words,
    /** Letters after a name ("Hon. A B CMG MP"): honours and seats, not the name's words. */
    postNominals: words,
  }),
  /** Misspelt words of titles as pages write them ("Prime Minster"), each with its right spelling. */
  titleMisspellings: z.record(z.string(), z.string()),
  /**
   * Capitalised words after a city's name that belong to the city's own name ("in Guilin City, Guangxi",
   * "Chongqing Municipality"), not to another name as "Nanjing University" does.
   */
  citySuffixes: words,
  /** Verbs of agreement or exchange: only these make "the two countries …" inside someone's paragraph a joint statement. */
  jointVerbs: words,
  /**
   * A stance both take ("The two sides stressed …", "the Presidents underlined …"): with a joint
   * subject a joint statement, though not an agreement that makes "the two countries …" inside
   * someone's paragraph joint.
   */
  jointStanceVerbs: words,
  /** Abbreviations after which a full stop does not end a sentence (as written, without the stop). */
  abbreviations: words,
  /**
   * Participles that, after "was"/"were" with no person as the subject, write the talks as the two
   * sides' shared record ("It was agreed to …", "Issues of … were also considered"): a joint statement.
   */
  recordPassives: words,
  /**
   * The same record with a noun that needs its own verb ("Particular attention was paid to …", "An
   * agreement was reached on …", "An exchange of views took place …"); "was"/"were" may take "also".
   */
  recordCollocations: words,
  /**
   * Bodies that speak for a person ("the press service of the President", "Office of the Prime
   * Minister"): the person after "of" is not the subject of the verb that follows.
   */
  sourceInstitutions: words,
  /** Verbs by which a medium cites a person ("CCTV quoted Xi as saying …", "X is reported by Xinhua to have said …"). */
  citedVerbs: words,
  /** What follows the cited person and the verb: "as saying", "to have said". */
  citedSpeech: words,
  /** Participles of a ceremony done to a person ("… was welcomed to the Hall with …", "was given a guard of honour"): narration. */
  scenePassives: words,
  /** What a ceremony signs ("After the talks, documents will be signed"): the programme the publisher tells. */
  signedDocuments: words,
  /**
   * Phrasings that tell the readout's meeting, by its format (language/en/meeting-phrases.ts
   * compiles them): "sat down with", "talks were held between", "in a call on <day>".
   */
  meetingPhrases: z.strictObject({
    $comment: z.string().optional(),
    inPerson: words,
    phone: words,
    video: words,
  }),
  /**
   * Words that show a meeting anywhere in a text ("talks", "visit", "sidelines"): read only by the
   * inferred-meeting fallback (inferred-meeting.ts), for texts no meeting sentence anchors.
   */
  meetingEvidence: words,
  /** Words of a visit or trip: evidence of a meeting only beside a named principal, never alone in a headline. */
  visitEvidence: words,
  /** Words of occasions that are no meeting (a letter, a message, a spokesperson's briefing): never evidence. */
  notMeetingEvidence: words,
  /** Titles of an introduced Chinese person who may be a meeting's principal (a spokesperson is none). */
  principalTitles: words,
  /** Short forms of role nouns, as the press writes them after "the" ("the PM acknowledged …"): the noun each stands for. */
  roleShortForms: z.record(word, word),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

/** Parses a lexicon, naming the file and the first problems when it is malformed. */
export function parseLexicon(data: unknown, file = "src/pipeline/language/en/lexicon.json"): Lexicon {
  const parsed = lexiconSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
    .join("; ");
  throw new Error(`${file} is invalid: ${problems}`);
}

export const ENGLISH: Lexicon = parseLexicon(lexiconData);
