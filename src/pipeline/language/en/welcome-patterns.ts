/**
 * English patterns for telling a ceremonial welcome from a position (attribution/welcome.ts):
 * "welcomed guests as they arrived" is a ceremony, "welcomed K to Beijing and said …" is speech.
 */

/** The object of a ceremonial welcome that names no one: "welcomed guests as they arrived", "welcomed the leaders". */
export const WELCOMED_PEOPLE =
  /^\s+(?:the\s+)?(?:visiting\s+|foreign\s+|arriving\s+)?(?:guests|leaders|delegates|delegations|visitors|dignitaries|participants)\b/;
/**
 * After a welcomed person, the welcomer's words: "… welcomed K to Beijing and said …", "… welcomed K
 * and his delegation, and congratulated Chile on …", "… welcomed K, congratulating him on …".
 */
export const WELCOME_THEN_WORDS =
  /^[^.;]{0,80}?(?:\band\s+(?:also\s+)?(?:said|says|stressed|noted|added|told|expressed|called for|urged|pointed out|congratulated|thanked|praised|hailed|commended|appreciated|reaffirmed|recalled|emphasi[sz]ed|underlined|highlighted)|,\s+(?:saying|expressing|noting|stressing|congratulating|thanking|praising|hailing|recalling)\b)/;
