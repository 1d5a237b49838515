/** What the actor stages produce: a person or party found in the text, and people a readout introduces. */

export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  surface: string;
  /** How it was recognised. */
  via: "name" | "alias" | "introduced";
}

export interface IntroducedPerson {
  id: string;
  name: string;
  party: string;
  title: string;
}
