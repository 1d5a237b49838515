/**
 * "called on" is an appeal with an infinitive in its clause ("Han called on the two countries to
 * deepen …"), else a visitor's call ("Minister H called on Vice President Han in Beijing"). Read by
 * the speaker rules (a verb of appeal is a verb of saying) and by the meeting cue (CALL_ON), so
 * both read the same sentence the same way.
 */

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/** One character of the clause: the stop of an abbreviation ("U.S.", "Mr.") ends no clause. */
const CLAUSE_CHAR = String.raw`(?:[^,;.]|(?<=\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St))\.)`;

/**
 * Where or when the call was paid, between the one called on and the infinitive: "in Beijing",
 * "at Zhongnanhai", "at the Great Hall …", "on Tuesday", "on 13 May", "here", "today".
 */
const VISIT_SETTING = String.raw`\b(?:in\s+[A-Z]|at\s+(?:the\s+)?[A-Z]|on\s+(?:${WEEKDAY}|${MONTH}|\d)|here\b|today\b|yesterday\b|this\s+(?:morning|afternoon|evening)\b)`;

/** The purpose of a call: "… to discuss …", "… to bid farewell", "… to begin his official visit". */
const VISIT_PURPOSE = String.raw`(?:discuss|exchange|review|begin|bid|brief|deliver|convey|present)\b`;

/**
 * A person called on (a capital after "on", "the" allowed), then, before any "to", the call's
 * setting, or its purpose as the infinitive: "called on Vice President Han Zheng in Beijing on
 * Tuesday to discuss …" is a visit. "called on the two sides to …", "called on Japan to stop …" and
 * "called on President B to lift … in Geneva" stay appeals.
 */
const VISIT_AHEAD = String.raw`\s+(?:the\s+)?[A-Z](?:(?!\bto\s)${CLAUSE_CHAR})*?(?:${VISIT_SETTING}|\bto\s+${VISIT_PURPOSE})`;

/** Within the clause, the infinitive of an appeal: no comma, semicolon or full stop before it, and no visit. */
export const INFINITIVE_AHEAD = String.raw`(?!${VISIT_AHEAD})${CLAUSE_CHAR}*?\bto\s+[a-z]`;
