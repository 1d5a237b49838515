import { INFINITIVE_AHEAD } from "./appeal-infinitive";

/**
 * English patterns that tell how a sentence's meeting verb stands to the readout's own meeting
 * (read by meeting-standing.ts): another occasion mentioned as background, an aside in a relative
 * clause, or a meeting whose people are named only by "they" / "the two leaders".
 */

const SPAN = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)`;
const LAST_PERIOD = String.raw`last\s+(?:week|month|year|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)`;

/**
 * Right before the meeting verb, a sequence with the readout's event: "the call comes two days after
 * Xi's video meeting with …", "follows Xi's talks with …", "since their meeting in …", "ahead of …",
 * or a past occasion: "their previous meeting", "Xi's earlier talks with", "Xi and X last met", "… first met"
 * ("during his first meeting with …" is this one: a wire lead's news).
 */
export const BACKGROUND_BEFORE = new RegExp(
  String.raw`(?:\b(?:(?:comes?|came|coming)\s+(?:${SPAN}\s+|just\s+|shortly\s+)?(?:after|before|on the heels of)|follows?|followed|precedes?|preceded|since|ahead of|${SPAN}\s+(?:after|before|since))\s+(?:[\w'’.-]+\s+){0,5}|(?:['’]s|\btheir|\bhis|\bher|\bthe|\ban?)\s+(?:previous|earlier|last|prior)\s+(?:[\w'’-]+\s+)?|\b(?:previously|last)\s+|(?<!\b(?:his|her|their)\s+)\bfirst\s+)$`,
  "i",
);

/** A sentence opened by a past time other than the meeting's: "A day earlier, …", "Last month, …", a bare "Earlier, …". */
export const BACKGROUND_OPENER = new RegExp(
  String.raw`^(?:${SPAN}\s+(?:earlier|before|ago)|${LAST_PERIOD}|earlier this (?:week|month|year)|previously|earlier(?=\s*,))\b\s*,?`,
  "i",
);

/**
 * Within the few words after the meeting verb (its clause, before any relative clause), a past time
 * other than the meeting's: "… talks with the Portuguese president last month", "met X in Lima
 * three years ago" (not "… ties that started three years ago"). Each word is taken whole (the
 * lookahead after it): without it the seven repeats could split one word many ways, and a sentence
 * with no past time tried every split (an eighth of the pipeline's time).
 */
export const PAST_AFTER = new RegExp(
  String.raw`^(?:\s*(?!(?:that|which|who|whom|where|when|while|and|but)\b)[^\s,;.]+(?![^\s,;.])){0,7}?\s+(?:${LAST_PERIOD}|earlier this (?:week|month|year)|${SPAN}\s+(?:ago|earlier)|previously)\b`,
  "i",
);

/**
 * Right before an occasion word, the principal's own coming or going about another event: "flew in
 * after attending the East Asia Summit …", "after wrapping up a visit to …", "before leaving for
 * the G20 summit in …". That summit is not this meeting, and its place is not this meeting's.
 */
export const OTHER_EVENT_BEFORE =
  /\b(?:after|before|following|upon|on (?:his|her|their) way (?:to|from))\s+(?:attending|wrapping up|concluding|completing|leaving|visiting|chairing|hosting|addressing|taking part in|participating in|heading (?:to|for)|leaving for|returning from|an? (?:trip|visit) to|(?:his|her|their) (?:trip|visit) to)\s+(?:[\w'’.-]+\s+){0,6}$/i;

/**
 * The pluperfect right before a verb: "had spoken", "had already held" (an occasion before the one
 * told). "had a telephone conversation", "had phone talks" is the simple past of "have" with the
 * format word as its object: the readout's own call (the Akorda and Kremlin way of saying it).
 */
export const PLUPERFECT_BEFORE =
  /\bhad\s+(?!(?:a|an|the|their|his|her|its|our|another)\s)(?:[\w-]+\s+){1,3}$/i;

/**
 * A count of occasions within the few words after a meeting verb or format word: "he and I have
 * spoken to each other on the phone a couple of times", "the two have met twice", "met and
 * communicated several times", "have met repeatedly": earlier occasions, not the one told ("the
 * third time the two have met" counts this one, and is no count of this shape).
 */
export const FREQUENCY_AFTER =
  /^(?:\s+[\w'’-]+){0,6}?\s+(?:(?:a couple of|several|many|multiple|a few|a number of|numerous|two|three|four|five|\d+)\s+times|twice|thrice|on (?:several|many|multiple|numerous|a number of) occasions|repeatedly|more than once)\b/i;

/** Right after a place, a time to come: "the G20 summit in China's Hangzhou this autumn", "… in Lima next month". */
/** A coming occasion right before a place ("the next BRICS Summit in Goa", "the upcoming talks at …"): its place, not this meeting's. */
export const NEXT_OCCASION_BEFORE =
  /\b(?:next|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,3}(?:summit|meeting|session|talks|visit|round|forum|conference)\s+(?:in|at)\s+(?:the\s+)?$/i;
export const FUTURE_TIME_AFTER =
  /^\s+(?:(?:this|next|later this)\s+(?:spring|summer|autumn|fall|winter|week|month|year)|next\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

/**
 * Right after a person's name, the possessive of an agent sent in his stead: "met with Chinese
 * President Xi Jinping's special envoy and Vice Premier Liu He" (the one met is the envoy, named next).
 */
export const ENVOY_OF = /^['’]s\s+(?:special\s+|personal\s+)?(?:envoy|representative|emissary|messenger)\b/i;

/**
 * The reporting words of a briefing ("Wang Yi said that …", "the spokesperson told reporters that
 * …"): the clause after them may tell the leader's meeting (reported-anchor.ts).
 */
export const REPORTED_THAT =
  /\b(?:said|noted|stated|told (?:reporters|journalists|the press|the media)|briefed (?:reporters|journalists|the press|the media)(?: [^,.;]{0,40})?)\s+that\s+/i;

/** A relative clause about a person right before the meeting verb: "Gillard, who met …", "(who also held talks with …". */
export const RELATIVE_BEFORE = /[,(]\s*(?:who|whom)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** A subject that names the two sides only by reference: "They held talks …", "The meeting between the two leaders …". */
export const ANAPHORIC_PAIR =
  /\b(?:they|the two (?:men|women|leaders|presidents|premiers|prime ministers|heads of state|heads of government|statesmen|sides)|both (?:leaders|men|sides|presidents))\b/i;

/**
 * A sentence whose subject is the meeting's two, saying again that they met: "The pair met for talks
 * on Thursday at the Diaoyutai State Guesthouse" after "… in her bilateral meeting with the Chinese
 * president" (a newspaper's second paragraph). Not another encounter ("They met again …", "also
 * met", "last met") nor a plan or the pluperfect.
 */
export const PAIR_RESTATES =
  /^\s*(?:the pair|the duo|the two (?:men|women|leaders|presidents|premiers|prime ministers|ministers|foreign ministers|heads of state|heads of government|statesmen)|both leaders|they)\s+(?:met|held (?:[\w-]+ ){0,3}talks|spoke|talked)\b(?![^.;]*\bagain\b)/i;

/**
 * The two sides of a lead's meeting named as a pair, with the countries' or delegations' words too:
 * "the heads of the governments of the two countries held a meeting …", "… with official talks
 * between the two delegations". Narrower than ANAPHORIC_PAIR's "they": only next to a meeting verb.
 */
export const PAIR_OF_LEAD =
  /\b(?:the two (?:leaders|presidents|premiers|prime ministers|heads of state|heads of government|sides|delegations|countries|governments)|both (?:leaders|sides|countries|governments))\b/i;

/**
 * A meeting with a delegation, whose leader the next sentence names: "Zhao met with a delegation of
 * the X party in Beijing on Monday. The delegation was led by A B, …" (Xinhua's way with party and
 * business delegations). Like ANAPHORIC_PAIR, it lets the neighbouring sentences name the other side.
 */
export const DELEGATION_MET =
  /\b(?:met|meets|received|receives|hosted)\s+(?:with\s+)?(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}delegation\b/i;

/**
 * A wire lead that says the meeting by its end or its start, with no other meeting verb: "A and his
 * Chinese counterpart B have wrapped up their virtual summit", "… concluded talks in Beijing on
 * Tuesday", "X and Y have started their summit meeting at …", "… began talks in …".
 * A source for MEETING_CUE (meetings.ts); like "held", it may stand in the perfect ("have wrapped up").
 */
export const CLOSING_MEETING = String.raw`(?:wrapped up|concluded|started|began|opened|kicked off) (?:(?:their|the|a|an|his|her|two-day|one-day) )?(?:[\w-]+ ){0,2}(?:talks|summit|meeting|negotiations|conversation|consultations)`;

/**
 * A meeting told through its joint press conference: "Premier Li has fronted a joint press
 * conference with Prime Minister B", "… held a joint news conference with …": the two met. A source
 * for MEETING_CUE; like "held", it may stand in the perfect.
 */
export const JOINT_PRESS_WITH = String.raw`(?:fronted|held|gave|addressed|hosted) (?:a |an )?joint (?:press|news|media) (?:conference|briefing|event|appearance) with`;

/**
 * A visitor calling on a leader, as Commonwealth and ASEAN wire copy tells a meeting: "PM A paid a
 * courtesy call on President Xi …", "… made a call on …", "During his courtesy call on Premier L, …",
 * "Minister B called on Vice President H in Beijing", "… called on Vice President H in Beijing on
 * Tuesday to discuss …". The one called on is the other principal. "called on X to do …" with no place, day or purpose of a call between is a
 * saying verb (an appeal), never a visit (appeal-infinitive.ts). A source for MEETING_CUE.
 */
export const CALL_ON = String.raw`(?:(?:paid|pays|paying|made|makes|making) (?:a |an )?(?:courtesy |farewell |brief |short )?(?:call|visit) on|(?:paid|pays|paying|made|makes|making) (?:a |an )?(?:courtesy|farewell) (?:visit|call) to|(?:courtesy|farewell) (?:call|visit)s? on|(?:called|calls|calling) on(?!${INFINITIVE_AHEAD}))`;

/**
 * A bare "called" for a phone call, as wire copy writes it: "A has called his Chinese counterpart
 * Xi", "Xi called Philippine President B on Tuesday", "… called B yesterday to congratulate him".
 * Its object is a counterpart, a title or a name with the call's day or purpose. Not "called for",
 * "called on", "so-called", "what he called", "is called", "called it …". A source for MEETING_CUE;
 * the cue alone makes the format a call (facts-stage.ts calledFormat).
 */
const CALLED_TITLE = String.raw`(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Vice President|Vice Premier|Foreign Minister|Minister|Secretary of State|Secretary-General|State Councill?or|Chairman|Speaker)`;
const NOT_CALLED_OBJECT = String.raw`(?:for|on|upon|off|out|up|back|in|into|over|it|its|this|that|these|those|a|an|him|them|me|us|attention|elections?)`;
export const BARE_CALLED = String.raw`called(?<!\bso-called|\b(?:what|which|is|was|were|are|be|been|being|it)\s+(?:[\w-]+\s+)?called) (?:(?:his|her|their) (?:[\w-]+ ){0,2}counterparts?\b|(?!${NOT_CALLED_OBJECT}\b)(?:(?:the )?(?:(?!(?:by|of|for|to|with|and|from|in|on|at)\b)[\w-]+ ){0,2}?${CALLED_TITLE}\b(?!(?:\s+[\w-]+){0,3}?['’]s\b)|[\w'’.-]+(?: [\w'’.-]+)?(?:, [^,;.]{1,60},)? (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last night|to (?:discuss|congratulate|express|offer|convey|thank))\b))`;

/**
 * A monarch or a head of state receiving a visitor, as Bernama and palace pages tell it: "The King
 * today granted an audience to Vice President H …", "… granted an audience on Friday (May 19) to …",
 * "… had an audience with the King". A source for MEETING_CUE.
 */
export const AUDIENCE = String.raw`(?:(?:granted|grants|granting|gave|accorded) (?:an? )?(?:royal |private |special )?audience (?:(?:late |early )?on [A-Z][a-z]+ (?:\([^()]{1,20}\) )?)?to|(?:had|has|have) (?:an? )?(?:royal |private )?audience with)`;

/**
 * An active "accompanied" before the meeting words, in their clause: "The Foreign Minister, A,
 * accompanied today the President, B, in his meeting with Xi …". Its subject attends; the one
 * accompanied is the principal. Not "accompanied by" (the subject is then the principal).
 */
/**
 * "A and B joined him and also attended his meeting with the Chinese President": the meeting is
 * the one "his" names, another person's; its subjects are his companions, who attend it. Only a
 * possessive: "Li attended a meeting with B" is Li's own meeting.
 */
export const ATTENDED_HIS_BEFORE =
  /\b(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|sat in on|took part in|taking part in|participat(?:ed|es|ing) in)\s+(?:him\s+(?:in|at)\s+)?(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i;

export const ACCOMPANIED_BEFORE = /\baccompan(?:ied|ies|y|ying)\s+(?!by\b)[^.;]*$/i;

/**
 * A meeting noun with its day before "with", as wire copy writes it: "in a meeting on Tuesday with
 * …", "a meeting Saturday with …" (AP's bare weekday), "talks late on Monday with …", "a conversation yesterday with …", with the dateline's city as
 * "here" ("during a meeting here with …", Xinhua's wire), a round-up's "talks on the same day with …",
 * "talks later that day with …", or with its length in brackets, as Japan's
 * foreign ministry writes it: "a Foreign Ministers' Meeting (approximately 1 hour) with …". A source
 * for MEETING_CUE.
 */
export const DATED_MEETING_WITH = String.raw`(?:meeting|talks|conversation) (?:(?:(?:late |early )?on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|here|(?:on )?the same day|(?:later|earlier) (?:that|the same|in the) day|\((?:approximately|about|around|some) [^()]{1,40}\)) with`;

/**
 * A principal telling the other something at their meeting, the wire's way of saying it when the
 * lead names the Chinese side only by rank: "Zhao told Kim at the meeting concluding his visit that
 * …", "… told B during their talks", "… told B in a call on Tuesday", "Wang told Yoon through an interpreter that …" (an interpreter
 * is there only in person). The one told is the other principal (not "told reporters at the summit").
 * A source for MEETING_CUE.
 */
export const TOLD_AT_MEETING = String.raw`told (?!(?:reporters|journalists|the (?:press|media|audience|participants|delegates|leaders|gathering)|leaders|delegates|participants|an?) )(?:[\w'’.-]+ ){1,6}?(?:(?:at|during|in) (?:the|their|a|an|his|her) (?:[\w'’-]+ ){0,2}(?:meeting|talks|summit|conversation|audience|call)|(?:through|via) (?:an|his|her|their) interpreter)`;

/**
 * The two's meeting named by "their", the pair standing in the sentence or the one before: "This
 * was disclosed during their meeting at the Great Hall …", "… Xi told B in their talks". Not
 * another of their meetings ("during their previous meeting", "at their next summit"). A source
 * for MEETING_CUE.
 */
export const THEIR_MEETING = String.raw`(?:during|at|in) their (?!(?:previous|earlier|last|prior|next|upcoming|coming|planned|future|forthcoming)\b)(?:[\w-]+ ){0,2}(?:meeting|talks|conversation|encounter|summit)`;

/**
 * Wire verbs that say the meeting with the other side named as the counterpart: "A discussed trade
 * and the corridor with Chinese counterpart Wang Yi on Sunday", "Wang rubbed shoulders with
 * Russian Foreign Minister B". Discussing something with a country ("discussed ties with Japan")
 * is not one. A source for MEETING_CUE.
 */
export const DISCUSSED_WITH = String.raw`discussed [^.;:]{0,160}?with (?:(?:his|her|their|the) )?(?:[\w-]+ ){0,2}counterparts?|rubbed shoulders with`;

/**
 * In the clause after a meeting verb in the perfect, a word that makes it an earlier occasion: "X has
 * met Y twice previously", "… has met him three times", "… has met Y before", "… in 2017".
 */
export const EARLIER_AFTER =
  /^[^,;.]*?\b(?:twice|(?:three|four|five|several|many|a few|\d+) times|on (?:several|many) occasions|previously|before|earlier|already|once|last (?:year|month|week)|in (?:19|20)\d{2})\b/i;

/**
 * A meeting named by a noun with its other side: "Xi made the comments in a meeting with …", "X's
 * discussions with Wang Yi also covered …", "in his talks with …".
 */
export const MEETING_NOUN_WITH =
  /\b(?:discussions?|talks|meetings?|conversations?|(?:phone |telephone |video )?calls?|consultations|negotiations)\s+with\b/i;

/**
 * Words saying that one sentence's meetings were several, one with each foreign leader it lists:
 * "met with A and B respectively", "met separately with", "held individual meetings with", "in
 * separate meetings with" (separate-meetings.ts).
 */
export const SEPARATE_MEETINGS =
  /\b(?:respectively|separately|individually|(?:individual|separate|bilateral) (?:meetings|talks))\b/i;

/** A sentence adding another event in passing: "Also on Monday, …", "Separately, …", "In addition, …". */
export const IN_PASSING_OPENER = /^(?:Also\b|Separately\b|In addition\b|Meanwhile\b)/;

/** A photo caption's words for a meeting ("Xi (R) holds talks with …", "… shake hands"): English, like the rest here. */
export const CAPTION_MEETING_WORD =
  /\b(?:meets?|met|meeting|talks?|holds?|held|shakes? hands|greets?|welcomes?|receives?|received|conversation|call)\b/i;

/**
 * "here" as a place in a wire story's meeting sentence ("met … here on Monday", "at the Presidential
 * Villa here"): the dateline's city. Not "Click here", "here is …", "here and there".
 */
export const HERE_AS_PLACE =
  /(?<!\b(?:click|tap|see|read|from)\s+)\bhere\b(?!\s+(?:is|are|was|were|and\s+there)\b)(?![-'’]\w)/i;

/** Words that name a meeting, for a sentence that says where it was ("The talks were held at …"). */
export const MEETING_WORD = /\b(?:talks|meetings?|met|meets|summit|conversation|consultations)\b/gi;

/**
 * Words naming an occasion whose day or place a sentence may give: the meeting words and a visit
 * ("since their last meeting in Colombo on August 12, 2024", "during Li's previous visit to …").
 */
export const OCCASION_WORD =
  /\b(?:talks|meetings?|met|meets|summit|conversation|consultations|visits?|calls?)\b/gi;

/**
 * Right before "met", a clause of time about the two ("when they met in Shenzhen on 2 May 2023", "when
 * the two leaders first met"): another occasion, told beside this meeting.
 */
export const WHEN_MET_BEFORE =
  /\b[Ww]hen\s+(?:they|we|the two(?:\s+[\w-]+)?|[A-Z][\w'’-]*(?:\s+and\s+[A-Z][\w'’-]*)?)\s+(?:(?:first|last|previously|also)\s+)?$/;

/** Between an occasion word and a day or place, a new clause: the day is no longer that occasion's. */
export const NEW_CLAUSE = /;|,\s*(?:and|but|while|whereas|then)\b|\.\s/;

/**
 * A principal reporting his own meeting of the day, in the simple past, right before the meeting
 * verb: "PM M on Tuesday said that he held talks with Premier L", "X said they met …". Not reported
 * speech about another occasion ("said he had met" keeps the pluperfect and stays one).
 */
export const OWN_TALKS_REPORTED =
  /\b(?:said|says|told reporters)\s+(?:that\s+)?(?:he|she|they|we)\s+(?:just\s+|also\s+)?$/i;

/** Right before a meeting noun, "after"/"following" governing it: "…, after a call with …", "following talks with …". */
export const AFTER_NOUN = /\b(?:after|following)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * Before the meeting verb, still inside an attribution that opens the sentence ("According to a
 * statement issued … after a meeting between H and W, China …", "Citing a readout of X's talks with
 * …,"): the meeting is the source's occasion, told in passing, not the sentence's news.
 */
export const ATTRIBUTION_OPENER =
  /^\s*(?:According to|Citing|As (?:stated|reported|said) (?:in|by))\b[^,;:]*$/i;

/**
 * Right before a name, the envoy's title whose sender it names: "Special Representative of President
 * ", "the special envoy of Chinese President ", "on behalf of President ". The sender is absent.
 */
export const ENVOY_OF_BEFORE =
  /\b(?:(?:special\s+)?(?:envoy|representative|emissary|messenger)\s+of|on\s+behalf\s+of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}$/iu;

/**
 * The meeting told, then what happened in it as a relative clause: "… began with a meeting with
 * his counterpart, X, in which they agreed to …", "… received a phone call from X, during which,
 * the Chinese president offered his condolences …". The clause after the match is the report.
 */
export const MEETING_RELATIVE =
  /\b(?:meeting|talks|call|conversation|summit|session|discussions?|audience)\b[^.;:]{0,160}?,\s*(?:during|in|at|throughout)\s+which,?\s+/i;
