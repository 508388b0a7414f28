"""A twentieth batch of fictional stories for probing the quotes, this one WORLD NEWS from the wires on conflict and
diplomacy (a dateline "CITY (Agency) -" or "CITY, Month Day (Agency) -" on the first paragraph, short paragraphs,
mostly reported speech): a ceasefire that broke down (residents, an army statement carried by a news agency, a denial,
two speakers in one paragraph, a diplomat who took part in the talks, a minister with "bin" in his name), a hostage
exchange (security sources, a minister with "van der", a group's message posted on Telegram, an official on condition
of anonymity, a brother named by his given name), a Security Council veto (ambassadors, one speaking through an
interpreter, a ministry's statement on its website, Western diplomats, a secretary-general's spokesman), a summit's
joint communique ("state media quoted X as saying", a translation), an ambassador summoned, a border clash (a
televised address, residents, witnesses who told Reuters), an election boycott (a denial by a government, an embassy's
post on X), a refugee camp (aid agencies, a news conference in Geneva, an interpreter), a drone strike (a claim of
responsibility, "the statement said") and sanctions ("was quoted by the official news agency as saying", a post on
Telegram, a senior official on condition of anonymity). Two stories use straight quotation marks as wire feeds do.
Written for these tests; none is taken from any corpus, and every person in them is made up. The gold is in
test_longform_probes_twentieth.py."""

from __future__ import annotations

CEASEFIRE: tuple[str, ...] = (
    "KHARTOUM, March 4 (Reuters) - A week-old ceasefire between Sudan’s army and a rival paramilitary force collapsed "
    "on Tuesday as heavy fighting erupted in the capital, residents said, dashing hopes for talks brokered by Saudi "
    "Arabia and the United States.",
    "“The shelling started at dawn and has not stopped. We are lying on the floor with the children,” Amna Idris, a "
    "resident of the Bahri district, told Reuters by telephone.",
    "The army said in a statement carried by the state news agency SUNA that the Rapid Support Forces had attacked its "
    "positions near the airport in “a flagrant violation” of the truce. The RSF denied that it had started the "
    "fighting and accused the army of shelling residential areas.",
    "Army spokesman Brigadier General Nabil Abdallah said the army would “respond with full force” to any attack. RSF "
    "adviser Yousif Ezzat wrote on X, formerly Twitter, that the army had “never wanted peace.”",
    "A Western diplomat who took part in the talks in Jeddah said the mediators had warned both sides that violations "
    "would be recorded. “Everyone knew this truce was fragile. Nobody expected it to fall apart this fast,” the "
    "diplomat said, speaking on condition of anonymity because the talks were confidential.",
    "Saudi Foreign Minister Turki bin Saud al-Harbi said in a statement carried by the Saudi Press Agency (SPA) that "
    "the kingdom was in contact with both sides. The U.S. State Department said it was “deeply concerned” and urged "
    "both parties to return to the negotiating table.",
    "More than 1,200 people have been killed since the fighting began in April, according to the health ministry.",
)

HOSTAGES: tuple[str, ...] = (
    "BAMAKO (AFP) - Two Dutch aid workers held for 14 months by jihadists in northern Mali were freed on Sunday in "
    "exchange for five detained militants, security sources told AFP.",
    "The two women, Katrin Vogel, 34, and Miriam Anders, 41, were flown to the capital and were “in good health,” "
    "Dutch Foreign Minister Pieter van der Linde said at a news conference in The Hague. “I thank everyone who worked "
    "quietly for this day,” he said.",
    "The Group to Support Islam and Muslims (JNIM), an al-Qaeda affiliate, said in a message posted on Telegram that "
    "the exchange had been agreed “after long negotiations with the mediators.”",
    "A Malian official involved in the negotiations told AFP on condition of anonymity that Qatar and Algeria had "
    "helped broker the deal. “It took months. Every time we were close, something changed on the ground,” the official "
    "said.",
    "Mali’s transitional government has not commented on the release. Government spokesman Colonel Abdoulaye Maiga "
    "said on state television on Monday that “no ransom was paid,” but did not say whether prisoners had been freed.",
    "Vogel’s brother, Tobias, said the family had learned of her release from the radio. “We cried, we laughed, we "
    "called everyone,” he told AFP by phone from Utrecht.",
)

VETO: tuple[str, ...] = (
    "UNITED NATIONS (AP) - Russia vetoed a U.N. Security Council resolution on Friday that would have demanded an "
    "immediate halt to fighting around the Zaporizhzhia nuclear plant, while China abstained and the other 13 members "
    "voted in favor.",
    "“Today, one member of this council chose to protect its own army over the safety of millions of Europeans,” U.S. "
    "Ambassador Carol Hutchins-Baker told the council after the vote.",
    "Russia’s deputy U.N. ambassador, Gennady Sorokin, called the draft “a propaganda stunt” and said it ignored "
    "Ukrainian shelling of the plant. Speaking through an interpreter, China’s ambassador, Fu Wenjie, said the council "
    "should “avoid steps that inflame tensions.”",
    "The resolution, drafted by France and Japan, also would have asked the International Atomic Energy Agency to keep "
    "experts at the site. IAEA Director General Henrik Solberg said in a statement from Vienna that the plant had lost "
    "external power twice this month. “We are playing with fire,” he said.",
    "France’s ambassador, Anne-Claire du Montel, said the veto “will not stop us.” Paris would take the draft to the "
    "General Assembly, where no country has a veto, she told reporters.",
    "Ukraine’s Foreign Ministry said in a statement on its website that the veto showed Moscow “does not care about "
    "nuclear safety.”",
    "It was the fourth Russian veto this year. Western diplomats said privately that they had expected China to "
    "abstain. Secretary-General Amara Ndiaye’s spokesman, Luca Ferri, said the secretary-general regretted that the "
    "council had been unable to act.",
)

COMMUNIQUE: tuple[str, ...] = (
    "JAKARTA, Sept 7 (Reuters) - Southeast Asian leaders called on Thursday for an end to violence in Myanmar and "
    "urged its military rulers to carry out a peace plan agreed two years ago, in a joint communique issued at the end "
    "of a summit in Jakarta.",
    "“We strongly condemn the continued acts of violence and urge all parties to take concrete action,” the communique "
    "said.",
    "Indonesian Foreign Minister Sari Wulandari told a news conference that the bloc had “not made the progress we "
    "hoped for” on Myanmar, but that dialogue remained the only way forward.",
    "Myanmar’s junta, whose leaders are barred from the summits, rejected the criticism. State media quoted junta "
    "spokesman Major General Zaw Min Htet as saying the communique was “one-sided and unacceptable.”",
    "The leaders also said they were concerned about tensions in the South China Sea. Philippine President Ramon "
    "Aquino-Reyes said in a speech that a code of conduct with China must be “effective and substantive.”",
    "A diplomat who took part in the talks said the wording on Myanmar had been “fought over line by line” until late "
    "on Wednesday. Another diplomat said Cambodia and Laos had pushed for softer language.",
    "“Thailand is a neighbour. We cannot look away,” Thai Prime Minister Chaiwat Srisuk said, according to a "
    "translation released by his office.",
)

SUMMONED: tuple[str, ...] = (
    "ALGIERS (AFP) - Algeria summoned France’s ambassador on Monday to protest against what it called “unacceptable "
    "interference” in its internal affairs, the foreign ministry said in a statement on its website.",
    "The ministry said ambassador Stéphane Roussel had been told that Algeria “rejects lessons from a former colonial "
    "power” after French lawmakers adopted a resolution on the detention of a writer.",
    "Algerian Foreign Minister Ahmed Benbouzid told reporters the decision had been taken “at the highest level.”",
    "In Paris, a spokesman for the French foreign ministry, Christophe Lemaire, said France “takes note” of the "
    "summons and remained committed to “a demanding and respectful dialogue” with Algiers.",
    "The writer, Karim Belhadj, 72, was arrested in November at Algiers airport. His lawyer, Fatima-Zohra Bencheikh, "
    "told AFP that her client was being held in “harsh conditions” and had not been allowed to see a doctor.",
    "“Karim is not a politician. He is a novelist who wrote what he saw,” his daughter Leila Belhadj said in a "
    "televised interview with the French channel TV5.",
    "Relations between the two countries have been strained since last year. Analysts said the latest row was unlikely "
    "to affect gas deliveries to Europe.",
)

BORDER: tuple[str, ...] = (
    "BISHKEK, June 2 (Reuters) - At least six people were killed in a clash between Kyrgyz and Tajik border guards on "
    "Thursday, officials on both sides said, each blaming the other for opening fire.",
    "Kyrgyzstan’s border service said in a statement that Tajik troops had used mortars against a Kyrgyz post near the "
    "village of Kok-Tash. Tajikistan’s State Committee for National Security said Kyrgyz forces had fired first, the "
    "state news agency Khovar reported.",
    "Kyrgyz President Almazbek Toktosunov said in a televised address that Bishkek would “defend every metre of our "
    "land” but wanted a peaceful solution. “We do not want war with our neighbours,” he said.",
    "Residents of Kok-Tash said they had fled to a neighbouring village overnight. “We heard the mortars, and we took "
    "the children and ran,” said Gulnara Asanova, 45, a teacher.",
    "Russia, which has military bases in both countries, called for restraint. Kremlin spokesman Vadim Orlov told "
    "reporters that Moscow was ready to help “if both sides ask.”",
    "The two countries share a 970-km border, about a third of which is disputed. Witnesses told Reuters that shooting "
    "had stopped by evening but that troops remained dug in on both sides.",
)

BOYCOTT: tuple[str, ...] = (
    "DHAKA, Bangladesh (AP) - Bangladesh’s main opposition National People’s Alliance said Sunday it would boycott "
    "next month’s general election, calling the vote “a farce” that would only hand the ruling party another five "
    "years in power.",
    "“We will not legitimize a stolen election. Our people will stay home,” the party’s secretary general, Mirza Kamal "
    "Hossain, told thousands of supporters at a rally in the capital.",
    "Hossain said more than 2,000 party activists had been arrested since October. The government denied that the "
    "arrests were politically motivated, saying those detained were suspected of arson and violence.",
    "Information Minister Rafiqul Alam said at a news conference that the election would go ahead on Jan. 7 “with or "
    "without” the opposition. “Nobody can hold the people hostage to the politics of one party,” he said.",
    "The U.S. Embassy in Dhaka said in a post on X that it wanted to see “free and fair elections” in which all "
    "parties could take part.",
    "In the Old Dhaka district of Lalbagh, shopkeeper Mohammad Rubel, 52, said he had not decided whether to vote. "
    "“Every time there is an election, there is a strike, and every strike I lose money,” he said.",
)

CAMP: tuple[str, ...] = (
    "ADRE, Chad (AFP) - Aid agencies warned on Wednesday that a camp sheltering more than 200,000 Sudanese refugees in "
    "eastern Chad was running out of water, as new arrivals fleeing fighting in Darfur crossed the border at a rate of "
    "about 1,000 a day.",
    "“We are giving people eight litres a day. The minimum in an emergency is fifteen,” said Claire Dubost, who "
    "coordinates the Doctors Without Borders (MSF) team in Adre.",
    "The U.N. refugee agency, UNHCR, said its appeal for Chad was only 19 percent funded. “The world’s attention has "
    "moved on, but the people keep coming,” UNHCR spokeswoman Ines Marchetti said at a news conference in Geneva.",
    "Khadija Ahmed, 29, said she had walked for five days from El Geneina with her four children. Speaking in Arabic "
    "through an interpreter, she said armed men had burned her village and killed her husband. “I have nothing left but"
    " them,” she said, pointing to her children.",
    "Chad’s humanitarian affairs minister, Fatimé Haggar, told reporters during a visit to the camp that her "
    "government could not carry the burden alone and called on donors to “keep their promises.”",
    "The Rapid Support Forces, the paramilitary group fighting Sudan’s army, have denied targeting civilians in "
    "Darfur.",
)

DRONE: tuple[str, ...] = (
    "BAGHDAD, Jan 14 (Reuters) - A drone strike on a car in eastern Baghdad killed a senior commander of an "
    "Iran-aligned militia and two of his guards late on Tuesday, two Iraqi security officials said.",
    "The group, Kataib al-Nasr, said in a statement on its Telegram channel that its commander, Abu Hussein al-Saadi, "
    'had been "martyred in a cowardly American attack." "We will respond at the time and place of our choosing," the '
    "statement said.",
    "A U.S. defense official, speaking on condition of anonymity, said the strike had been carried out in self-defense "
    "after a string of rocket attacks on bases housing U.S. troops. The Pentagon declined to comment.",
    'Iraqi government spokesman Haidar al-Rubaie said in a statement that the strike was "a blatant violation of Iraqi '
    "sovereignty\" and that Baghdad would review its options. Iraq's foreign ministry summoned the U.S. charge "
    "d'affaires, the ministry said.",
    "A second group, the Islamic Resistance in Iraq, said it carried out a drone attack on a U.S. base in Syria hours "
    "later. There was no immediate comment from the U.S. military on that claim.",
    "Witnesses said the car was hit as it left a restaurant in the Palestine Street area. "
    '"There was a flash, and then the car was just burning metal," a shop owner who gave his name only as Ali told '
    "Reuters.",
)

SANCTIONS: tuple[str, ...] = (
    "BRUSSELS (dpa) - The European Union on Monday imposed sanctions on 18 Iranian officials and entities over the "
    "supply of drones to Russia, freezing their assets and barring them from travelling to the bloc.",
    '"Those who help Russia kill Ukrainians will pay a price," EU foreign policy chief Marta Lindqvist said after a '
    "meeting of foreign ministers in Brussels. She said the bloc was also preparing measures against Iranian shipping "
    "companies.",
    "Iran's foreign ministry spokesman, Esmaeil Rahimi, was quoted by the official IRNA news agency as saying the "
    """sanctions were "illegal and baseless." Tehran has denied supplying drones for use in Ukraine.""",
    'Ukrainian Foreign Minister Oleh Tkachuk welcomed the decision. "Every drone that does not reach Russia is a life '
    'saved in Kharkiv or Odesa," he wrote on Telegram.',
    "A senior EU official told reporters on condition of anonymity that Hungary had secured an exemption for a gas "
    'pipeline project before agreeing to the package. "We got what we needed," a Hungarian diplomat said.',
    "The U.S. Treasury Department said it had imposed its own sanctions on six companies in China and Iran that it "
    'said had supplied parts for the drones. "Iran\'s drone program is a threat to the region and beyond," Treasury '
    "Under Secretary Brian Kessington said in a statement.",
)
