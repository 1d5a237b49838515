/** English patterns for a side's own position (read by attribution/party-position.ts and echoed-by.ts). */
/** Linking openers before a country as the subject ("For its part, China …", "In this regard, Chile …"), as a source. */
export const PARTY_LINKING_OPENER = String.raw`(?:For (?:its|their) part|In this regard|In this respect|To this end|On this basis|In addition|Moreover|Furthermore|Meanwhile|At the same time|Likewise|Similarly|In turn|In return),`;

/**
 * A position right after a country as the subject ("China is ready to …", "Chile firmly supports
 * …", "China will continue to …"): that side's own offer or stance ("China and Chile …" is no such
 * subject; "China's exports …" neither).
 */
export const PARTY_POSITION_AFTER =
  /^(?:\s+(?:also|always|firmly|fully|still|further|sincerely|highly|once again|again))*\s+(?:(?:is|are)\s+(?:also\s+)?(?:ready|willing|prepared|committed|determined|happy|glad|eager|keen)\b|stands?\s+ready\b|will\b|would\b|(?:supports|opposes|welcomes|appreciates|values|hopes|wishes|respects|attaches|believes|expects|looks forward)\b)/;

/**
 * What was just said, taken up by someone named after "by" ("That sentiment was echoed by B", "The
 * view was shared by President B, who …", "This was seconded by the Prime Minister"): the
 * position of that person. The text up to "by " (the person's reference starts where it ends).
 */
export const ECHOED_BY =
  /^(?:That|This|The|These|Those|Such|His|Her|Their)(?:\s+[\w-]+){0,3}\s+(?:was|were|has been|had been|is)\s+(?:also\s+|fully\s+|warmly\s+|strongly\s+)?(?:echoed|shared|seconded|endorsed|reiterated|repeated|supported|underscored|affirmed)\s+by\s+/;
