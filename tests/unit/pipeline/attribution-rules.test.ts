// One test per speaker rule (src/pipeline/attribution/rules.ts), each on made-up sentences: the rule
// named on the statement is the one that chose its speaker.
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/pipeline/attribution/rules";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { statementWith } from "./helpers";

const OPENING =
  "On June 1, 2023, Chinese President Xi Jinping met with Russian President Vladimir Putin in Beijing.\n\n";

/** Speaker and rule of the statement containing `fragment`, in the readout OPENING + body. */
function explain(body: string): (fragment: string) => { speaker: string; rule: string | undefined } {
  const find = statementWith(OPENING + body);
  return (fragment) => {
    const { speaker, speakerRule } = find(fragment);
    return { speaker, rule: speakerRule };
  };
}

/** Paragraphs of a made-up readout body, one per argument. */
const paragraphs = (...texts: string[]) => texts.join("\n\n");

const tested = new Set<string>();
function rule(name: string, body: string, expectations: [fragment: string, speaker: string][]) {
  tested.add(name);
  it(name, () => {
    const who = explain(body);
    for (const [fragment, speaker] of expectations)
      expect(who(fragment), fragment).toEqual({ speaker, rule: name });
  });
}

describe("speaker rules, in order", () => {
  rule(
    "remarks-lead",
    paragraphs(
      "Opening remarks by President Putin at the talks with President Xi:",
      "Thank you, Mr President, for your welcome.",
      "Our trade grew last year. President Xi, your visit to Kazan is awaited.",
    ),
    [["Thank you, Mr President", "vladimir-putin"]],
  );
  it("remarks-lead: the speaker holds the turn; words with no first or second person after a colon are not such a turn", () => {
    const who = explain(
      paragraphs(
        "Opening remarks by President Putin at the talks with President Xi:",
        "Thank you, Mr President, for your welcome.",
        "Our trade grew last year. President Xi, your visit to Kazan is awaited.",
      ),
    );
    expect(who("Our trade grew").speaker).toBe("vladimir-putin");
    expect(who("President Xi, your visit")).toEqual({ speaker: "vladimir-putin", rule: "label-continues" });
    const other = explain(paragraphs("Xi set out his view in the hall as follows:", "Trade grew last year."));
    expect(other("Trade grew last year").rule).not.toBe("remarks-lead");
  });
  rule("open-quote", "Xi said: “Friends should meet often. Trade will grow.\n\n“We are ready.”", [
    ["We are ready", "xi-jinping"],
  ]);
  it("open-quote: a statement a lead announced runs over paragraphs with no opening mark, until it closes", () => {
    const who = explain(
      paragraphs(
        "Putin made the following statement:",
        "“Friends, thank you. Trade grew.",
        "And of course, the grain corridor matters most.",
        "Energy comes next.”",
        "The two leaders then walked in the garden.",
      ),
    );
    expect(who("the grain corridor matters most")).toEqual({ speaker: "vladimir-putin", rule: "open-quote" });
    expect(who("Energy comes next")).toEqual({ speaker: "vladimir-putin", rule: "open-quote" });
    expect(who("walked in the garden").speaker).toBe("narrator");
  });
  rule(
    "overview-label",
    paragraphs(
      "(1) The overview of President Putin’s opening remarks is as follows.",
      "I welcome your visit. Both countries should keep talking.",
      "(2) The overview of President Xi’s response is as follows.",
      "China is ready to work with Russia.",
    ),
    [
      ["The overview of President Putin", "narrator"],
      ["I welcome your visit", "vladimir-putin"],
      ["Both countries should keep talking", "vladimir-putin"],
      ["China is ready to work with Russia", "xi-jinping"],
    ],
  );
  it("overview-label: a heading ends the points", () => {
    const who = explain(
      paragraphs(
        "(1) The overview of President Putin’s remarks is as follows.",
        "I welcome you.",
        "2 Trade",
        "Exports grew.",
      ),
    );
    expect(who("Exports grew").rule).not.toBe("overview-label");
  });
  it("overview-label: 'M stated the following:' makes the numbered points under it M's until the next item", () => {
    const who = explain(
      paragraphs(
        "(1)President Putin welcomed the guests, and stated the following:",
        "1. Recently, exchanges between the two countries have been frequent.",
        "2. The two sides are preparing a visit by the prime minister.",
        "3. There is a need to keep the momentum.",
        "(2)President Xi thanked him for the welcome, and stated the following.",
        "1. China values the relationship.",
        "(3)The two sides shared the view that trade should grow.",
      ),
    );
    expect(who("Recently, exchanges")).toEqual({ speaker: "vladimir-putin", rule: "overview-label" });
    expect(who("preparing a visit")).toEqual({ speaker: "vladimir-putin", rule: "overview-label" });
    expect(who("keep the momentum")).toEqual({ speaker: "vladimir-putin", rule: "overview-label" });
    expect(who("China values the relationship")).toEqual({ speaker: "xi-jinping", rule: "overview-label" });
    expect(who("trade should grow").speaker).toBe("joint");
  });
  rule("attendance", "Wang Yi and Sergey Lavrov were present at the meeting.", [
    ["Wang Yi and Sergey Lavrov", "narrator"],
  ]);
  rule("transcript-label", "Vladimir Putin: Mr Chairman, dear friend, we are glad to see you.", [
    ["Mr Chairman, dear friend", "vladimir-putin"],
  ]);
  it("transcript-label: a joint subject in the speaker's turn is the speaker's words, not the record's", () => {
    const who = explain(
      paragraphs(
        "VLADIMIR PUTIN, PRESIDENT OF RUSSIA: Thank you, Mr Chairman. We meet at a hard time.",
        "Both sides have worked to widen trade. The two countries share a long border.",
      ),
    );
    expect(who("Both sides have worked").speaker).toBe("vladimir-putin");
    expect(who("share a long border").speaker).toBe("vladimir-putin");
  });
  it("joint-subject: 'The heads of state shared their opinions on …' is their exchange", () => {
    const who = explain(
      paragraphs("The heads of state shared their opinions on the situation in the region."),
    );
    expect(who("shared their opinions")).toEqual({ speaker: "joint", rule: "joint-subject" });
  });
  it("saying-subject: 'M referred to X's speeches' and 'M made several suggestions to X' are M's", () => {
    const who = explain(
      paragraphs(
        "For example, Putin referred to Xi's earlier speeches on reform.",
        "During the talks, Putin made several suggestions to Xi on grain exports. And proposed a joint fund.",
      ),
    );
    expect(who("referred to Xi's earlier speeches").speaker).toBe("vladimir-putin");
    expect(who("made several suggestions").speaker).toBe("vladimir-putin");
    expect(who("proposed a joint fund").speaker).toBe("vladimir-putin");
  });
  rule("cited-as-saying", "State media cited the Russian president as saying that energy ties are strong.", [
    ["energy ties are strong", "vladimir-putin"],
  ]);
  it("cited-as-saying: 'X is reported by Xinhua to have said …' is X's", () => {
    const who = explain(
      paragraphs(
        "Xi said ties are sound.",
        "On his part, Putin is reported by TASS to have said Russia is ready.",
      ),
    );
    expect(who("is reported by TASS")).toEqual({ speaker: "vladimir-putin", rule: "cited-as-saying" });
  });
  rule(
    "speech-tag",
    'The two sides need to expand trade, Putin said.\n\n"Dialogue matters," said Xi.\n\n"Energy is strong," Mr. Putin said.\n\n"At the same time," he continued, "we must be patient."\n\n"Trade will grow," Xi went on.',
    [
      ["The two sides need to expand trade", "vladimir-putin"],
      ["Dialogue matters", "xi-jinping"],
      ["Energy is strong", "vladimir-putin"],
      ["he continued", "vladimir-putin"],
      ["Trade will grow", "xi-jinping"],
    ],
  );
  rule("according-to", "According to Putin, energy ties are strong.", [
    ["energy ties are strong", "vladimir-putin"],
  ]);
  rule("participle-opener", "Noting that ties are strong, Putin said Russia is ready.", [
    ["Noting that ties are strong", "vladimir-putin"],
  ]);
  it("participle-opener: a saying participle with 'that' makes the main clause's subject the speaker, whatever its verb", () => {
    const who = explain(
      paragraphs(
        "Noting that the floods are spreading in Russia, Xi offered sincere sympathies on behalf of China.",
        "Referring to the floods, Putin visited the region.",
      ),
    );
    expect(who("offered sincere sympathies")).toEqual({ speaker: "xi-jinping", rule: "participle-opener" });
    expect(who("Putin visited the region").rule).not.toBe("participle-opener");
  });
  rule(
    "meeting-relative",
    paragraphs(
      "Putin opened his visit on Friday with a meeting with his host, Xi, in which they agreed to widen river trade.",
      "Putin later received a call from Xi, during which, the Chinese President offered his sympathies over the floods.",
    ),
    [
      ["in which they agreed to widen river trade", "joint"],
      ["offered his sympathies over the floods", "xi-jinping"],
    ],
  );
  rule(
    "other-occasion",
    paragraphs(
      "Xi said trade should grow.",
      "Last month, Premier Li Qiang said growth would slow.",
      "Russia's energy minister said earlier this week that gas prices would fall.",
    ),
    [
      ["growth would slow", "narrator"],
      ["gas prices would fall", "narrator"],
    ],
  );
  it("saying-subject: a quotation may open between the subject and its verb", () => {
    const who = explain(
      paragraphs(
        "Xi Jinping spoke first. The Kremlin said the talks ran long.",
        "According to the Kremlin summary, Mr. Putin \u201cstressed the importance of steady grain prices\u201d with China.",
      ),
    );
    expect(who("stressed the importance of steady grain prices")).toEqual({
      speaker: "vladimir-putin",
      rule: "saying-subject",
    });
  });
  it("position-paragraph: a paragraph recording how the talks were held is narration", () => {
    const who = explain(
      paragraphs(
        "The two leaders agreed to deepen cooperation in river shipping.",
        "The talks were held in a warm atmosphere which reflected their wish to widen cooperation.",
      ),
    );
    expect(who("held in a warm atmosphere").speaker).toBe("narrator");
  });
  it("outside-speaker: unnamed sources tagging a sentence are reported by the publisher", () => {
    const who = explain(
      paragraphs(
        "Putin said grain trade should grow.",
        "The visit is part of a push to speed up high-level exchanges, official sources in Moscow told the Tass agency before the talks.",
      ),
    );
    expect(who("official sources in Moscow")).toEqual({ speaker: "narrator", rule: "outside-speaker" });
  });
  it("speech-tag: a 'he' closing the sentence after an outside speaker is that speaker", () => {
    const who = explain(
      paragraphs(
        '"This morning President Xi held talks with President Putin," Olek Varnou said at his regular briefing.',
        "Xi welcomed Putin and discussed river trade, he added.",
      ),
    );
    expect(who("discussed river trade, he added")).toEqual({ speaker: "narrator", rule: "speech-tag" });
  });
  it("principal-acts: a principal's rank among those met is background", () => {
    const who = explain(
      paragraphs(
        "Xi said trade should grow.",
        "Xi, chairman of the commission, was the first Chinese leader whom Putin met on the trip.",
      ),
    );
    expect(who("was the first Chinese leader whom Putin met").speaker).toBe("narrator");
  });
  it("meeting-relative: a speaker recalling a past meeting keeps his words", () => {
    const who = explain(
      "Putin recalled his meeting with Xi in 2015, during which they signed a grain accord.",
    );
    expect(who("recalled his meeting")).toEqual({ speaker: "vladimir-putin", rule: "saying-subject" });
  });
  rule("obligation-continues", "Putin said ties are sound. Both countries ought to trade more.", [
    ["Both countries ought to trade more", "vladimir-putin"],
  ]);
  it("obligation-continues: a proposal after an agreement told inside the paragraph is still its speaker's", () => {
    const who = explain(
      "Putin said ties are sound. The two sides have agreed to renew the treaty. The two sides should strengthen coordination.\n\nXi met Putin. The two sides agreed to meet. The two sides should meet again.",
    );
    expect(who("should strengthen coordination")).toEqual({
      speaker: "vladimir-putin",
      rule: "obligation-continues",
    });
    // In a narrated paragraph there is no speaker to go on.
    expect(who("should meet again").speaker).not.toBe("xi-jinping");
  });
  rule(
    "joint-description-continues",
    "Putin said ties are sound. The two countries have enjoyed mutual trust. Both sides have long traded grain.",
    [
      ["The two countries have enjoyed mutual trust", "vladimir-putin"],
      ["Both sides have long traded grain", "vladimir-putin"],
    ],
  );
  it("joint-description-continues leaves agreement, exchange and scenes to joint-subject", () => {
    const who = explain(
      "Putin said ties are sound. The two sides also agreed to open a consulate. " +
        "The two leaders then walked in the garden.",
    );
    expect(who("agreed to open a consulate")).toEqual({ speaker: "joint", rule: "joint-subject" });
    expect(who("walked in the garden")).toEqual({ speaker: "narrator", rule: "joint-subject" });
  });
  rule(
    "joint-subject",
    "The two sides exchanged views on Ukraine.\n\nThe two leaders then walked in the garden.",
    [
      ["exchanged views on Ukraine", "joint"],
      ["walked in the garden", "narrator"],
    ],
  );
  it("joint-subject: an announcement or declaration by the two is joint", () => {
    const who = explain(
      paragraphs(
        "The two heads of state announced the elevation of the relationship to a new level.",
        "The two leaders declared 2026 a year of river cooperation.",
      ),
    );
    for (const fragment of ["announced the elevation", "declared 2026"])
      expect(who(fragment), fragment).toEqual({ speaker: "joint", rule: "joint-subject" });
  });
  it("joint-subject: 'The Presidents' capitalised, with a stance both take ('underlined', 'noted')", () => {
    const who = explain(
      paragraphs(
        "The Presidents discussed the grain corridor. As floods matter globally, the Presidents underlined the importance of early warning.",
        "Putin said ties are sound. The Presidents noted that river cooperation was working well.",
      ),
    );
    for (const fragment of ["discussed the grain corridor", "underlined the importance", "river cooperation"])
      expect(who(fragment), fragment).toEqual({ speaker: "joint", rule: "joint-subject" });
  });
  it("joint-subject: the two defining, identifying, pledging or speaking on something; a side crediting the other is its principal", () => {
    const who = explain(
      paragraphs(
        "At the talks on Monday, the two sides defined areas of river cooperation.",
        "Russia and China have pledged closer grain ties.",
        "Both leaders spoke on a number of areas of cooperation.",
        "The Russian side credited China for its help with the harvest.",
      ),
    );
    for (const fragment of ["defined areas", "pledged closer grain ties", "spoke on a number"])
      expect(who(fragment).speaker, fragment).toBe("joint");
    expect(who("credited China")).toEqual({ speaker: "vladimir-putin", rule: "saying-subject" });
  });
  it("joint-subject: two countries or two titled leaders with a verb of agreement, an adverb or 'both' between", () => {
    const who = explain(
      "Chinese President Xi Jinping and Russian President Vladimir Putin yesterday agreed to meet again.\n\n" +
        "Both China and Russia have agreed to build a bridge.\n\n" +
        "During the talks, Russia and China, both agreed to trade in grain.\n\n" +
        "China and Russia should do more.",
    );
    for (const fragment of ["agreed to meet again", "build a bridge", "trade in grain"])
      expect(who(fragment), fragment).toEqual({ speaker: "joint", rule: "joint-subject" });
    expect(who("China and Russia should do more").rule).not.toBe("joint-subject");
  });
  rule(
    "record-passive",
    paragraphs(
      "Particular attention was paid to grain exports.",
      "It was agreed to open a consulate in Kazan. Questions of river transport were also considered.",
    ),
    [
      ["Particular attention was paid", "joint"],
      ["It was agreed to open a consulate", "joint"],
      ["river transport were also considered", "joint"],
    ],
  );
  it("record-passive: a person as the subject, or a relative clause, is not the record", () => {
    const who = explain(
      paragraphs(
        "Putin's proposal on grain was noted with interest.",
        "The plan, which was agreed in 2019, is being carried out.",
      ),
    );
    expect(who("Putin's proposal on grain").rule).not.toBe("record-passive");
    expect(who("The plan, which was agreed").rule).not.toBe("record-passive");
  });
  rule("quote-introduction", "Xi asserted:", [["Xi asserted:", "narrator"]]);
  it("quote-introduction: a longer lead that ends on its verb of saying only announces the words", () => {
    const who = explain("At the start of the talks in the hall, Putin said:\n\n“Friends should meet often.”");
    expect(who("At the start of the talks")).toEqual({ speaker: "narrator", rule: "quote-introduction" });
  });
  rule("saying-subject", "Putin pointed out that energy ties are strong.\n\nXi walked to the hall.", [
    ["energy ties are strong", "vladimir-putin"],
    ["Xi walked to the hall", "narrator"],
  ]);
  it("saying-subject: a side that commits itself ('The Chinese side committed to support …') is its principal", () => {
    const who = explain(
      paragraphs(
        "The two sides agreed to open a consulate.",
        "The Chinese side committed to support Russia's grain fair.",
      ),
    );
    expect(who("committed to support")).toEqual({ speaker: "xi-jinping", rule: "saying-subject" });
  });
  it("saying-subject: the person a body speaks for ('the press service of the President reported') is not the subject", () => {
    const who = explain(
      "As the press service of the President reported, the talks were held in the Kremlin.",
    );
    expect(who("As the press service of the President reported")).toEqual({
      speaker: "narrator",
      rule: "narration",
    });
  });
  it("saying-subject: 'disclosed' and 'shared that' are saying verbs (the press's words for a briefing)", () => {
    const who = explain(
      paragraphs(
        "Putin disclosed that the talks were mostly about grain.",
        "Xi shared that he liked the river walk.",
      ),
    );
    expect(who("mostly about grain")).toEqual({ speaker: "vladimir-putin", rule: "saying-subject" });
    expect(who("liked the river walk")).toEqual({ speaker: "xi-jinping", rule: "saying-subject" });
  });
  it("saying-subject: a subject after 'how' is a clause's ('This was how Putin described the talks')", () => {
    const who = explain(
      '"A warm and useful meeting." This was how President Putin described his first meeting with Xi. He disclosed that the talks were about grain.',
    );
    expect(who("This was how President Putin described").speaker).toBe("narrator");
    // He is still the "he" of what follows.
    expect(who("He disclosed that the talks")).toEqual({ speaker: "vladimir-putin", rule: "saying-subject" });
  });
  it("saying-subject: a medium's 'reported that X told …' is X's, a person's 'said that X …' stays the person's", () => {
    const who = explain(
      paragraphs(
        "The Volga News Agency reported that Putin told Xi at the meeting that grain ties are strong.",
        "Xi said that Putin had told him about the harvest.",
      ),
    );
    expect(who("grain ties are strong")).toEqual({ speaker: "vladimir-putin", rule: "saying-subject" });
    expect(who("told him about the harvest")).toEqual({ speaker: "xi-jinping", rule: "saying-subject" });
  });
  it("saying-subject: verbs of evaluation and posting are saying verbs; 'spoke with' stays a scene", () => {
    const who = explain(
      paragraphs(
        "Putin spoke positively of the ties, noting that trade grew. Xi spoke highly of the grain deal.",
        'Putin hailed China as a "true friend". Xi lauded the new bridge.',
        "Putin posted on X that the talks were useful. Xi wrote on Twitter that friends meet often.",
        "Putin began by expressing his thanks for the invitation.",
        "Putin in May earlier this year said that energy ties are strong. Xi last month said that trade will grow.",
        "Putin spoke with reporters after the talks.",
        "Putin talked about the shortage of masks in Russia.",
      ),
    );
    const saying: [string, string][] = [
      ["spoke positively of the ties", "vladimir-putin"],
      ["spoke highly of the grain deal", "xi-jinping"],
      ["hailed China", "vladimir-putin"],
      ["lauded the new bridge", "xi-jinping"],
      ["posted on X", "vladimir-putin"],
      ["wrote on Twitter", "xi-jinping"],
      ["began by expressing", "vladimir-putin"],
      ["in May earlier this year said", "vladimir-putin"],
      ["last month said", "xi-jinping"],
      ["talked about the shortage of masks", "vladimir-putin"],
    ];
    for (const [fragment, speaker] of saying)
      expect(who(fragment), fragment).toEqual({ speaker, rule: "saying-subject" });
    expect(who("spoke with reporters")).toEqual({ speaker: "narrator", rule: "saying-subject" });
  });
  it("speech-tag: a person's words may be the tag's subject ('…,' Putin's translated words said)", () => {
    const who = explain('"Friends should meet often," Putin\'s translated words said.');
    expect(who("Friends should meet often")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
  });
  it("speech-tag: '…', detailed the minister; '…,' X posted on Facebook", () => {
    const who = explain(
      paragraphs(
        '"We talked about grain and gas", detailed Putin after the talks.',
        '"Trade is growing," Xi posted on Facebook',
      ),
    );
    expect(who("We talked about grain")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
    expect(who("Trade is growing")).toEqual({ speaker: "xi-jinping", rule: "speech-tag" });
  });
  it("joint-subject: both leaders leading a signing ceremony is joint", () => {
    expect(explain("After, both leaders led a signing ceremony of 8 agreements.")("led a signing")).toEqual({
      speaker: "joint",
      rule: "joint-subject",
    });
  });
  it("speech-tag: an inverted tag may tweet or write ('…,' tweeted Putin after the talks)", () => {
    const who = explain('"Just ended fine talks with my friend," tweeted Putin after the talks.');
    expect(who("Just ended fine talks")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
  });
  it("speech-tag: '…, according to Putin.' closing a sentence is his; 'according to a statement by …' is not a tag", () => {
    const who = explain(
      paragraphs(
        "Russia will ship more grain to Asian markets, according to Putin.",
        "The talks ran late, according to a statement by the Kremlin.",
      ),
    );
    expect(who("ship more grain")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
    expect(who("The talks ran late").speaker).toBe("narrator");
  });
  it("joint-subject: the meeting as the subject of what both did, and both ministers or premiers", () => {
    const who = explain(
      paragraphs(
        "The meeting discussed grain, energy and ports.",
        "The talks also touched on the situation in the Middle East.",
        "Putin also called on the Patriarch. Both meetings focused on the river trade.",
        "Key deliberations during the meeting centred around the rail link.",
        "Both premiers affirmed the value of the grain corridor.",
        "In a candid exchange, they addressed maritime safety.",
        "The talks were held in a friendly atmosphere.",
      ),
    );
    for (const fragment of [
      "grain, energy and ports",
      "situation in the Middle East",
      "focused on the river trade",
      "centred around the rail link",
      "value of the grain corridor",
      "maritime safety",
    ])
      expect(who(fragment), fragment).toEqual({ speaker: "joint", rule: "joint-subject" });
    expect(who("held in a friendly atmosphere").speaker).toBe("narrator");
  });
  rule("outside-speaker", "Zhu Feng, a professor at a university, said the talks went well.", [
    ["Zhu Feng", "narrator"],
  ]);
  rule(
    "plan-in-speech",
    "Xi said China welcomes the visit. President Putin will meet Premier Li tomorrow. It is the first such meeting.",
    [["President Putin will meet Premier Li tomorrow", "xi-jinping"]],
  );
  it("narrated-act: 'X and his wife, <her name>, were greeted by …' is a ceremony the publisher tells", () => {
    const who = explain(
      paragraphs(
        "President Putin and his wife, Lyudmila Orlova, were greeted by a smiling President Xi at the steps.",
      ),
    );
    expect(who("were greeted by a smiling")).toEqual({ speaker: "narrator", rule: "narrated-act" });
  });
  it("narrated-act: 'The President is accompanied by …' lists his party, whoever they are", () => {
    const who = explain(
      paragraphs(
        "President Putin is accompanied by B.Dorjsuren, Minister of Energy, and the Chief of Staff to the President.",
      ),
    );
    expect(who("is accompanied by")).toEqual({ speaker: "narrator", rule: "narrated-act" });
  });
  it("narrated-act inside a person's paragraph does not end that person's voice", () => {
    const who = explain(
      "Xi said ties are sound. Putin has led a large delegation. China is ready to do more.",
    );
    expect(who("has led a large delegation")).toEqual({ speaker: "narrator", rule: "narrated-act" });
    expect(who("China is ready to do more")).toEqual({ speaker: "xi-jinping", rule: "continuation" });
  });
  rule(
    "narrated-act",
    "Putin has led a large delegation. Xi has met Putin twice previously. Putin and his wife arrived in Beijing. Putin reached Harbin on Sunday. Putin flew in after attending a forum in Minsk. Putin, the president of Russia, arrived last night by train. Xi reached consensus with Putin.",
    [
      ["Putin reached Harbin on Sunday", "narrator"],
      ["Putin, the president of Russia, arrived", "narrator"],
      ["Putin flew in after attending a forum", "narrator"],
      ["has led a large delegation", "narrator"],
      ["has met Putin twice previously", "narrator"],
      ["Putin and his wife arrived", "narrator"],
    ],
  );
  it("narrated-act: an arrival 'together with' a companion and a ceremony done to the guest are scenes", () => {
    const who = explain(
      paragraphs(
        "The President together with his daughter Anna arrived on Monday for the visit.",
        "Putin, who is on a state visit, was welcomed to the hall with a march.",
        "Putin was given a guard of honour.",
      ),
    );
    for (const fragment of ["together with his daughter", "was welcomed to the hall", "guard of honour"])
      expect(who(fragment), fragment).toEqual({ speaker: "narrator", rule: "narrated-act" });
  });
  rule(
    "meeting-told",
    paragraphs(
      "Xi made the comments in a meeting with Putin.",
      "Putin's discussions with Xi Jinping also covered the Arctic.",
    ),
    [
      ["Xi made the comments in a meeting with Putin", "narrator"],
      ["Putin's discussions with Xi Jinping also covered", "narrator"],
    ],
  );
  it("meeting-told leaves a principal's words at the meeting to the saying rules", () => {
    const who = explain(paragraphs("During his talks with Putin, Xi said China is ready to do more."));
    expect(who("Xi said China is ready")).toEqual({ speaker: "xi-jinping", rule: "saying-subject" });
  });
  rule("principal-acts", "Putin signed the guest book.", [["signed the guest book", "vladimir-putin"]]);
  rule(
    "side-subject",
    paragraphs("Xi said ties are sound.", "The Russian side is willing to send more grain."),
    [["send more grain", "vladimir-putin"]],
  );
  it("principal-acts: who a principal is ('is the current head of …', 'is said to be …') is the publisher's", () => {
    const who = explain(
      paragraphs(
        "Putin said the grain deal matters.",
        "Putin is the current head of the Security Council and is said to be fond of judo.",
      ),
    );
    expect(who("is the current head")).toEqual({ speaker: "narrator", rule: "principal-acts" });
  });
  it("principal-acts: a principal named in the possessive is no subject ('At Xi's invitation, Putin is making …')", () => {
    const who = explain(
      paragraphs(
        "Putin said the grain deal matters.",
        "At Xi's invitation, Putin is making his first trip to Beijing as president.",
      ),
    );
    expect(who("is making his first trip")).toEqual({ speaker: "narrator", rule: "principal-acts" });
  });
  it("narrated-act: a ceremony done to a principal named 'The President of <country>, <Name>' or '<Name>, the President of <country>,' is a scene", () => {
    const raw = paragraphs(
      "On May 4, 2030, Chinese President Xi Jinping met with Ugandan President Jomo Walusimbi in Beijing.",
      "The President of Uganda, Jomo Walusimbi was accorded a guard of honour at the Great Hall.",
      "Walusimbi said Uganda values the partnership.",
      "Jomo Walusimbi, the President of Uganda, was greeted by Xi at the door.",
    );
    const statements = buildDataset([{ id: "t", raw }]).dataset.meetings.flatMap((m) => m.statements);
    for (const fragment of ["guard of honour", "was greeted by Xi"]) {
      const st = statements.find((s) => s.text.includes(fragment));
      expect(st && { speaker: st.speaker, rule: st.speakerRule }, fragment).toEqual({
        speaker: "narrator",
        rule: "narrated-act",
      });
    }
  });
  it("narrated-act: a principal's visit as the subject ('Putin's state visit, scheduled from …') is its programme", () => {
    const who = explain(
      paragraphs(
        "Putin said the grain deal matters.",
        "Putin's state visit, scheduled from June 1 to 3, includes Harbin.",
      ),
    );
    expect(who("scheduled from June 1 to 3")).toEqual({ speaker: "narrator", rule: "narrated-act" });
  });
  rule("label-continues", "Vladimir Putin: We are glad to see you.\n\nWe have much to discuss today.", [
    ["We have much to discuss", "vladimir-putin"],
  ]);
  rule(
    "continuation",
    "Xi said ties are sound. China is ready to do more.\n\nThe two sides signed a grain deal. Those add to a pact signed in 2019.",
    [
      ["China is ready to do more", "xi-jinping"],
      ["Those add to a pact signed in 2019", "narrator"],
    ],
  );
  it("continuation: the meeting as the subject after a joint act is the publisher's", () => {
    const who = explain("The two sides signed a grain deal. The call was initiated by Russia.");
    expect(who("initiated by Russia")).toEqual({ speaker: "narrator", rule: "continuation" });
  });
  it("continuation: a signing in the passive is the publisher's record, whoever spoke before", () => {
    const who = explain(
      "The two sides defined areas of river cooperation. Ten agreements were signed during the visit.\n\nPutin said ties are sound. A grain deal was also signed.",
    );
    expect(who("Ten agreements were signed")).toEqual({ speaker: "narrator", rule: "continuation" });
    expect(who("A grain deal was also signed")).toEqual({ speaker: "narrator", rule: "continuation" });
  });
  it("continuation: where and how the meeting was held is the publisher's record, whoever spoke before", () => {
    const who = explain(
      "Putin stressed his commitment to the partnership. The meeting was held at the Kremlin's Green Room. Putin thanked Xi.\n\nXi said ties are sound. The talks between the two leaders took place behind closed doors.",
    );
    expect(who("The meeting was held at")).toEqual({ speaker: "narrator", rule: "continuation" });
    expect(who("took place behind closed doors")).toEqual({ speaker: "narrator", rule: "continuation" });
    // A position about the meeting stays the speaker's.
    expect(explain("Xi said ties are sound. The meeting is a milestone.")("a milestone").speaker).toBe(
      "xi-jinping",
    );
  });
  rule(
    "quoted-paragraph",
    '"Energy ties are strong," Putin said.\n\n"Pipelines carry gas to many cities. More will follow.\n\n"Our engineers are ready."',
    [["Pipelines carry gas", "vladimir-putin"]],
  );
  rule("background", "Xi said ties are sound.\n\nRelations have been strained since a dispute in 2019.", [
    ["Relations have been strained", "narrator"],
  ]);
  it("background: a signing yet to come is the publisher's programme, not the last speaker's", () => {
    const who = explain(
      paragraphs("Putin said ties are sound.", "After the talks, several documents will be signed."),
    );
    expect(who("several documents will be signed")).toEqual({ speaker: "narrator", rule: "background" });
  });
  it("background: a new paragraph evaluating the meeting itself is the publisher's", () => {
    const who = explain(
      paragraphs(
        "Putin said relations are sound.",
        "The long-awaited meeting between Xi and Putin is a milestone in relations.",
      ),
    );
    expect(who("long-awaited meeting")).toEqual({ speaker: "narrator", rule: "background" });
  });
  it("joint-subject: 'both said that …' after an opener is the two sides'", () => {
    const who = explain(
      paragraphs("Xi said ties are sound.", "On grain in particular, both said that more should be done."),
    );
    expect(who("both said that more should be done")).toEqual({ speaker: "joint", rule: "joint-subject" });
  });
  rule(
    "position-paragraph",
    "Xi said ties are sound.\n\nChina is ready to work with Russia for cooperation.",
    [["China is ready to work", "xi-jinping"]],
  );
  rule("narration", "The weather in Beijing was mild that day.", [["weather in Beijing", "narrator"]]);

  rule(
    "party-position",
    paragraphs(
      "The two sides agreed to expand trade in grain. Russia is ready to open its market to Chinese cars.",
    ),
    [["Russia is ready to open", "vladimir-putin"]],
  );

  rule(
    "listed-side-they",
    paragraphs(
      "Russian Foreign Minister Sergei Lavrov and Deputy Prime Minister Alexei Overchuk accompanied Putin. They said Russia hopes to sell more wheat.",
    ),
    [["They said Russia hopes", "vladimir-putin"]],
  );
  rule(
    "turn-opener",
    paragraphs("Putin was the first to speak, saying that Russia values the partnership."),
    [["Putin was the first to speak", "vladimir-putin"]],
  );
  rule(
    "words-in-their-time",
    paragraphs(
      '"Our ties are at their best," Putin said. The remarks come amid new sanctions on Russian banks.',
    ),
    [["The remarks come amid", "narrator"]],
  );
  rule(
    "echoed-by",
    paragraphs(
      "Xi said trade should grow.",
      "That sentiment was echoed by Putin, who said Russia wants more trade.",
    ),
    [["That sentiment was echoed by Putin", "vladimir-putin"]],
  );
  it("every rule in the table has a test here", () => {
    expect(RULES.map((r) => r.name).filter((name) => !tested.has(name))).toEqual([]);
  });
});

describe("references several people share, resolved for the meeting", () => {
  it("a role noun right before a name is that person's title, whoever else holds it", () => {
    // Both ministers hold "Minister for/of Foreign Affairs"; the one named after the title is its holder here.
    const raw = paragraphs(
      "Minister of Foreign Affairs Wang Yi took a call from Singapore on 9 June 2025.",
      "Minister for Foreign Affairs Dr Vivian Balakrishnan spoke with PRC Minister of Foreign Affairs Wang Yi on 9 June 2025 via telephone.",
    );
    const result = buildDataset([{ id: "t", raw }]);
    const told = result.dataset.meetings
      .flatMap((m) => m.statements)
      .find((s) => s.text.startsWith("Minister for Foreign Affairs Dr"));
    expect(told).toMatchObject({ speaker: "narrator", speakerRule: "meeting-told" });
  });
  it("a plain role noun both principals hold is the side's whose communiqué the sentence cites, or the page's own", () => {
    const body = paragraphs(
      "Xi said ties are sound.",
      "A communiqué from the Russian foreign ministry says the head of state thanked China for the grain.",
      "Xi said trade will grow.",
      "The head of state said grain exports will rise.",
    );
    const media = explain(body);
    expect(media("A communiqué from the Russian").speaker).toBe("vladimir-putin");
    expect(media("The head of state said grain").speaker).toBe("xi-jinping");
    const result = buildDataset([
      { id: "t", raw: OPENING + body, meta: { publisher: "Kremlin", perspective: "counterpart" } },
    ]);
    const own = result.dataset.meetings[0]!.statements.find((s) => s.text.startsWith("The head of state"));
    expect(own?.speaker).toBe("vladimir-putin");
  });

  it("'According to <a source>, the leaders agreed …' is joint; a signing ceremony the two attend is joint", () => {
    const who = explain(
      paragraphs(
        "According to the ministry's spokesperson, Zhu Lan, the leaders agreed to open a consulate.",
        "According to Putin, energy ties are strong.",
        "Xi and Putin attended the signing of 12 agreements.",
        "Xi and Putin attended a banquet.",
      ),
    );
    expect(who("the leaders agreed to open")).toEqual({ speaker: "joint", rule: "joint-subject" });
    expect(who("According to Putin")).toEqual({ speaker: "vladimir-putin", rule: "according-to" });
    expect(who("attended the signing")).toEqual({ speaker: "joint", rule: "joint-subject" });
    expect(who("attended a banquet")).toEqual({ speaker: "narrator", rule: "attendance" });
  });
});

describe("paraphrase-tag, the pass after the rules", () => {
  it("gives an unquoted paragraph the speaker its closing tag names", () => {
    const who = explain(
      paragraphs(
        "The year 2024 is the first year of the new plan. Russia will build more roads, Putin said.",
        "The talks lasted two hours. Xi met Putin again in the evening. Trade will grow, Xi said.",
        "The weather was mild. “Friends meet often,” Xi said.",
      ),
    );
    expect(who("first year of the new plan")).toEqual({ speaker: "vladimir-putin", rule: "paraphrase-tag" });
    expect(who("Russia will build more roads")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
    // A sentence naming a person is about them; a quotation has its own pass.
    expect(who("The talks lasted two hours").speaker).toBe("narrator");
    expect(who("The weather was mild").speaker).toBe("narrator");
  });
});

describe("quotation-tag, the pass after the rules", () => {
  it("gives a quotation the speaker its tag names after it, in the last sentence or as a paragraph", () => {
    const who = explain(
      paragraphs(
        '"Energy ties are strong. Our pipelines will carry more gas next year," said Putin.',
        '"Friends should meet often. Trade will grow."',
        "said President Xi after the talks.",
        '"Dialogue is the only way."',
        "Putin said.",
      ),
    );
    expect(who("Energy ties are strong")).toEqual({ speaker: "vladimir-putin", rule: "quotation-tag" });
    expect(who("Our pipelines will carry")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
    expect(who("Friends should meet often")).toEqual({ speaker: "xi-jinping", rule: "quotation-tag" });
    expect(who("Trade will grow")).toEqual({ speaker: "xi-jinping", rule: "quotation-tag" });
    // The tag paragraph itself stays the publisher's.
    expect(who("said President Xi after the talks").speaker).toBe("narrator");
    expect(who("Dialogue is the only way")).toEqual({ speaker: "vladimir-putin", rule: "quotation-tag" });
  });

  it("reads a quotation over paragraphs (left open, the next opening with a mark) to its tag, closed by ’’ too", () => {
    const who = explain(
      paragraphs(
        "Xi said growth is slowing.",
        "“Therefore, the world expects more of the grain fund.",
        "“I hope the fund will do more for farmers,’’ Xi said.",
      ),
    );
    expect(who("the world expects more")).toEqual({ speaker: "xi-jinping", rule: "quotation-tag" });
  });

  it("reported-joint-act: a joint act in a spokesperson's quotation is joint, in a principal's his", () => {
    const who = explain(
      paragraphs(
        "Russian Foreign Ministry Spokeswoman Anna Belova spoke to reporters.",
        '"The talks were useful. They agreed to open a consulate in Kazan," Belova said.',
        '"We agreed to trade more grain," Putin said.',
      ),
    );
    expect(who("They agreed to open a consulate")).toEqual({ speaker: "joint", rule: "reported-joint-act" });
    expect(who("The talks were useful")).toEqual({ speaker: "anna-belova", rule: "quotation-tag" });
    expect(who("We agreed to trade more grain")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
  });

  it("lets the tag where an open quotation closes name its speaker, not the voice it opened in", () => {
    const who = explain(
      paragraphs(
        "The two leaders discussed energy.",
        '"Thank you for coming. We are glad to host you," Mr. Putin said.',
        "Xi said ties are sound.",
        '"Gas prices must stay fair. Russia will deliver on time," the Russian president said.',
      ),
    );
    expect(who("Thank you for coming")).toEqual({ speaker: "vladimir-putin", rule: "quotation-tag" });
    expect(who("We are glad to host you")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
    expect(who("Gas prices must stay fair")).toEqual({ speaker: "vladimir-putin", rule: "quotation-tag" });
    expect(who("Russia will deliver on time")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
  });

  it("closes a quotation at its tag despite a stray mark after it, and takes its scene-like sentences", () => {
    const who = explain(
      '"I am glad to be here. The ministers are with me. Trade is growing," Putin said on his account "vputin.',
    );
    expect(who("I am glad to be here")).toEqual({ speaker: "vladimir-putin", rule: "quotation-tag" });
    expect(who("The ministers are with me")).toEqual({ speaker: "vladimir-putin", rule: "quotation-tag" });
  });

  it("reads a quotation in single marks to its tag; an apostrophe inside is no mark", () => {
    const who = explain(
      paragraphs("Xi said ties are sound.", "'Russia's grain is welcome. Trade is growing,' Putin said."),
    );
    expect(who("grain is welcome")).toEqual({ speaker: "vladimir-putin", rule: "quotation-tag" });
    expect(who("Trade is growing")).toEqual({ speaker: "vladimir-putin", rule: "speech-tag" });
  });

  it("leaves a quotation alone when no tag follows it, or the next paragraph says more than a tag", () => {
    const who = explain(
      paragraphs(
        '"A partnership for a new era" was the slogan on the banner.',
        '"Friends should meet often."',
        "Xi Jinping said Beijing would host the next round. He also praised the talks.",
        '"Trade will grow."',
        "The talks lasted two hours.",
      ),
    );
    expect(who("A partnership for a new era").speaker).toBe("narrator");
    expect(who("Friends should meet often").rule).not.toBe("quotation-tag");
    expect(who("Trade will grow").rule).not.toBe("quotation-tag");
  });
});
