"""A forty-fourth batch of fictional stories for probing the quotes, in the manner of the ENGLISH-LANGUAGE WORLD NEWS
OF EUROPEAN AND MIDDLE EASTERN OUTLETS ON WAR AND DIPLOMACY (Al Jazeera English, The Times of Israel, Deutsche Welle,
France 24, Euronews, the Kyiv Independent): army and ministry spokespeople with long ranks ("IDF spokesperson Rear
Adm. X said", "Lt. Col. X, a spokesman for the army's Northern Command"), statements and posts on Telegram, X and
Facebook ("wrote on X", "said in a video posted on Telegram", "said in his nightly video address"), remarks carried by
state media ("told state television", "according to the state-run news agency", "was quoted by … as saying"),
translated quotes ("said in Arabic", "said in French", "told DW in Russian"), a correspondent's report ("Reporting from
X, Al Jazeera's Y said"), residents and medics in short quotations, officials "speaking on condition of anonymity",
several speakers a block, pronoun chains, and long names with particles (al-, bin, abu, ben, de, von, van der) and
titles (Sheikh, Rear Adm., Brig. Gen., Lt. Col., Col.). The stories: air strikes on a southern Lebanese village, a
drone attack on a Ukrainian city's power plant, an EU foreign ministers' meeting that fails to agree on sanctions, and
a prisoner exchange agreed in talks in Muscat. Written for these tests; none is taken from any corpus, and every
person, village and city in them is made up. The gold is in test_longform_probes_fortyfourth.py."""

from __future__ import annotations

DEIR_KANOUN_STRIKES: tuple[str, ...] = (
    "Israeli strikes kill five in southern Lebanon as cross-border fire intensifies",
    "At least five people, including two paramedics, were killed on Thursday when Israeli air strikes hit the village "
    "of Deir Kanoun al-Nahr in southern Lebanon, the country’s health ministry said.",
    "The Israeli military said in a statement that its jets had struck “terror infrastructure” belonging to Hezbollah "
    "in the area, and that the targets had been used to launch anti-tank missiles at northern Israel earlier in the "
    "week.",
    "“We will continue to act with force against any threat to the residents of the north,” IDF spokesperson Rear Adm. "
    "Avner ben-Tzur said in a video statement posted on X. He added that the army had warned civilians to leave the "
    "area before the strike, a claim residents disputed.",
    "Reporting from Tyre, Al Jazeera’s Rania Khoury said ambulances had struggled to reach the village because the "
    "main road had been hit twice. “The paramedics who were killed had gone in after the first strike to pull people "
    "from the rubble,” she said.",
    "“There was no warning. Nobody called, nobody dropped leaflets,” said Hussein Fadlallah, 54, whose brother’s house "
    "was destroyed. “We heard the jets and then the walls came down.”",
    "Hezbollah said in a statement posted on its Telegram channel that its fighters had targeted an Israeli army "
    "position near the border with guided missiles “in response to the massacre” in Deir Kanoun al-Nahr.",
    "Lebanon’s caretaker Prime Minister Najib Abou Karam told state television that the government had filed a "
    "complaint with the United Nations Security Council. “What happened today is a flagrant violation of Lebanese "
    "sovereignty,” he said, according to the state-run National News Agency.",
    "A Lebanese security official, speaking on condition of anonymity because he was not authorised to brief the "
    "media, said one of the dead was a member of the group.",
    "Dr Samira Haj Ali, the director of the government hospital in Nabatieh, said the hospital had received 23 "
    "wounded, four of them in critical condition. “We are working with what we have. The fuel for the generators will "
    "last three more days,” she told Al Jazeera.",
    "In Israel, the head of the Nahal Ayun Regional Council, Eliyahu Dromi, said residents evacuated since October had "
    "lost patience with the government. “People want to go home, but not to a front line,” Dromi told The Times of "
    "Israel.",
    "UNIFIL, the UN peacekeeping force in southern Lebanon, urged both sides to exercise restraint. Its "
    "spokesperson, Marco de Santis, said peacekeepers had recorded more than 40 projectiles crossing the "
    "Blue Line on Thursday alone.",
    "Lt. Col. Nadav Shaked-Levi, a spokesman for the army’s Northern Command, told reporters that the troops were "
    "“prepared for every scenario” but that the political leadership would decide on any wider operation.",
)

VELYKOBORSK_DRONES: tuple[str, ...] = (
    "Russian drones hit energy facility in Velykoborsk, leaving 200,000 without power",
    "Russia launched 68 drones and four ballistic missiles at Ukraine overnight on March 12, damaging an energy "
    "facility in the city of Velykoborsk and injuring at least nine people, regional authorities said.",
    "Ukraine’s Air Force said in its morning update that air defenses had shot down 52 of the drones and two of the "
    "missiles, while 11 drones were “locally lost,” likely due to electronic warfare.",
    "“The enemy again targeted the energy system. This is a deliberate attack on civilians ahead of the cold weather,” "
    "Ivan Dorosh-Kovalenko, the head of the Velykoborsk Oblast Military Administration, wrote on Telegram. He said two "
    "of the injured were children, aged 7 and 12.",
    "Air Force spokesperson Col. Taras Melnychuk told national television that Russia was adapting its tactics, "
    "sending drones in waves to exhaust air defense crews. “They fly low, they change course, they come from three "
    "directions at once,” he said.",
    "Foreign Minister Andrii Savchuk-Lysenko wrote on X that Ukraine needed more air defense systems “not next year, "
    "but now.” “Every Patriot delivered is a city that sleeps,” he wrote. Speaking in his nightly video address, "
    "Defense Minister Roman Kushnir said Kyiv had agreed with partners on the delivery of two more systems before "
    "winter.",
    "Russia’s Defense Ministry said in a statement carried by the state news agency TASS that its forces had carried "
    "out a “massive strike” on facilities of Ukraine’s military-industrial complex and that “all designated targets "
    "were hit.”",
    "Kremlin spokesman Arkady Veresov was quoted by the Interfax news agency as saying that the strikes were a "
    "response to Ukrainian attacks on Russian refineries.",
    "In Velykoborsk, residents queued at water points set up by the city. “We have no light, no water, no heating. But "
    "we are not going anywhere,” said Halyna Tkachuk, 67, who lives on the ninth floor of a building on Soborna "
    "Street.",
    "Oleh, a paramedic who gave only his first name, said his crew had pulled a man from a burning car near the "
    "substation. “He was conscious. He kept asking about his dog,” he said.",
    "Velykoborsk Mayor Viktor Lozynskyi told the Kyiv Independent that repair crews expected to restore power to "
    "critical infrastructure within a day, but warned that scheduled outages could last for weeks.",
    "A Western official, speaking on condition of anonymity to discuss intelligence, said Russia had stockpiled more "
    "than 2,000 long-range drones for the winter.",
    "An engineer at the plant, Dmytro Sokil, told DW in Russian that the damage was worse than in the previous attack "
    "in the spring. “The transformers we replaced in April are gone again,” he said.",
)

BRUSSELS_SANCTIONS: tuple[str, ...] = (
    "EU foreign ministers fail to agree on new sanctions package as Hungary holds out",
    "European Union foreign ministers meeting in Brussels on Monday failed to agree on a new package of sanctions "
    "against Russia, after Hungary blocked a proposal to list several oil tankers and a Dubai-based trading firm, "
    "diplomats said.",
    "“I regret that we could not reach unanimity today. But this package will be adopted, I have no doubt,” the EU’s "
    "foreign policy chief, Katarina Lindqvist-Aho, told a news conference after the meeting. She said the bloc would "
    "return to the issue when its ambassadors meet again on Wednesday.",
    "Hungary’s foreign minister, Zoltán Berényi, said in a video posted on Facebook that Budapest would not support "
    "measures that “harm Hungarian energy security.” He accused Brussels of “war propaganda.”",
    "German Foreign Minister Friederike von Aschenbach told DW on the sidelines of the meeting that Berlin was "
    "“losing patience” with what she called a policy of blackmail. “One member state cannot hold 26 others hostage "
    "every few months,” von Aschenbach said.",
    "Dutch Foreign Minister Pieter van der Heijden struck a more cautious tone. “We should keep talking to Budapest. "
    "There is a deal to be made,” he told reporters on arrival. Van der Heijden said the Netherlands was ready to "
    "accept a shorter list of vessels.",
    "France’s minister for Europe, Hélène de Villeneuve-Roux, said in French that the EU could use “other legal "
    "avenues” if the blockage continued, without giving details. Speaking to France 24, she said: “Europe will not be "
    "paralysed.”",
    "The ministers also discussed the situation in the Middle East. Lindqvist-Aho said the EU would increase "
    "humanitarian aid to Gaza by 50 million euros and called for an immediate ceasefire.",
    "A senior EU diplomat, speaking on condition of anonymity, said the Hungarian veto was “about money, not "
    "tankers,” referring to frozen EU funds for Budapest.",
    "Ukraine’s foreign ministry said in a statement that it “regrets the inability of the EU to act in a timely "
    "manner” and urged the bloc to find a solution “within days, not weeks.”",
    "Speaking to Euronews, Estonian Foreign Minister Mart Kallasmaa said the tankers at issue were part of Russia’s "
    "“shadow fleet” and posed an environmental risk in the Baltic. “These are rusting ships with no insurance sailing "
    "past our coast every day,” he said.",
    "Jan-Willem de Groot, a senior fellow at the Brussels-based Centre for European Security Studies, said the "
    "episode showed the limits of unanimity. “Every veto makes the case for qualified majority voting a little "
    "stronger,” de Groot said.",
)

MUSCAT_SWAP: tuple[str, ...] = (
    "Yemen’s warring parties agree prisoner swap after talks in Muscat",
    "Yemen’s government and the Houthi rebels have agreed to exchange more than 700 prisoners after 10 days of "
    "UN-sponsored talks in the Omani capital, Muscat, the two sides announced on Sunday.",
    "Yahya Abu Talib al-Hashidi, the head of the Houthis’ prisoner affairs committee, said in a video posted on "
    "Telegram that the first flights would take place “within three weeks.” “This is a humanitarian file and we have "
    "kept it away from politics,” he said in Arabic.",
    "The head of the government delegation, Sheikh Hadi bin Saleh al-Awlaqi, told the state news agency Saba that "
    "the deal included four journalists and a former defence minister’s brother. He said the government had pushed "
    "for an “all for all” exchange but accepted a phased approach.",
    "Reporting from Muscat, Al Jazeera’s Omar Ben Youssef said the talks had nearly collapsed on Friday over the names "
    "of detained military commanders. “Until late last night, the mediators were going from one room to the other. "
    "The Omanis did not let anyone leave,” he said.",
    "The UN special envoy for Yemen, Tomas Ekvall, welcomed the agreement, calling it “a long-awaited step” that could "
    "build trust ahead of wider talks. “The families have waited for years. Today we can tell some of them that their "
    "wait is almost over,” Ekvall said in a statement.",
    "Oman’s foreign ministry said in a statement that it would “continue its efforts to bring the parties closer” and "
    "host a new round of talks next month.",
    "Coalition spokesman Brig. Gen. Faisal bin Nasser al-Qahtani said in a statement carried by the Saudi Press Agency "
    "that the coalition supported “all efforts to end the suffering of the Yemeni people.”",
    "In Sanaa, Umm Khaled, whose son has been held in Marib since 2018, said she had not heard his voice in five "
    "years. “They told me his name is on the list. I will believe it when I see him,” she told Al Jazeera.",
    "The ICRC’s head of delegation in Yemen, Jean-Baptiste de Rosières, said the organisation would interview each "
    "detainee before the transfer to make sure they were leaving of their own will. “Our role is to make sure this "
    "happens in a safe and dignified way,” he said.",
    "A Houthi official, who spoke on condition of anonymity because he was not authorised to talk to the press, said "
    "the group expected Saudi Arabia to release 15 of its nationals as part of a separate arrangement.",
    "Houthi spokesman Abu Ali al-Muayyad wrote on X that the deal proved “the failure of the aggression.” Prime "
    "Minister Salem Ba-Wazir told state television that the government would keep the door open to peace but “will "
    "not accept surrender.”",
)
