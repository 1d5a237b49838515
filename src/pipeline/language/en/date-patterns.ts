/**
 * English words the date rules read (date-scope.ts): which verbs make a day the reporting's, not
 * the meeting's, and the sentence that says when the meeting took place.
 */

/**
 * Verbs of a report beside the verbs of saying (happened-cue.ts REPORTING_BEFORE): "state media
 * reported on Friday that …", "…, Xinhua reports". A day governed by one is the day of the news.
 * Only the date rules read them: for meeting finding, "reported that X met Y" still tells a meeting.
 */
export const REPORTED_DAY = /\b(?:reported|reports|reporting|announced|announcing)\b/i;

/**
 * A sentence that says when and where the meeting took place: "The talks took place on Thursday at
 * …", "The meeting was held on Monday in …", "Their phone call came on Tuesday". Its day is the
 * meeting's, as in the meeting's own sentence.
 */
export const MEETING_RESTATED =
  /^\s*(?:the|their|this|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation|summit|encounter)\s+(?:took place|was held|were held|happened|came|occurred)\b/i;
