/**
 * English patterns for speaker attribution, built from the word lists in lexicon.json (which grow
 * by data) plus the few English constructions that need a regular expression.
 */
import { INFINITIVE_AHEAD } from "./appeal-infinitive";
import { escapeRegExp } from "../../text-utils";
import { ENGLISH } from "./lexicon";

const alternationOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");

/** Verbs (and verb phrases) that introduce what someone said or the position they took. */
export const SAYING_VERBS: readonly string[] = ENGLISH.sayingVerbs;

/** Physical or ceremonial actions: a sentence whose subject only does these is scene-setting narration. */
export const SCENE_VERBS: readonly string[] = ENGLISH.sceneVerbs;

/** Verbs of agreement or exchange ("The two sides agreed …", "… communicated on …"), from lexicon.json. */
export const JOINT_ACT_VERBS: readonly string[] = ENGLISH.jointVerbs;

/** Verbs that make a joint subject ("the two sides") a joint statement rather than scene-setting. */
export const JOINT_VERBS = new RegExp(
  String.raw`\b(?:${alternationOf([...JOINT_ACT_VERBS, ...ENGLISH.jointStanceVerbs])}|jointly|need to|needs to|should|will|would|must|had (?:an? )?(?:[\w-]+ )*(?:exchanges?|talks|discussions?|conversation))\b`,
  "i",
);

/**
 * A time phrase inserted between a subject and its verb ("X in May earlier this year said …",
 * "X last month said …"): the words are still X's, reported from that earlier occasion, so the
 * sentence stays X's statement (what X said, according to the publisher) rather than narration.
 */
const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
export const TIME_PHRASE = String.raw`(?:in (?:${MONTH})(?: \d{4})?|in (?:19|20)\d{2}|(?:earlier|later) (?:this|that|last) (?:year|month|week)|last (?:year|month|week)|this (?:year|month|week)|(?:earlier|later) in the day)`;

/** Adverbs and short adverbials that may stand between a subject and its verb of saying. */
const ADVERB = String.raw`\s+(?:also|further|then|again|once again|firmly|particularly|especially|in particular|highly|fully|warmly|sincerely|repeatedly|briefly|separately|first|finally|specifically|later|earlier|previously|recently|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on [A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?|in (?:his|her) (?:speech|remarks|address|turn)|at \d{1,2}(?::\d{2})?\s*[ap]\.m\.|${TIME_PHRASE})`;
export const ADVERBIAL = String.raw`(?:${ADVERB})*`;

/**
 * Subjects that speak for both sides (also as a bullet line, "-- The two sides …"; "Both side" as
 * typed), after an opener that may hold clock times ("In their meeting from 5:11 p.m. to 5:36 p.m., both leaders …").
 */
export const JOINT_SUBJECT =
  /^(?:\(\d+\)\s*|\d+\.\s+|(?:--|[-–—•*])\s*)?(?:(?:[A-Z](?:[^,.;:]|\d:\d\d|\b[ap]\.m\.){0,80}),\s+)?(?:[Tt]he two(?:\s+(?:sides|leaders|heads of state|presidents|parties|countries|nations|peoples|delegations|ministers|foreign ministers|prime ministers|premiers|men|governments))?|[Tt]he (?:sides|leaders|heads of state|presidents|parties|delegations|ministers|foreign ministers|premiers|prime ministers|Leaders|Heads of State|Presidents|Ministers|Foreign Ministers|Premiers|Prime Ministers)|[Bb]oth (?:sides?|leaders|heads of state|presidents|parties|countries|nations|ministers|foreign ministers|premiers|prime ministers|delegations|governments|Leaders|Heads of State|Presidents|Ministers|Foreign Ministers|Premiers|Prime Ministers)|[Bb]oth(?=\s+(?:also\s+)?(?:said|agreed|stressed|noted|expressed|welcomed|underlined|emphasized|emphasised|reaffirmed|called for)\b)|They|they)\b/;

/**
 * The meeting itself as the subject of what both sides did in it ("The meeting discussed …", "The
 * talks also touched on …", "Both meetings focused on …", "Key deliberations during the meeting
 * centred around …"): the two sides' joint act, as "The two sides discussed …" is. Only
 * with these verbs: "The talks were held in …" stays the publisher's scene.
 */
export const MEETING_SUBJECT =
  /^(?:[A-Z][^,.;:]{0,80},\s+)?(?:[Tt]he|[Bb]oth|Key|Main) (?:meetings?|talks|discussions?|deliberations|conversations?|(?:phone |video |telephone )?calls?)(?:\s+(?:during|at|in) the (?:meeting|talks|call))?\s+(?:also\s+|further\s+)?(discussed|reviewed|covered|focused on|focussed on|centred on|centered on|centred around|centered around|touched on|touched upon|explored|addressed)\b/;

const RECORD_ADVERB = String.raw`(?:\s+(?:also|further|again|once again|particularly|specifically|jointly))?`;
/** A collocation of lexicon.json with "was"/"were" or "took place" opened to an adverb ("… was also paid"). */
const recordCollocation = (phrase: string) =>
  escapeRegExp(phrase)
    .replace(/ (?:was|were) /, String.raw`\s+(?:was|were)${RECORD_ADVERB}\s+`)
    .replace(/ took place$/, String.raw`${RECORD_ADVERB}\s+took place`);
/**
 * The talks written as the two sides' shared record, in an impersonal passive: "It was agreed to
 * …", "the importance of … was noted", "Particular attention was paid to …", "An agreement was
 * reached on …", "A thorough exchange of views took place …" (lexicon.json recordPassives and
 * recordCollocations). The rule reads it only where no person is its subject.
 */
export const RECORD_PASSIVE = new RegExp(
  String.raw`\b(?:(?:was|were)${RECORD_ADVERB}\s+(${alternationOf(ENGLISH.recordPassives)})|(${ENGLISH.recordCollocations.map(recordCollocation).join("|")}))\b`,
  "gi",
);

const CITED_VERB = alternationOf(ENGLISH.citedVerbs);
const CITED_SPEECH = alternationOf(ENGLISH.citedSpeech);
/** A medium citing the person after it: "state media cited the Chinese president" (then CITED_AS_AFTER). */
export const CITED_BEFORE = new RegExp(String.raw`\b(?:${CITED_VERB})\s+$`);
/** What follows that person: "… as saying", "… as telling". */
export const CITED_AS_AFTER = new RegExp(String.raw`^\s+(?:${CITED_SPEECH})\b`);
/** A medium reporting what the person after it said: "The Xinhua News Agency reported that Zhao told Kim …" (then a saying verb). */
export const REPORTED_THAT_BEFORE = /\b(?:reported|reports|has reported)\s+that\s+$/;
/** The person cited as the subject: "X was quoted by Xinhua as saying …", "X is reported by Xinhua to have said …". */
export const CITED_PASSIVE_AFTER = new RegExp(
  String.raw`^\s+(?:was|is|has been|were|are)\s+(?:also\s+)?(?:${CITED_VERB})\s+(?:by\s+[^,.;"“”]{1,60}?\s+)?(?:${CITED_SPEECH})\b`,
);

/** A body that speaks for the person after it ("As the press service of the President reported, …"). */
export const INSTITUTION_OF_BEFORE = new RegExp(
  String.raw`\b(?:${alternationOf(ENGLISH.sourceInstitutions)})\s+of\s+(?:the\s+)?$`,
  "i",
);

/** A side's own document cited in a sentence ("A communiqué from the Ministry … of Venezuela indicates …"). */
export const SOURCE_DOCUMENT = /\b(?:communiqu[eé]|statement|readout|press release)(?!\p{L})/iu;

/** A signing ceremony the two principals attend is a joint act, not a list of who attended ("X and Y attended the signing of 20 agreements"). */
export const SIGNING_CEREMONY = /\b(?:attended|witnessed|oversaw)\s+the\s+signing\b/;

/** A closing tag's words before the person: ", according to" and at most a title ("…, according to Foreign Minister Wang."). */
export const ACCORDING_TO_TAG = /,\s+according to\s+(?:[A-Z][\p{L}.'’-]*\s+){0,3}$/u;

/** A source before a joint subject ("According to the ministry's spokesperson, Hua Lin, the leaders agreed …"): the source is no speaker of the agreement. */
export const ACCORDING_TO_OPENER = /^According to\s[^.;]{1,140}?,\s+(?=(?:[Tt]he|[Bb]oth|They)\b)/;

/** A verb of agreement or exchange right after a joint subject ("… have also agreed", "…, both agreed"). */
export const AGREEMENT_AFTER_SUBJECT = new RegExp(
  String.raw`^(?:,?\s+both\b,?)?(?:${ADVERB}|\s+(?:have|has|had|yesterday|today|jointly|together|both))*\s+(${alternationOf(JOINT_ACT_VERBS)})\b`,
  "i",
);

/** Participial openers after which the main clause names the speaker ("Noting that …, Putin said …"). */
export const PARTICIPLE_OPENER =
  /^(?:Noting|Stressing|Pointing out|Emphasizing|Emphasising|Saying|Recalling|Expressing|Adding|Underlining|Highlighting|Welcoming|Referring to|Speaking of|Turning to|Commenting on)\b/;

/** A participle of saying with its clause ("Noting that …,"): the words are the main clause's subject's, whatever its verb. */
export const SAYING_PARTICIPLE_THAT =
  /^(?:Noting|Stressing|Pointing out|Emphasizing|Emphasising|Saying|Recalling|Adding|Underlining|Highlighting)\s+that\b/;

/** Words that mark a paragraph as someone's position rather than scene-setting. */
export const POSITION_MARKERS =
  /\b(?:we|our|us|I|my|should|must|need to|needs to|ready to|willing to|will|would|hopes?|stands? ready|is committed|are committed|supports?|opposes?|believes?|the two (?:sides|countries|peoples)|cooperation|relations|position|stance)\b/;

/** Obligation right after a joint subject: "Both countries ought to …", "The two sides should …". */
export const OBLIGATION = /^\s+(?:\w+\s+)?(?:should|ought to|must|need to|needs to|have to)\b/;

/**
 * The publisher's background: a history ("since …", "in 1971", "have been strained", "for more than
 * ten years"), who someone is ("is the current head of …", "is said to be responsible for …"), not a position.
 */
// A rank among visitors ("X was the first Chinese official who M met", "is the only leader to …") is background,
// and so is the delegation someone leads ("Liu, also …, leads a delegation whose members come from …").
export const BACKGROUND_MARKERS =
  /\b(?:since (?:a |an |the |\d{4}|last|early|late)|in (?:19|20)\d{2}\b|(?:has|have|had) been (?:strained|tense|frosty|close|rocky|warming|improving)|established (?:diplomatic )?(?:relations|ties)|rarely|is (?:a|an|the) (?:veteran|former|current|incumbent|longtime|long-serving)|(?:is|was|are|were) (?:said|believed|thought|known|reported|understood) to (?:be|have)|for (?:more than |over |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|several|many) (?:consecutive |straight )?(?:years|decades)|(?:is|was) (?:the|a) (?:first|second|third|last|only|latest) (?:[\w-]+ ){0,2}(?:official|leader|head of state|dignitary|visitor|guest|minister|president|premier)s? (?:who|whom|to|that) |(?:leads|led|heads|headed|is leading|is heading) (?:a|an|the|his|her) (?:[\w-]+ ){0,4}delegation|analysts?|observers|critics)\b/i;

/**
 * The meeting itself as the subject of an evaluation ("The long-awaited meeting between X and Y is
 * a milestone in … relations", "This visit marks …"), or its rank ("This was the first high-level
 * meeting between the two sides after …"): the publisher's words, not the last speaker's.
 */
export const MEETING_AS_SUBJECT =
  /^(?:The|This|Their)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit|visit|call|conversation|trip)\s+(?:(?:between|of|with)\s+[^,.;]{1,80}?\s+)?(?:is|was|marks|marked|comes|came|signals|signalled|signaled|represents|represented)\b|^(?:This|It|That)\s+(?:is|was|marks|marked)\s+(?:the|their|a|an)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit|visit|call|conversation|trip|encounter)\s+(?:between|of|with|since|after|in)\b/;

/**
 * The meeting as the subject of a record of where or how it was held ("The meeting was held at the
 * Great Hall of the People", "The talks between the two leaders took place behind closed doors"):
 * a fact the publisher gives, not a position a speaker goes on with.
 */
export const MEETING_RECORD =
  /^(?:The|This|Their|That)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit|call|conversation|discussions?|session)\s+(?:(?:between|of|with)\s+[^,.;]{1,80}?\s+)?(?:(?:was|were)\s+(?:also\s+)?(?:held|conducted|attended|hosted)|took place|lasted)\b/;

/** First person, modals and offers mark a position even inside background words. */
export const POSITION_VOICE =
  /\b(?:we|our|us|I|my|should|must|need to|ready to|willing to|stands? ready|is committed|hopes?)\b/;

/** Intentions and plans: a meeting-like verb after these is not a meeting that happened. */
// "is due to hold talks", "was slated to meet" (wire copy of a trip's next appointment); after a
// form of "be" only, since "Due to the storm, Xi held talks …" gives a reason, not a plan.
export const FUTURE_MARKERS =
  /\b(?:will|would|shall|plans? to|planned to|intends? to|is to|are to|expected to|scheduled to|(?:is|are|was|were)\s+(?:also\s+)?(?:due|set|slated|poised)\s+to|looks? forward to|to be held|upcoming|next (?:week|month|year)|invited|invitation)\b/i;

/** A wish right before a meeting verb: "looks forward to meeting …", "hopes to meet …", "is ready to hold talks …". */
export const MEETING_WISHED =
  /\b(?:looks?|looking|looked) forward to\s+(?:\w+\s+)?$|\b(?:hopes?|hoped|wish(?:es)?|wished|expects?|expected)\s+to\s+(?:\w+\s+)?$|\b(?:is|are|was|were) (?:ready|willing|eager|keen) to\s+(?:\w+\s+)?$/i;

/** A speaker the readout does not know (an analyst, a spokesperson of another event): a capitalised name, an optional appositive, a verb of saying. */
export const OUTSIDE_SPEAKER_FIRST =
  /^([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3})(?:,\s[^,]{3,120},)?\s+(?:said|says|told|added|noted|argued|wrote|commented|observed)\b/u;
/** The same as a tag after a quotation: …," Zhu said. */
export const OUTSIDE_SPEAKER_TAG =
  /[,”"]\s*([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})\s+(?:said|says|told|added|noted)\b[^"“”]{0,80}$/u;

/**
 * Unnamed sources as the tag of a sentence ("…, official sources in Beijing told PTI before the
 * meeting", "…, diplomats familiar with the talks said"): the publisher reporting them.
 */
export const ANONYMOUS_SOURCE_TAG =
  /,\s*((?:(?:official|diplomatic|government|senior|informed|unnamed|western|foreign)\s+)*(?:sources|officials|diplomats|analysts|observers|insiders)(?:\s+(?:in|from|close to|familiar with|at)\s+[^,;]{1,50}?)?)\s+(?:said|say|told|added|noted)\b[^"“”,]{0,80}[.]?$/;
/**
 * After a verb of appeal, its object and an infinitive ("called on the two sides to work …"). The
 * stop of an abbreviation (a single capital's, "U.S.", or a title's, "Mr.") ends no clause: "called
 * on the U.S. Congress to play …" is an appeal.
 */
export const APPEAL_INFINITIVE = String.raw`(?=${INFINITIVE_AHEAD})`;
/** Every saying verb, longest first, as a regex alternation; a verb of appeal only with its infinitive. */
export const SAYING_ALTERNATION = `${alternationOf(SAYING_VERBS)}|(?:${alternationOf(ENGLISH.appealVerbs)})${APPEAL_INFINITIVE}`;
/** A verb of saying right after a subject (an appositive and adverbs may stand between). */
export const SAYING_AFTER_SUBJECT = new RegExp(
  String.raw`^(?:,[^,]{1,90},)?${ADVERBIAL}\s+["“]?(${SAYING_ALTERNATION})\b`,
);
/** A scene verb right after a subject ("Xi walked …"). */
export const SCENE_AFTER_SUBJECT = new RegExp(String.raw`^${ADVERBIAL}\s+(${alternationOf(SCENE_VERBS)})\b`);
/** A scene verb anywhere ("met", "held talks"): a label before a colon with one is a headline. */
export const SCENE_VERB_WORD = new RegExp(String.raw`\b(?:${alternationOf(SCENE_VERBS)})\b`);
/** Verbs of saying plus those that only tag a quotation ("continued", "went on"). */
const TAG_ALTERNATION = `${alternationOf([...SAYING_VERBS, ...ENGLISH.tagVerbs])}|(?:${alternationOf(ENGLISH.appealVerbs)})${APPEAL_INFINITIVE}`;
/** A person's words as the tag's subject: "…," Li's translated words said; "…," Xi's message said. */
const SPEECH_OF = String.raw`(?:['’]s\s+(?:translated\s+|own\s+|written\s+)?(?:words|remarks|statement|message|comments)(?=\s+(?:said|stated)\b))?`;
/** A tag after the words: "…, Xi said." / "…, he added, and …" / "…," he continued, "…". */
export const TAG_AFTER_SUBJECT = new RegExp(
  String.raw`^${SPEECH_OF}${ADVERBIAL}\s+(${TAG_ALTERNATION})(?:\s+(?:[A-Z][\w-]*|him|her|them|reporters|the [\w-]+)){0,3}\s*(?:[,.;!]|$|(?=(?:while|as|when|after|during|at|on|in)\s))`,
);
/** Verbs of an inverted tag, longest first ("said", "tweeted", "wrote" …; lexicon.json). */
export const INVERTED_TAG_ALTERNATION = alternationOf(ENGLISH.invertedTagVerbs);
/** An inverted tag: "…," said Xi. / "…," said President Michel. / "…," tweeted Velmora. */
export const VERB_BEFORE_SUBJECT = new RegExp(
  String.raw`(?:[,”"’]\s*)(${INVERTED_TAG_ALTERNATION})\s+(?:(?:[A-Z][\w-]*|of|for|the)\s+){0,5}$`,
);
/** What may follow an inverted tag's subject: the end, the occasion ("…, said X after meeting Y") or the one told ("…, said Xi to his counterpart"). */
export const AFTER_INVERTED_SUBJECT =
  /^\s*(?:[.,;!]|$|(?:after|while|when|during|following|at|on)\s|to\s+(?:his|her|their|the|him|them|\p{Lu}))/u;

/** Title words before a person that still belong to the subject ("President of the Russian Federation …", "The Prime Minister of China, Li Qiang …": the country may close with a comma before the name). */
export const SUBJECT_LEAD =
  /^(?:(?:[A-Z(][\p{L}'’().-]*|of|the|and)\s+)*(?:of\s+(?:the\s+)?(?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’.-]*,\s+)?$/u;
/**
 * A time opener before the subject of a narrated act ("Before his China tour, X visited …", "Earlier
 * on Thursday, X laid a wreath …"): the publisher telling the trip, not the subject speaking.
 */
export const NARRATED_ACT_LEAD = new RegExp(
  String.raw`^(?:(?:Before|After|Prior to|Ahead of|Earlier|Later|Following|Upon)\b[^,;.]{0,60},\s+)?${SUBJECT_LEAD.source.slice(1)}`,
  "u",
);
/** A companion, a relative clause or an appositive between a subject and its verb ("… and his spouse along with …", "… who is on a visit … will", "X, the President of Y, was accorded …"). */
const SUBJECT_EXTENSION = String.raw`(?:\s+and\s+(?:(?:his|her)\s+(?:wife|husband|spouse)(?:,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,)?|(?:the\s+)?First\s+(?:Lady|Gentleman)(?:\s+[A-Z][\w'’-]*){1,4})(?:,?\s+(?:along with|together with|accompanied by)\s+[^,.;]{1,100}?)?|,?\s+(?:along with|together with|accompanied by)\s+[^,.;]{1,100}?,?(?=\s+(?:arrived|landed|flew|reached|visited|toured|attended|left|departed)\b)|,\s+who\s+[^,.;]{1,80},|,\s+(?:the|a|an)\s+[^,.;]{1,80},(?=\s+(?:arrived|landed|flew|reached|(?:was|were)\s+(?:${alternationOf(ENGLISH.scenePassives)}))\b)|\s+who\s+[^,.;]{1,80}?(?=\s+(?:will|is to|is due to|is expected to|has|had)\b))?`;
/**
 * The visitor's stay and his travelling party ("X is in China for a four-day trip", "X was on a
 * state visit to …", "X and the delegation of business leaders travelling with him were tested on
 * arrival", "X is visiting China for the first time since …"): the publisher's account of the trip,
 * whatever the verb.
 */
const TRIP_AFTER_SUBJECT = String.raw`\s+and\s+(?:the|his|her|a|an)\s+(?:[\w-]+\s+){0,2}(?:delegation|entourage)\b|(?:,\s+(?:invited|accompanied|hosted|received|welcomed|escorted)\s+by\s+[^,.;]{1,60},)?(?:\s+(?:also|now|currently|still))*\s+(?:is|was|are|were)(?:\s+(?:also|now|currently|still))*\s+(?:in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}for|on|paying|making)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay|summit|forum|conference)\b|(?:,\s+who\s+[^,.;]{1,80},)?(?:\s+(?:also|now|currently|still))*\s+(?:is|was|are|were)\s+(?:also\s+|now\s+|currently\s+)?visiting\s+(?:the\s+)?[A-Z]`;
/** A person's visit as the subject ("Vaipulu's state visit, scheduled from …, includes …"): its programme. */
const VISIT_OF_SUBJECT = String.raw`['’]s\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay|itinerary|programme|program|schedule)\b`;
/** An act the publisher narrates: travel ("arrived in …", "reached Beijing", "flew to Lima", "flew in after …", "X together with the First Lady arrived …", "X and his wife, N, were greeted …"), a delegation, a meeting before or after this one, a first ("X has met Y twice", "B has led a delegation"), the programme of a visit, a ceremony done to the person ("X was welcomed to the Hall with …"). */
export const NARRATED_ACT_AFTER_SUBJECT = new RegExp(
  String.raw`^(?:${VISIT_OF_SUBJECT}|${TRIP_AFTER_SUBJECT}|${SUBJECT_EXTENSION}(?:${ADVERBIAL}\s+(?:will|is to|are to|is due to|is expected to|is scheduled to|plans to)\b|(?:\s+(?:has|have|had|was|were))?${ADVERBIAL}\s+(?:(?:${alternationOf(SCENE_VERBS)})\b|(?:reached|flew to|flew into|flew in to)\s+(?=[A-Z])|flew in\s+(?:after|from|on|late|early|overnight|last|this|for)\b|(?:led|leads|headed|heads|is leading|is heading)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation|(?:is|was)\s+(?:the|a|an)\s+(?:first|second|third|only|last)\b)|\s+(?:is|are|was|were|has been|had been)${ADVERBIAL}\s+(?:${alternationOf(ENGLISH.scenePassives)})\b))`,
);

/** A signing told in the passive ("A number of agreements were signed during the visit"): the publisher's record of the visit, whoever spoke before. */
export const SIGNED_PASSIVE = new RegExp(
  String.raw`\b(?:${alternationOf(ENGLISH.signedDocuments)})\b[^.;]{0,80}?\b(?:were|was|have been|has been|had been)\s+(?:also\s+)?signed\b`,
  "i",
);

/** A signing yet to come ("After the meeting, bilateral documents … will be signed"): the programme the publisher tells. */
export const SIGNING_PLAN = new RegExp(
  String.raw`\b(?:${alternationOf(ENGLISH.signedDocuments)})\b[^.;]{0,80}?\b(?:will|are to|is to|are expected to|is expected to|are due to|is due to)\s+be\s+signed\b`,
  "i",
);

/** A plan after a subject, an appositive and adverbs allowed between: "President Xi will also meet B tomorrow". */
export const PLAN_AFTER_NAMED_SUBJECT = new RegExp(
  String.raw`^(?:,[^,]{1,90},)?${ADVERBIAL}\s+(?:will|is to|are to|is due to|is expected to|is scheduled to|plans to)\b`,
);

/** A plan after a subject: "Marenholt will attend …", "Xi is due to visit …", "Biden was expected to urge …". */
export const PLAN_AFTER_SUBJECT =
  /^\s+(?:also\s+)?(?:will|is to|are to|plans to|(?:is|are|was|were)\s+(?:also\s+)?(?:due|expected|likely|set|slated|scheduled)\s+to)\b/;

/** Speech, not narration: the first or second person ("I am glad …", "your visit"), or thanks opening the words. */
export const ADDRESSED_SPEECH =
  /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b|^(?:Thank you|Thanks)\b/;
/** A lead that only announces the words after it ("…, the Minister said:", "M made the following statement:"). */
export const SPEECH_ANNOUNCED = new RegExp(
  String.raw`(?:\b(?:${SAYING_ALTERNATION})|\bthe following\s+(?:statement|remarks|address|speech|words))\s*:\s*$`,
);
/** Any verb of saying as a word, to tell a transcript label from a sentence with a colon. */
export const ANY_SAYING_VERB = new RegExp(String.raw`\b(?:${SAYING_ALTERNATION})\b`);
/** A verb of saying before a closing colon: "Xi asserted:". */
export const SAYING_BEFORE_COLON = new RegExp(String.raw`(${SAYING_ALTERNATION})\s*:\s*$`);

/** Plans and intentions: a day in a clause with these is when something else is to happen. */
export const PLAN_MARKERS =
  /\b(?:will|would|shall|plans? to|planned to|intends? to|is to|are to|expected to|scheduled to|to be held|upcoming|next (?:week|month|year))\b/i;

/** Words that open a clause about someone or something else ("…, who arrived on Sunday"; "; on Friday …"). */
export const OTHER_CLAUSE = /;|\b(?:who|whom|whose|which)\b/i;
/** An honorific right before a name ("…," Mr. Putin said; "PM Imran"), at the end of the text before it. */
export const HONORIFIC_BEFORE = new RegExp(String.raw`\b(?:${alternationOf(ENGLISH.honorifics)})\.?\s+$`);

/**
 * A line that introduces a person's points, as Japan's foreign ministry writes its readouts: "(1)
 * The overview of Minister M's opening remarks is as follows." The person is named in group 1.
 */
export const OVERVIEW_OF =
  /^(?:\(\d+\)\s*)?The overview of\s+(.{2,80}?)['’]s\s+(?:[\w-]+\s+){0,2}(?:remarks|response|statement|reply|comments|explanation)\s+(?:is|was|are|were)\s+as follows\b/i;

/**
 * A lead that announces a person's points in the next paragraphs, as Japan's foreign ministry
 * writes: "(1) Minister M expressed his pleasure …, and stated the following:" ("." or ":" after it).
 */
export const FOLLOWING_LEAD =
  /\b(?:stated|said|noted|explained|remarked|added|emphasi[sz]ed|stressed)\s+(?:the following|as follows)\s*[:.]?\s*$/i;
/** A numbered item in parentheses opening a paragraph ("(2)Minister K …"): a sibling of the lead's item. */
export const PAREN_ITEM = /^\(\d+\)/;
