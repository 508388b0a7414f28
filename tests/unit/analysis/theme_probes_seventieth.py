"""A seventieth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: sport and culture between states, as agency copy, the
sports desk, the arts desk, web analysis and a local weekly tell them. Six governments boycotting a championship in a
state at war, a national team kept out of a tournament because sanctions block its entry fee, a visa row that stops a
touring orchestra between two estranged neighbours, looted statues handed back by one state to another before a summit,
a World Cup host's gas and arms deals with the leaders who fly in for the opening match, and a table-tennis series read
as a thaw; with the look-alikes of the same pages that carry none of the three themes: a club's "transfer" fee and a
"trade deadline", a "defence" and an "attack", a "battle" for the title, a "captain" and his "campaign", a "siege" of a
goal and its "shots", an "offensive" line, a festival's "border" of lanterns, a "summit" finish in cycling, a museum's
exhibition of old "treaties" and a chess club's "war" of nerves.

Boundaries judged here (as the fifty-seventh and fifty-ninth batches had them): governments keeping their teams away
from a state over a war are diplomacy, the war's missile strikes in the same paragraph military and a passing "war" as
the reason optional; a sports federation's answer and a sponsor's withdrawal get no theme; sanctions that stop a
federation paying a fee and the banks that refuse the payment are trade, a state calling them aggression diplomacy
(trade optional) and the sanctioning state's answer trade (diplomacy optional); another state's ministry offering
friendlies "between sister nations" is diplomacy; visas withheld from an orchestra by a neighbour, the broken relations
behind them and each side's ministry on the row are diplomacy, the neighbours' small trade trade; statues handed back by
one state to another and a summit's agenda are diplomacy (a currency swap on it trade, missile tests military), the
statues' history under colonial rule only optional diplomacy and dealers' prices only optional trade; a gas supply deal
signed by a visiting leader is trade and diplomacy, fighter jets sold after two leaders met military and diplomacy
(trade optional), a league's transfer spending abroad only optional trade; a table-tennis series allowed by two
governments, an envoy's dinner and the visas for a return leg are diplomacy, fire across a line of control military
too, trade suspended between the two states trade.
Blind, main's rules got 16 of these 66 paragraphs wrong, none a label slip: military given to a football "defence",
"attack" and "battle" (three times: a coach's words, a club's signing, a manager's title race), to a defence that held
through a "siege" of shots and to a chess "attack" in a "war of nerves", and to a foreign ministry's passing "partners
in NATO"; diplomacy given to a museum's exhibition of old treaties (twice, one beside a summit story), to "both
countries" claiming the same music, to the "two neighbours" of a trade paragraph and to musicians who did receive
visas; diplomacy missed for a sports minister thanking six governments, for a governing-party lawmaker's words on a
state's return of statues, for leaders flying to a World Cup host (military missed there too, for warplanes ordered),
for a chancellor signing a gas deal beside a crown prince and for a host courting allies beyond Washington. Mended: a
race for a title, promotion or medals told as a battle, a club's defence bought at the transfer deadline, set pieces,
what happens "on the pitch", a side's siege of a goal (see themes/title_defences.py), a chess game's "war of nerves", a
shot that hits the post, a museum's exhibition on old treaties, and two neighbours counted by their trade (see
test_theme_sport_and_culture.py): 8 left; a state courting allies as diplomacy beside its trade: 7 left. Left by
pattern: military given to a foreign ministry's passing "partners in NATO"; diplomacy given, in a story of a visa row,
to an orchestra's director on music "both countries" claim and to musicians who did receive visas; diplomacy missed for
a sports minister thanking six governments, for a governing-party lawmaker on a state's return of statues, for leaders
flying to a World Cup host (military missed there too, for warplanes ordered beside "the opening match") and for a
chancellor signing a gas deal beside a crown prince (no leader's name for the visit to hang on).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTIETH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Six governments to boycott world wrestling championships in Kazan",
        [
            Probe(
                "WARSAW, April 17 (Stallard) - Poland, Lithuania, Latvia, Estonia, the Czech Republic and Denmark said "
                "on Thursday their national teams would boycott the world wrestling championships in Kazan in "
                "September, saying no team should compete in a country that wages war on its neighbour.",
                "d",
                "m",
            ),
            Probe(
                "In a joint statement the six sports ministers said Russia's missile strikes on Ukrainian cities, "
                "which killed more than 30 civilians in Kharkiv last week alone, made it impossible to send athletes "
                "to a championship the Kremlin would use as a showcase.",
                "dm",
            ),
            Probe(
                'Russia\'s foreign ministry called the boycott "politics dressed up as principle" and said the six '
                "governments had punished their own athletes to please their partners in NATO.",
                "d",
            ),
            Probe(
                "The World Grappling Federation said the championships would go ahead as planned and that wrestlers "
                "from the six countries could still enter as individuals if their national federations allowed it.",
                "",
            ),
            Probe(
                "Poland's head coach, Jakub Wierzbicki, said his squad had been building towards Kazan for two years. "
                '"Our defence was the best it has been and our attack was getting sharper. The battle for medals '
                'would have been ours to win," he said.',
                "",
            ),
            Probe(
                "Olympic champion Marta Kurpiel, who won gold in the 62 kg class in Paris, said she had learned of "
                "the decision from a text message and would now aim for the European championships in Bucharest.",
                "",
            ),
            Probe(
                "Ukraine's sports minister, Oksana Lytvak, thanked the six governments and urged others in Europe to "
                "follow them before the entry deadline in June.",
                "d",
            ),
            Probe(
                "Ukraine's own wrestling federation says 41 of its athletes and coaches have been killed at the front "
                "since Russian troops invaded in 2022.",
                "m",
            ),
            Probe(
                "A Danish brewery that had sponsored the national team said it would take its logo off the team's "
                "kit for the rest of the season.",
                "",
            ),
            Probe(
                "Organisers in Kazan said more than 60,000 tickets had been sold for the eight days of competition.",
                "",
            ),
        ],
    ),
    (
        "Venezuela out of Americas Classic as sanctions block entry fee",
        [
            Probe(
                "Venezuela's national baseball team will miss the Americas Classic in Miami next month after US "
                "sanctions blocked the payment of its $250,000 entry fee, the tournament's organisers said on Friday.",
                "t",
            ),
            Probe(
                "The team's federation is funded by the state oil company, which has been under US sanctions since "
                "2019, and a bank in Panama refused to make the transfer to the organisers' account in Florida.",
                "t",
            ),
            Probe(
                'Venezuela\'s foreign ministry called the decision "economic aggression against our athletes" and '
                "summoned the US charge d'affaires in Caracas to protest.",
                "d",
                "t",
            ),
            Probe(
                "A State Department spokesman said the sanctions were aimed at the oil company and not at athletes, "
                "and that the federation could apply to the Treasury for a licence to pay the fee.",
                "t",
                "d",
            ),
            Probe(
                "Manager Tadeo Urbina had built his side around an offensive line-up led by shortstop Luis Villasmil, "
                "and Venezuela had been tipped by many as favourites after their run to the final two years ago.",
                "",
            ),
            Probe(
                "Several of the players are under contract with major league clubs, which have until the July 31 "
                "trade deadline to deal them, and some had asked their clubs for leave to play in Miami.",
                "",
            ),
            Probe(
                "Cuba's sports ministry offered to host Venezuela for a series of friendlies in Havana instead, "
                'calling it "a gesture of solidarity between sister nations".',
                "d",
            ),
            Probe(
                "In Caracas, fans gathered in bars to watch reruns of the 2023 final, and a petition asking the "
                "organisers to waive the fee had gathered 80,000 signatures by Friday evening.",
                "",
            ),
            Probe(
                "Organisers said Colombia would take Venezuela's place in the eight-team field.",
                "",
            ),
        ],
    ),
    (
        "Algerian orchestra calls off Morocco tour after visas withheld",
        [
            Probe(
                "The Algiers Symphonic Ensemble called off its four-concert tour of Morocco on Wednesday after Rabat "
                "failed to issue visas to 38 of its 62 musicians, the latest casualty of the rift between the two "
                "neighbours.",
                "d",
            ),
            Probe(
                "Algeria cut diplomatic relations with Morocco in 2021 and closed its airspace to Moroccan planes, and "
                "the land border between the two countries has been shut since 1994.",
                "d",
            ),
            Probe(
                "The ensemble's director, Karim Oudjit, said the musicians had rehearsed for five months and that "
                "the programme had been built around Andalusian pieces both countries claim as their own.",
                "",
            ),
            Probe(
                'Algeria\'s culture ministry accused Rabat of "holding art hostage to politics" and said it would '
                "answer in kind when a Moroccan dance company applies to perform in Oran in the autumn.",
                "d",
            ),
            Probe(
                "Morocco's foreign ministry said the applications had been filed late and through the wrong consulate, "
                "and that visas for the remaining musicians would be decided in the normal way.",
                "d",
            ),
            Probe(
                "The Essaouira music festival, where the orchestra was to have closed its tour, will go ahead, with "
                "the old town's ramparts lit by a border of 3,000 lanterns for the opening night.",
                "",
            ),
            Probe(
                "The festival's director, Nadia Ferhat, said its ticket campaign had sold out the opening night within "
                "a day and that a Senegalese choir would take the orchestra's slot.",
                "",
            ),
            Probe(
                "Trade between the two neighbours is small, about $500 million a year, and much of it goes through "
                "ports in Spain and France because of the closed border.",
                "t",
            ),
            Probe(
                '"Cultural exchange was one of the last channels still open between the two capitals," said Samir '
                'Benslimane, a researcher at the Maghreb Policy Forum in Tunis. "Now that channel is closing too."',
                "d",
            ),
            Probe(
                "The 24 musicians who did receive visas said they would give a free concert in Algiers instead.",
                "",
            ),
        ],
    ),
    (
        "Japan returns looted Buddhist statues to South Korea days before summit",
        [
            Probe(
                "TOKYO, May 12 (Stallard) - Japan handed back 11 Buddhist statues taken from Korea during colonial "
                "rule to South Korea on Tuesday, days before the two countries' leaders meet in Busan, in a gesture "
                "officials on both sides called a sign of warming ties.",
                "d",
            ),
            Probe(
                "The gilt-bronze statues were removed from a temple near Gyeongju in 1915 and had been held for "
                "decades by a private museum in Osaka, which gave them to the Japanese state last year.",
                "",
                "d",
            ),
            Probe(
                "Japan's culture minister, Tetsuo Kameyama, handed the first of the statues to South Korea's "
                'ambassador at a ceremony in Tokyo, saying the return was made "in a spirit of friendship".',
                "d",
            ),
            Probe(
                "At the summit the two leaders are expected to discuss North Korea's missile tests and the revival "
                "of a currency swap line between their central banks.",
                "dmt",
            ),
            Probe(
                "From June the statues will go on show at the national museum in Seoul beside an exhibition on the "
                "treaties of the Joseon court in the 17th century, with old maps, seals and a royal scroll.",
                "",
            ),
            Probe(
                "A civic group that has campaigned for the return of Korean artefacts for 20 years said about 80,000 "
                "objects remained in Japanese collections and urged Seoul to press Tokyo for more.",
                "d",
            ),
            Probe(
                "Art dealers in Tokyo said prices for Korean ceramics at auction had risen by a third since the "
                "return was first reported in March.",
                "",
                "t",
            ),
            Probe(
                "A lawmaker of Japan's governing party said the return set a precedent that other states would use "
                "to press their own claims, and that the Diet should have been asked first.",
                "d",
            ),
            Probe(
                "Monks at the temple near Gyeongju, Park Seo-yun among them, are preparing a ceremony to rehouse the "
                "statues once the exhibition closes.",
                "",
            ),
        ],
    ),
    (
        "Analysis: Riyadh's World Cup opener doubles as a bazaar for gas and arms",
        [
            Probe(
                "At least nine heads of state and government flew to Riyadh for the World Cup's opening match on "
                "Thursday, and several of them left with long-term gas contracts or orders for warplanes.",
                "dtm",
            ),
            Probe(
                "Germany's chancellor watched the match beside the crown prince and signed a 15-year deal the next "
                "morning for the supply of 2 million tonnes of liquefied natural gas a year to German importers.",
                "td",
            ),
            Probe(
                "France announced after a meeting between the two leaders that Saudi Arabia would buy 24 more of its "
                "fighter jets, with the first to be delivered in 2029.",
                "md",
                "t",
            ),
            Probe(
                "On the pitch, Saudi captain Faisal Al-Rumaihi said his defence had held through the siege of their "
                "goal in the second half, when Brazil had 14 shots and hit the post twice.",
                "",
            ),
            Probe(
                "The 1-1 draw leaves the battle for the top of Group A open, with Brazil and Saudi Arabia level on "
                "one point each before Monday's games.",
                "",
            ),
            Probe(
                "Analysts said the tournament gave Riyadh a stage for its drive to diversify away from oil and win "
                "foreign investment, and for courting allies beyond Washington.",
                "td",
            ),
            Probe(
                "Saudi Pro League clubs spent more than $900 million in transfer fees last season, luring players "
                "from Europe with wages few clubs there can match.",
                "",
                "t",
            ),
            Probe(
                "The emir of Qatar was also in the stands, his first visit to Riyadh since the two countries ended "
                "their three-year rift in 2021.",
                "d",
            ),
            Probe(
                "Hotels in Riyadh and Jeddah are fully booked for the group stage, and organisers expect about 1.2 "
                "million visitors over the four weeks.",
                "",
            ),
        ],
    ),
    (
        "India and Pakistan play first table tennis series in 17 years",
        [
            Probe(
                "LAHORE, Nov 3 (Stallard) - India's table tennis team played in Pakistan on Sunday for the first time "
                "in 17 years, in a series both governments allowed weeks after their foreign ministers met in Muscat "
                "and which commentators on both sides read as a thaw.",
                "d",
            ),
            Probe(
                "Ritika Bansal won the deciding match 3-1 against Mehreen Shafiq to give India a 3-2 win, and the "
                "crowd of 4,000 in the Punjab sports hall stood to applaud both players.",
                "",
            ),
            Probe(
                "India's high commission in Islamabad hosted both teams at a dinner on Saturday, where the acting high "
                'commissioner said sport could "open doors that politics has kept shut for too long".',
                "d",
            ),
            Probe(
                "Relations sank again last year after an attack on pilgrims in Kashmir and an exchange of fire across "
                "the Line of Control, and the two have not played a cricket series against each other since 2012.",
                "dm",
            ),
            Probe(
                "Pakistan suspended trade with India in 2019, and businessmen in Lahore said they hoped the series "
                "would be a first step towards reopening the Wagah crossing to goods.",
                "t",
                "d",
            ),
            Probe(
                '"Our shots were better in the long rallies, and our attack on her backhand worked," India\'s coach, '
                "Ravi Ghuman, said after the match.",
                "",
            ),
            Probe(
                '"It is ping-pong diplomacy in the literal sense, but the real test is whether the two governments '
                'send their high commissioners back," said Ahsan Qureshi, who teaches international relations at a '
                "university in Lahore.",
                "d",
            ),
            Probe(
                "Shafiq, Pakistan's captain, who plays for a club in Germany's Bundesliga, said she had never played "
                "in front of such a crowd.",
                "",
            ),
            Probe(
                "The return series is set for New Delhi in March, if India's home ministry grants visas to "
                "Pakistan's players.",
                "d",
            ),
        ],
    ),
    (
        "Around Kettleford: Rovers sign a centre-back, a summit finish and the lantern festival",
        [
            Probe(
                "Kettleford Rovers strengthened their defence before the transfer deadline, paying a club-record "
                "£250,000 fee for centre-back Owen Brackley from Tollworth Town.",
                "",
            ),
            Probe(
                '"The battle for the title will go to the last day," manager Pell Harrow said. "We have to keep our '
                'attack sharp and stop conceding from set pieces."',
                "",
            ),
            Probe(
                "On Saturday Rovers laid siege to the Dunmere goal for the last 20 minutes, with 19 shots in all, but "
                "could not find a winner and the game ended 0-0.",
                "",
            ),
            Probe(
                "Captain Danny Solvang, who has led the club's campaign for promotion from the back, has signed a new "
                "two-year contract.",
                "",
            ),
            Probe(
                "The Kettleford Mustangs, the town's American football team, have rebuilt their offensive line for "
                "the new season and traded their backup quarterback to a club in Leeds.",
                "",
            ),
            Probe(
                "The third stage of the Tour of the Dales ends with a summit finish on Hartside Fell on Sunday, and "
                "the road over the fell will be closed from 9am.",
                "",
            ),
            Probe(
                "The festival of lights returns to the riverside on Friday, with a border of 2,000 lanterns along "
                "the old town wall and a parade from the market square at 7pm.",
                "",
            ),
            Probe(
                'The town museum opens "Ink and Seal" on Tuesday, an exhibition on the treaties signed at Kettleford '
                "Hall in the 1600s, among them a peace treaty between two feuding earls.",
                "",
            ),
            Probe(
                "Kettleford Chess Club beat Harrowgate 5-3 on Thursday, with 14-year-old Amy Voskuijlen winning with "
                'a king\'s-side attack in what her coach called "a war of nerves".',
                "",
            ),
            Probe(
                "Tickets for the Rovers' cup tie against Wendlow go on sale on Monday, and season-ticket holders can "
                "buy two each.",
                "",
            ),
        ],
    ),
]
