"""A sixth batch of fictional world-news and newswire articles for probing the themes (see theme_probes.py for the
format), labelled by the annotation guidelines before the rules were run on them: wars told through drones, shelling,
sieges and the dead; relations between states told through arrivals, summoned envoys, extraditions, recognitions,
freed prisoners, closed crossings and heads of government answering a neighbour; trade through tariffs and supply
chains; and look-alikes that get no theme (a riot over fuel prices, a shooting, a storm, a qualifier, a veto at home,
company results). All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Drones Set Fuel Depot Ablaze In Border Region",
        [
            Probe(
                "A wave of drones struck a fuel depot in the border region of Velmora overnight, setting off a blaze "
                "that burned for hours, the regional governor said on Telegram.",
                "m",
            ),
            Probe(
                "Air defence units downed 23 of the drones, the defence ministry said, but debris fell on a "
                "residential street and damaged several homes.",
                "m",
            ),
            Probe(
                "There were no immediate reports of casualties. Kyiv did not comment on the attack, in keeping with "
                "its usual practice.",
                "m",
            ),
            Probe(
                "Petrol prices in the region rose by a fifth the following week as filling stations ran dry.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Shelling Kills Five In Frontline Town",
        [
            Probe(
                "Shelling killed five people, including a child, in the frontline town of Dobrany on Tuesday, local "
                "officials said, as each side blamed the other for breaking a local truce.",
                "m",
            ),
            Probe(
                "Rescue workers pulled two survivors from the ruins of an apartment block hit in the afternoon.",
                "m",
            ),
            Probe(
                "The town, which had about 30,000 residents before the war, now has fewer than 4,000, most of them "
                "elderly.",
                "m",
            ),
            Probe(
                "Officials said evacuation buses would run daily from Thursday for those willing to leave.",
                "m",
            ),
        ],
    ),
    (
        "Militants Kill 14 Soldiers In Attack On Army Post",
        [
            Probe(
                "Militants killed 14 soldiers in an overnight attack on an army post near the border with Mali, the "
                "army said on Sunday, the deadliest such assault this year.",
                "m",
            ),
            Probe(
                "The attackers arrived on motorcycles and set fire to vehicles before withdrawing into the bush, a "
                "security source said.",
                "m",
            ),
            Probe(
                "The ruling council, which seized power two years ago promising to restore security, declared three "
                "days of national mourning.",
                "m",
            ),
            Probe(
                "Groups linked to al Qaeda and Islamic State control large parts of the countryside and have killed "
                "thousands of civilians.",
                "m",
            ),
        ],
    ),
    (
        "Two Killed As Police Clash With Fuel Protesters",
        [
            Probe(
                "Two people were killed and dozens injured when police fired tear gas and live rounds at protesters "
                "demanding lower fuel prices in the capital on Friday, a rights group said.",
            ),
            Probe(
                "The interior minister said officers had acted in self-defence after being attacked with stones and "
                "petrol bombs.",
            ),
            Probe("Opposition parties called for a general strike next week."),
        ],
    ),
    (
        "Hungarian Foreign Minister In Ankara For Talks On Grain, Prisoners",
        [
            Probe(
                "Foreign Minister Elena Varga arrived in Ankara on Wednesday for two days of talks with her Turkish "
                "counterpart, the first visit by a senior Hungarian official in three years.",
                "d",
            ),
            Probe(
                "Varga is expected to raise the fate of three Hungarians held in Turkish prisons and to press for a "
                "deal to resume grain shipments across the Black Sea.",
                "d",
                "t",
            ),
            Probe(
                "She will also be received by the president, a ministry spokesman said, without giving details.",
                "d",
            ),
        ],
    ),
    (
        "Poland Summons Hungarian Ambassador Over Election Remarks",
        [
            Probe(
                "Poland summoned the Hungarian ambassador on Monday to protest against remarks by a Hungarian "
                "minister about the Polish election, the foreign ministry said.",
                "d",
            ),
            Probe(
                "Deputy Foreign Minister Adam Kowal told the envoy that the comments were unacceptable interference "
                "in Poland's internal affairs.",
                "d",
            ),
            Probe(
                "Budapest said the minister had only expressed an opinion and that it saw no reason to apologise.",
                "d",
            ),
            Probe(
                "The row is the latest in a series of disputes between the two EU members over migration and the "
                "rule of law.",
                "d",
            ),
        ],
    ),
    (
        "Norwegian Leader Says Neighbours Do Not Decide For Oslo",
        [
            Probe(
                "Prime Minister Lars Moen said on Thursday he would not be lectured by Copenhagen, a day after "
                "Denmark criticised Norway's decision to expand drilling near their maritime border.",
                "d",
            ),
            Probe(
                '"We take our decisions in Oslo," Moen told reporters in parliament. "Our neighbours are our '
                'friends, but they do not decide for us."',
                "d",
            ),
            Probe("Moen's centre-right coalition faces a confidence vote next month over its budget."),
        ],
    ),
    (
        "Spanish Court Approves Extradition Of Venezuelan Businessman",
        [
            Probe(
                "A court in Madrid on Tuesday approved the extradition to the United States of a Venezuelan "
                "businessman accused of laundering money for officials in Caracas.",
                "d",
            ),
            Probe(
                "His lawyers said they would appeal and argued that he faced political persecution.",
                "",
                "d",
            ),
            Probe(
                "The final decision rests with the Spanish cabinet, which has in the past refused extraditions "
                "requested by Washington.",
                "d",
            ),
        ],
    ),
    (
        "Kyrgyzstan Shuts Border Crossing To Kazakh Trucks",
        [
            Probe(
                "Kyrgyzstan closed its main border crossing with Kazakhstan to trucks on Friday, leaving hundreds of "
                "lorries stranded, in a widening dispute over customs checks.",
                "dt",
            ),
            Probe(
                "Drivers said they had been waiting for three days without food or water.",
                "",
                "dt",
            ),
            Probe(
                "The Kazakh foreign ministry said it had handed a note of protest to the Kyrgyz ambassador and called "
                "for talks.",
                "d",
            ),
        ],
    ),
    (
        "Japan, Philippines Sign Troop Access Pact",
        [
            Probe(
                "The leaders of Japan and the Philippines signed a reciprocal access agreement in Manila on Monday "
                "that allows their troops to train on each other's soil.",
                "dm",
            ),
            Probe(
                "The pact, which must be ratified by both parliaments, is the latest sign of deepening security ties "
                "as both countries face an increasingly assertive China.",
                "dm",
            ),
            Probe(
                "The two sides also agreed to expand cooperation on liquefied natural gas and critical minerals.",
                "dt",
            ),
        ],
    ),
    (
        "Italian Journalist Freed After 18 Months In Iranian Jail",
        [
            Probe(
                "An Italian journalist held in Iran for 18 months was freed on Sunday and flew home to Rome, where she "
                "was met on the tarmac by the prime minister.",
                "d",
            ),
            Probe(
                "Her release followed months of quiet contacts between the two governments, officials said, and came "
                "days after Italy freed an Iranian engineer wanted by the United States.",
                "d",
            ),
            Probe('"It was a long night, but it is over," she told reporters.', "", "d"),
        ],
    ),
    (
        "UN Envoy Meets Rival Libyan Leaders To Revive Talks",
        [
            Probe(
                "The UN special envoy for Libya met leaders of the rival administrations in Tripoli and Benghazi this "
                "week in a bid to revive stalled talks on a unified government.",
                "d",
            ),
            Probe(
                "Clashes between armed groups in the capital last month killed at least 40 people and raised fears "
                "of a return to full-scale war.",
                "m",
                "d",
            ),
            Probe("Elections planned for 2021 were never held, amid disputes over who could stand.", "", "d"),
        ],
    ),
    (
        "Iran Seizes Tanker In Gulf",
        [
            Probe(
                "Iran's Revolutionary Guards seized a foreign-flagged tanker in the Gulf on Thursday, accusing it of "
                "smuggling fuel, state media reported.",
                "m",
                "t",
            ),
            Probe(
                "A US Navy spokesman said the seizure was the third in a month and urged Tehran to release the ship "
                "and its crew.",
                "md",
            ),
            Probe(
                "The vessel's crew of 21 are mostly from India and the Philippines, its manager said.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "Tanks Massed Near Border, Satellite Images Show",
        [
            Probe(
                "Satellite images show a build-up of tanks and artillery within 20 km of the border, analysts said on "
                "Wednesday.",
                "m",
            ),
            Probe(
                "The defence minister told parliament the deployment was a routine exercise and posed no threat to "
                "anyone.",
                "m",
            ),
            Probe(
                "Neighbouring governments have asked for an explanation, and the regional bloc will discuss the "
                "build-up at an emergency meeting on Friday.",
                "dm",
            ),
        ],
    ),
    (
        "Steel Tariffs To Rise As Trade Row Escalates",
        [
            Probe(
                "The government will raise tariffs on imported steel to 40 percent from next month, the trade "
                "ministry said, in retaliation for duties imposed on its aluminium last year.",
                "t",
            ),
            Probe(
                "Steelmakers welcomed the move, but carmakers warned it would raise costs along the supply chain and "
                "hurt exports.",
                "t",
            ),
            Probe("Talks between the two sides broke down in March.", "t", "d"),
        ],
    ),
    (
        "Chipmaker Moves Assembly To Vietnam, Mexico",
        [
            Probe(
                "Taiwanese chip firm Tessra will shift part of its assembly to Vietnam and Mexico to shield its "
                "customers from new US duties, its chairman said.",
                "t",
            ),
            Probe("The company's shares rose 3 percent on the news.", "", "t"),
        ],
    ),
    (
        "Brazil Beats Argentina In Qualifier",
        [
            Probe(
                "Striker Leo Mendes scored twice as Brazil beat Argentina 3-1 in a World Cup qualifier on Tuesday, "
                "ending a run of four defeats against their old rivals.",
            ),
            Probe("The two teams meet again in Buenos Aires in March."),
        ],
    ),
    (
        "Three Shot Dead At Suburban Supermarket",
        [
            Probe(
                "A gunman shot dead three people at a supermarket in the suburb of Elmfield on Saturday before "
                "turning the weapon on himself, police said.",
            ),
            Probe("Detectives are examining the man's computer and have not given a motive."),
        ],
    ),
    (
        "Storm Cuts Power To 200,000 Homes",
        [
            Probe(
                "Storm Gerda battered the northern coast with winds of up to 150 km an hour, cutting power to 200,000 "
                "homes and forcing the cancellation of ferries to the islands.",
            ),
            Probe(
                "Soldiers were sent to help clear fallen trees and deliver supplies to cut-off villages.",
                "",
                "m",
            ),
        ],
    ),
    (
        "President Vetoes Bill To Cut Ministries",
        [
            Probe(
                "The president vetoed a bill to cut the number of ministries on Wednesday, saying it would weaken the "
                "state, and sent it back to parliament.",
            ),
            Probe("Voters go to the polls in October in an election dominated by housing costs and immigration."),
            Probe(
                "The Supreme Court ordered a retrial of a former defence minister convicted of taking bribes over a "
                "helicopter purchase.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Carmaker Profit Rises On Electric Sales",
        [
            Probe(
                "Carmaker Volta reported a 12 percent rise in quarterly profit on Thursday, helped by strong sales of "
                "its electric models at home.",
            ),
            Probe("The film festival opened with a drama about two sisters separated by the war."),
        ],
    ),
    (
        "China Protests Japanese Minister's Shrine Visit",
        [
            Probe(
                "China lodged stern representations with Japan after a Japanese minister visited a shrine honouring "
                "the war dead, a foreign ministry spokesman said at a regular briefing.",
                "d",
            ),
            Probe(
                "The spokesman urged Tokyo to reflect on its history and to stop provoking its neighbours.",
                "d",
            ),
            Probe('Seoul also expressed "deep disappointment" and summoned a Japanese diplomat.', "d"),
        ],
    ),
    (
        "Three European States Recognise Palestine",
        [
            Probe(
                "Three European countries formally recognised a Palestinian state on Tuesday, drawing an angry "
                "response from Israel, which recalled its ambassadors for consultations.",
                "d",
            ),
            Probe(
                "Israel's foreign minister said the move rewarded terrorism and would not bring peace any closer.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "EU Adds Chinese, Turkish Firms To Sanctions List",
        [
            Probe(
                "The European Union added 19 companies to its sanctions list on Friday, including firms in China and "
                "Turkey accused of helping Russia obtain parts for drones and missiles.",
                "t",
                "dm",
            ),
            Probe(
                "Beijing said it firmly opposed the listing of Chinese firms and would take necessary measures to "
                "protect their rights.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Gulf Leaders Meet In Doha",
        [
            Probe(
                "Leaders of the Gulf states gathered in Doha on Sunday for an annual summit expected to be "
                "overshadowed by the war in Gaza.",
                "d",
                "m",
            ),
            Probe("Kuwait's emir did not attend and sent the crown prince in his place.", "d"),
            Probe("A final communique is due on Monday.", "d"),
        ],
    ),
    (
        "Brazilian President Begins State Visit To China",
        [
            Probe(
                "Brazil's president begins a three-day state visit to China on Tuesday, accompanied by ministers and "
                "some 200 business leaders, with deals on beef, satellites and railways expected to be signed.",
                "dt",
            ),
            Probe("It will be his second trip to Beijing since returning to office.", "d"),
            Probe(
                "China has been Brazil's largest trading partner since 2009, buying most of its soy and iron ore.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Fighters Encircle Camp As Hunger Spreads",
        [
            Probe(
                "Fighters of the Rapid Support group have encircled the camp since May and shell it almost daily, "
                "according to residents reached by satellite phone.",
                "m",
            ),
            Probe(
                "No food has entered the camp for five weeks, aid workers said, and families are eating animal fodder.",
                "m",
            ),
        ],
    ),
    (
        "Coast Guard Fires Water Cannon At Supply Boat",
        [
            Probe(
                "A Chinese coast guard ship fired water cannon at a Philippine supply boat near the disputed shoal on "
                "Saturday, injuring three crew members, Manila said.",
                "md",
            ),
            Probe(
                "The Philippines summoned China's deputy ambassador and filed a diplomatic protest, the 40th this "
                "year.",
                "d",
            ),
        ],
    ),
    (
        "Strikes Kill 27 Across Gaza Overnight",
        [
            Probe(
                "Israeli strikes killed at least 27 people across Gaza overnight, including several children "
                "sheltering in a school, health officials said.",
                "m",
            ),
            Probe("The military said it had targeted a command centre used by Hamas fighters.", "m"),
            Probe("Mourners carried the bodies through the streets of Khan Younis on Friday morning.", "m"),
        ],
    ),
    (
        "Glide Bombs Pound Kharkiv For Third Day",
        [
            Probe(
                "Russian forces pounded Kharkiv with glide bombs for a third day, hitting a printing house and a "
                "shopping centre, the mayor said.",
                "m",
            ),
            Probe("Moscow says it does not target civilians.", "m", "d"),
        ],
    ),
    (
        "Canada Restores Visa Rule For Mexicans",
        [
            Probe(
                "Canada will again require visas from Mexican travellers from next month, citing a surge in asylum "
                "claims.",
                "d",
            ),
            Probe("Mexico said it regretted the decision and would respond in kind.", "d"),
        ],
    ),
    (
        "Maritime Boundary Treaty To Be Signed In Geneva",
        [
            Probe(
                "The foreign ministers of the two countries are expected to sign a treaty fixing their maritime "
                "boundary when they meet in Geneva next week.",
                "d",
            ),
        ],
    ),
    (
        "German Woman Detained In Dubai",
        [
            Probe(
                "The German embassy said it was giving consular help to the family of a German woman detained in "
                "Dubai.",
                "d",
            ),
        ],
    ),
    (
        "Chilean Cherry Exports To China Fall",
        [
            Probe(
                "Exports of Chilean cherries to China fell 20 percent this season after a glut drove down prices.",
                "t",
            ),
        ],
    ),
]
