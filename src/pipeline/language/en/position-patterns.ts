/** English patterns for a side's own position (read by attribution/party-position.ts). */
/**
 * A position right after a country as the subject ("China is ready to …", "Chile firmly supports
 * …", "China will continue to …"): that side's own offer or stance ("China and Chile …" is no such
 * subject; "China's exports …" neither).
 */
export const PARTY_POSITION_AFTER =
  /^(?:\s+(?:also|always|firmly|fully|still|further|sincerely|highly|once again|again))*\s+(?:(?:is|are)\s+(?:also\s+)?(?:ready|willing|prepared|committed|determined|happy|glad|eager|keen)\b|stands?\s+ready\b|will\b|would\b|(?:supports|opposes|welcomes|appreciates|values|hopes|wishes|respects|attaches|believes|expects|looks forward)\b)/;
