/**
 * Taking one's turn in the talks, then words of saying ("X was the first to speak, saying that …",
 * "Xi spoke first, noting …", "The Prime Minister opened the talks by praising …", "M took the floor,
 * stressing …"): the words are the subject's, though "spoke" alone is a scene and "was the first"
 * alone a rank the publisher gives. Read right after the subject (attribution/participle-opener.ts).
 */
export const TURN_THEN_WORDS =
  /^(?:,[^,]{1,90},)?(?:\s+(?:then|also|first))?\s+(?:(?:was|is)\s+the\s+first\s+to\s+(?:speak|take\s+the\s+floor|make\s+remarks)|spoke\s+first|took\s+the\s+floor(?:\s+first)?|(?:opened|began|started)\s+(?:the|their|his|her)\s+(?:talks|meeting|discussions?|conversation|session|remarks|speech))(?:\s+(?:at|in|during|on|after)\s+[^,;.]{1,50}?)?(?:,\s*|\s+by\s+|\s+)((?:saying|noting|stressing|praising|expressing|thanking|welcoming|recalling|pointing out|emphasi[sz]ing|underlining|highlighting|congratulating|reaffirming|calling for|calling on|hailing|voicing))\b/;
