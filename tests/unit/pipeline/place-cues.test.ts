/** Made-up readouts for where a meeting took place (issue 8): the city a venue or a dateline names. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a room of a venue names the venue's city", () => {
  it.each([
    ["met in Qinzhengdian of Zhongnanhai with", "Zhongnanhai", "Beijing"],
    ["met in the Golden Hall of the Great Hall of the People with", "Great Hall of the People", "Beijing"],
    ["met at the Oval Pavilion of the White House with", "White House", "Washington"],
    ["met at the Moncloa Palace with", "Moncloa Palace", "Madrid"],
    ["met at Malacañang with", "Malacañang Palace", "Manila"],
    ["met at Zhongnanhai Qinzhengdian with", "Zhongnanhai", "Beijing"],
    ["met at Istana Negara with", "Istana Negara", "Kuala Lumpur"],
    ["met at Istana Nurul Iman with", "Istana Nurul Iman", "Bandar Seri Begawan"],
    ["met at Seri Perdana with", "Seri Perdana", "Putrajaya"],
  ])("%s", (words, venue, city) => {
    const [meeting] = meetingsOf(
      `On the afternoon of March 3, 2019, Premier Li Keqiang ${words} President Ardan Mensor of Ghana.`,
    );
    expect(meeting!.location).toMatchObject({ venue, city });
  });

  it("but a name of something else is no room of a venue", () => {
    const [meeting] = meetingsOf(
      "On March 3, 2019, Premier Li Keqiang met at the Friends of Zhongnanhai Society with President Ardan Mensor of Ghana.",
    );
    expect(meeting!.location?.city).toBeUndefined();
  });
});

describe("a dateline with an all-number date", () => {
  it("gives the city and the day: 'Oslo, 14.03.2019 - …'", () => {
    const [meeting] = meetingsOf(
      "Oslo, 14.03.2019 - Prime Minister Tor Halvden of Norway met with Chinese President Xi Jinping for official talks on Thursday.",
    );
    expect(meeting!.location?.city).toBe("Oslo");
    expect(meeting!.date).toBe("2019-03-14");
  });

  it("gives the city but no day when nothing says which number is the day", () => {
    const [meeting] = meetingsOf(
      "Oslo, 03.04.2019 - Prime Minister Tor Halvden of Norway met with Chinese President Xi Jinping for official talks.",
      "2019-04-05",
    );
    expect(meeting!.location?.city).toBe("Oslo");
    expect(meeting!.date).toBe("2019-04-05");
  });
});

describe("a lead that tells the pair's meeting dates it before the named sentence", () => {
  it("over an earlier occasion of the same two", () => {
    const [meeting] = meetingsOf(
      [
        "Published: 09:10, October 12, 2023",
        "Ghana and China have pledged closer trade ties as the heads of the governments of the two countries held a meeting via video link on Wednesday.",
        "In their second virtual meeting this year, Premier Li Qiang and Prime Minister Ardan Mensor of Ghana agreed to expand flights. Li had a video conference with Mensor on March 3, weeks after the latter took office.",
      ].join("\n\n"),
    );
    expect(meeting!.date).toBe("2023-10-11");
  });

  it("over a side event the day before", () => {
    const [meeting] = meetingsOf(
      [
        "Accra, 19.10.2023 - The state visit to Ghana by Chinese President Xi Jinping continued on Thursday, 19 October, with official talks between the two delegations. On Wednesday evening, President Ardan Mensor of Ghana met with President Xi Jinping for a state banquet.",
      ].join("\n\n"),
    );
    expect(meeting!.date).toBe("2023-10-19");
    expect(meeting!.location?.city).toBe("Accra");
  });
});

describe("a place spelled with its diacritics", () => {
  it("is the gazetteer's place, the span as the text spells it", () => {
    const [meeting] = meetingsOf(
      "HÀ NỘI — Vietnamese Prime Minister Trần Văn Lộc received Chinese Foreign Minister Wang Yi in Hà Nội on September 9, 2022.",
    );
    expect(meeting!.location).toMatchObject({ city: "Hanoi", country: "Vietnam" });
  });
});

describe("a dateline of a city in mixed case before a colon", () => {
  it("places the meeting there: 'Abu Dhabi: …'", () => {
    const [meeting] = meetingsOf(
      "Abu Dhabi: Sheikh Hamad bin Rashid Al Nahyan, Deputy Prime Minister of the UAE, today received Li Qiang, Premier of the People's Republic of China, who is visiting the UAE.",
      "2024-09-12",
    );
    expect(meeting!.location?.city).toBe("Abu Dhabi");
  });
});

describe("a city written with its administrative word is the city", () => {
  it.each([
    ["in Guangzhou City of Guangdong Province", "Guangzhou"],
    ["at the Lotus Garden in Hangzhou City, Zhejiang Province", "Hangzhou"],
    ["in Guilin City, Guangxi Zhuang Autonomous Region", "Guilin"],
    ["in Chongqing Municipality", "Chongqing"],
  ])("%s", (words, city) => {
    const [meeting] = meetingsOf(
      `On the afternoon of May 4, 2021, Foreign Minister Wang Yi held talks with Foreign Minister Dorel Vassan of Ghana ${words}.`,
    );
    expect(meeting!.location?.city).toBe(city);
  });

  it("but a capitalised name after a city still makes it another name", () => {
    const [meeting] = meetingsOf(
      "On May 4, 2021, Foreign Minister Wang Yi met at the Guangzhou Baiyun Hotel with Foreign Minister Dorel Vassan of Ghana.",
    );
    expect(meeting!.location?.city).toBeUndefined();
  });
});

describe("a sentence after the guest's words that says where the meeting was held places it", () => {
  it("over the dateline of the guest's capital", () => {
    const [meeting] = meetingsOf(
      "2024-11-09\n\nAccra – President Ardan Mensor of Ghana held a bilateral meeting with Chinese President Xi Jinping. Mensor stressed his commitment to the partnership. The meeting was held at the Great Hall of the People in Beijing. Mensor thanked Xi.",
    );
    expect(meeting!.location?.city).toBe("Beijing");
  });
});

describe("a place written with a typographic apostrophe", () => {
  it("is the gazetteer's place: 'Nuku’alofa'", () => {
    const [meeting] = meetingsOf(
      "During Wang Yi’s visit to Nuku’alofa on May 31, 2022, he met with Tongan Prime Minister Sione Vakalahi.",
    );
    expect(meeting!.location).toMatchObject({ city: "Nuku'alofa", country: "Tonga" });
  });
});

describe("a dateline in the guest's capital is the agency's desk when the text puts the meeting in the other country", () => {
  it("'ACCRA, Mar. 31 (GNA) – … met … Wang Yi at a meeting underway in China'", () => {
    const [meeting] = meetingsOf(
      "ACCRA, Mar. 31, 2022 (GNA) – Ghana's Foreign Minister Dorel Vassan met with his Chinese counterpart Wang Yi on the sidelines of a ministers' meeting underway in China on Thursday.",
    );
    expect(meeting!.location?.city).toBeUndefined();
    // Without a word of where, the dateline in a side's country still places it.
    const [home] = meetingsOf(
      "ACCRA, Mar. 31, 2022 (GNA) – Ghana's Foreign Minister Dorel Vassan met with his Chinese counterpart Wang Yi on Thursday.",
    );
    expect(home!.location?.city).toBe("Accra");
  });
});

describe("a city after its country's possessive is where the meeting was", () => {
  it.each([
    ["on the sidelines of the regional summit in Peru's Lima", "Lima"],
    ["on the sidelines of the summit in Indonesia’s Bali", "Bali"],
    ["in Uzbekistan's ancient city of Samarkand", "Samarkand"],
    ["in Peru's capital Lima", "Lima"],
  ])("%s", (words, city) => {
    const [meeting] = meetingsOf(
      `On November 15, 2019, Premier Li Keqiang met with President Ardan Mensor of Ghana ${words}.`,
    );
    expect(meeting!.location?.city).toBe(city);
  });
});

describe("a place with a time to come is not where the meeting was", () => {
  it("'… attending the summit in Kenya's Nairobi this autumn' leaves the dateline's city", () => {
    const [meeting] = meetingsOf(
      [
        "Li Keqiang meets Ghanaian foreign minister",
        "Beijing - Premier Li Keqiang met with Foreign Minister Ardan Mensor of Ghana Wednesday.",
        "Mensor said Ghana is excited by the opportunities, Li said.",
        "According to a press release issued by the Chinese Foreign Ministry Tuesday after a meeting between Mensor and his Chinese counterpart Wang Yi, China is looking forward to the Ghanaian president attending the summit in Kenya's Nairobi this autumn.",
      ].join("\n\n"),
      "2016-01-07",
    );
    expect(meeting!.location?.city).toBe("Beijing");
  });
});

describe("the city a visitor 'is visiting' when the two meet", () => {
  it("'M, who is visiting Singapore to attend …, held a meeting with X' is in Singapore", () => {
    const [meeting] = meetingsOf(
      "On August 3, 2018, Mr. Haruto Minegishi, Foreign Minister of Japan, who is visiting Singapore to attend the regional meetings, held a meeting with Mr. Wang Yi, Foreign Minister of China. They recalled their talks in Beijing.",
    );
    expect(meeting!.location?.city).toBe("Singapore");
  });

  it("but a visit planned is no place of the meeting", () => {
    const [meeting] = meetingsOf(
      "On August 3, 2018, Foreign Minister Wang Yi held a meeting with Foreign Minister Haruto Minegishi of Japan, who will be visiting Singapore next week.",
    );
    expect(meeting!.location?.city).toBeUndefined();
  });
});

describe("the place of a coming occasion is not the meeting's", () => {
  it("'… will be hosting the next BRICS Summit in Goa' gives no place to the meeting told before it", () => {
    const [meeting] = meetingsOf(
      [
        "On September 4, 2016, Prime Minister Narendra Modi met President Xi Jinping of China.",
        "India is the current chair of the BRICS and will be hosting the next BRICS Summit in Goa.",
      ].join("\n\n"),
    );
    expect(meeting!.location?.city).toBeUndefined();
  });
});
