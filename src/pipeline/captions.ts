/**
 * Photo captions: the house styles' caption shapes (publishers.json: "[Photo/Agencies]",
 * "(Xinhua/Name)") and the ones every site shares: where a person stands in the picture, a
 * photographer's credit in capitals or in a wire's mixed case, a bracketed picture credit. The
 * clean stage drops captions and keeps them aside, since a caption of the meeting may date it
 * when the text does not.
 */
import type { HouseStyles } from "./styles/house-styles";

// "Xi Jinping (R) holds talks with …", "Li Keqiang(L) meets …", "… (2nd L) …": where a person stands
// in the picture is said only in a caption.
const POSITION_IN_PICTURE =
  /(?<=\p{L}\s?)\((?:left|right|centre|center|middle|front|back|L|R|C|[1-9](?:st|nd|rd|th)\s?(?:[LR]|left|right)|(?:second|third|far) (?:left|right)|(?:left|right) to (?:left|right)|from (?:left|right))\)/u;
// "… on August 29, 2019. NAME SURNAME/ PRESIDENTIAL PHOTO": a photographer's credit in capitals.
const CAPITALS_CREDIT =
  /(?:^|[.!?]["”’]?\s+)(?:\p{Lu}[\p{Lu}'’.-]+\s+){1,3}\p{Lu}[\p{Lu}'’.-]+\s*\/\s*\p{Lu}[\p{Lu} .'’-]{1,40}$/u;
// "… in Jakarta, September 5, 2031. First Last/Pool via REUTERS", "… First Last/Reuters": a wire
// photographer's credit in mixed case, after the caption's sentence or alone on its line. The
// photographer has two names or more, and the agency is in capitals or comes after "Pool via" (a
// slash between two words of prose, "the China/US talks", is neither). The agency may come first:
// "… 2031. REUTERS/First Last/File Photo".
const WIRE_CREDIT =
  /(?:^|[.!?]["”’]?\s+)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*\/\s*(?:(?:Pool|File Photo|Handout)\s*(?:via\s+|\/\s*)\p{Lu}[\p{L}&-]+(?:\s+Images)?|\p{Lu}[\p{Lu}&-]+|Reuters|Xinhua|Getty Images)$|[.!?]["”’]?\s+\p{Lu}{2,}\s*\/\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*(?:\s*\/\s*File Photo)?$/u;
// "[File: Name/Pool via Agency Photo]", "(Agency Photo/Name)": a bracketed credit naming a picture.
const PICTURE_CREDIT =
  /[[(](?:\s*file\s*:|[^\])]{0,80}\b(?:photo|photograph|picture|pool)s?\b)[^\])]{0,80}[\])]\s*$/i;
// "In this photo provided on April 2, 2031, by …", "This image released by …": a wire's caption
// opener (AP's formula), and its credit "(Agency/Service via AP)", which names no photo.
const PICTURE_OPENER =
  /^(?:In this (?:\w+ )?(?:photo|image|picture|photograph)\b|This (?:\w+ )?(?:photo|image|picture|photograph) (?:provided|released|taken|distributed|made available)\b)/i;
const VIA_AGENCY_CREDIT = /[(][^()]{0,80}\bvia (?:AP|AFP|Reuters|Getty Images|\p{Lu}{2,})[)]\s*$/u;
// "[File: …]", "File photo": the picture is of an earlier day.
const FILE_PICTURE = /[[(]\s*file\b|\bfile (?:photo|picture|image)\b/i;

// A caption is a line or two; a longer paragraph that says "(L)" is prose, and so is a page
// flattened onto one line that ends on its last caption's credit.
const CAPTION_LENGTH = 500;

/** A photo caption: the house styles' caption shapes, a position in the picture or a picture credit. */
export function isCaption(line: string, styles: HouseStyles): boolean {
  // A page flattened onto one line holds its captions inside the article: no caption is that long.
  if (line.length > CAPTION_LENGTH) return false;
  return (
    styles.photoCaption.test(line) ||
    POSITION_IN_PICTURE.test(line) ||
    CAPITALS_CREDIT.test(line) ||
    WIRE_CREDIT.test(line) ||
    PICTURE_CREDIT.test(line) ||
    PICTURE_OPENER.test(line) ||
    VIA_AGENCY_CREDIT.test(line)
  );
}

/** A caption of a file picture, which shows an earlier event than the article's. */
export function isFilePicture(caption: string): boolean {
  return FILE_PICTURE.test(caption);
}
