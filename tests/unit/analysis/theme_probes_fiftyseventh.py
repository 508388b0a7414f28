"""A fifty-seventh batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: sport in world affairs, as agency copy, sports desks and
foreign desks tell it. Governments pulling their teams out of a championship over a war, athletes of a sanctioned
state cleared to compete under a neutral flag, two presidents watching a qualifier between states that fought two
wars, the UN's call for an Olympic truce, a state fund buying a club, a ministry refusing a cricket tour, a chess match
that gave cover for talks between two governments; with the same pages' look-alikes of no theme: a "battle" for the
title, a striker's "attack", a "defence" that held through a "siege", a player "traded", a derby billed as a "war", a
"peace treaty" over a transfer fee and a sponsor's "ambassador".

Boundaries judged here: a government keeping its team away from a state over a war is diplomacy, the war's missiles
in the same clause military and a passing "war" as the reason optional; a sports body's ban, its vetting of athletes
and their uniforms are no theme (the war behind them optional); two heads of state meeting at a match is diplomacy,
the match itself none; a UN truce is diplomacy and, as it asks armies to stop fighting, military; a state fund buying
a foreign club is investment (trade), the league's test of foreign owners optional trade; a ministry refusing a tour
for security is diplomacy (the attack that led to it military); sanctions that stop a federation paying prize money are
trade.
Blind, main's rules got 18 of these 72 paragraphs wrong. Two were label slips, relabelled: the truces that wars ignored
continue the UN's truce and take its diplomacy as optional, and trade frozen between two neighbours over a quarrel
takes the quarrel's diplomacy as optional (the freeze itself is trade). 16 are left: military given to a sports
"defence" three times (a title's defence, a defence that held through a "siege", a defence that "fought like
soldiers"), trade given to a player "traded" and to clubs that cannot "trade players", diplomacy given to a sponsor's
"ambassador", a "peace treaty" between two clubs, a host stripped of a tournament and a cricket board's plea to move a
series; trade missed for a state fund buying a club and for Gulf funds owning clubs; diplomacy missed where states
co-sponsor a text, where a minister urges other governments and where officials refuse to sit beside another state's
delegates; military missed in a joint statement's missiles; diplomacy given beside trade to sanctions on a chess
federation's prize money.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYSEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Nordic governments pull hockey teams out of world championship in Minsk",
        [
            Probe(
                "HELSINKI, Feb 3 (Pressline) - Finland, Sweden and Norway said on Monday their national ice hockey "
                "teams would not take part in the world championship in Minsk in May, citing Belarus's support for "
                "Russia's war in Ukraine.",
                "d",
                "m",
            ),
            Probe(
                'The three governments said in a joint statement that sending teams would "lend legitimacy to a '
                'state that has let its territory be used to launch missiles at Ukrainian cities."',
                "dm",
            ),
            Probe(
                "The International Ice Hockey Federation said it regretted the decision and that the tournament "
                "would go ahead with 13 teams instead of 16.",
                "",
            ),
            Probe(
                'Belarus\'s sports ministry called the boycott "politics dressed up as principle" and said the '
                "three countries were punishing athletes for decisions made by their governments.",
                "d",
            ),
            Probe(
                "Finland's sports minister, Kaisa Lehtola, said the players had been consulted and that most "
                'backed the decision. "Nobody in the dressing room wants to be used in a propaganda film," she '
                "said.",
                "",
                "d",
            ),
            Probe(
                "Russia has been barred from international hockey since 2022, when its forces invaded Ukraine.",
                "m",
                "d",
            ),
            Probe(
                "The boycott will cost the organisers an estimated 4 million euros in ticket and broadcast "
                "revenue, the federation said.",
                "",
            ),
            Probe(
                "Minsk was awarded the tournament in 2019. Latvia, which staged the 2021 championship after "
                "Belarus was stripped of it amid mass protests, has offered to host the games again at short "
                "notice.",
                "",
            ),
            Probe(
                "Finland's coach, Jari Vesterinen, said his side would now prepare for the Olympic qualifiers in "
                "August, where the battle for the last places is expected to be fierce.",
                "",
            ),
            Probe(
                "Ukraine's foreign minister thanked the three countries on social media, writing that \"sport "
                'cannot be a shield for those who help bomb our cities."',
                "d",
                "m",
            ),
        ],
    ),
    (
        "Russian athletes cleared to compete under neutral flag in Rome",
        [
            Probe(
                "ROME, May 22 (Pressline) - Twelve Russian athletes will compete at the European athletics "
                "championships in Rome under a neutral flag, the sport's governing body said on Thursday, after "
                "clearing them of any link to the army or the security services.",
                "",
                "md",
            ),
            Probe(
                "The athletes will wear plain uniforms, no anthem will be played if they win, and their results "
                "will not count in the medal table.",
                "",
            ),
            Probe(
                "World Athletics banned Russia's federation in 2015 over state-sponsored doping and extended the "
                "exclusion after the invasion of Ukraine in 2022.",
                "",
                "m",
            ),
            Probe(
                "Those cleared had to show they had not publicly supported the war and were not contracted to the "
                "military or the National Guard, whose sports clubs have long employed many of the country's best "
                "athletes.",
                "",
                "m",
            ),
            Probe(
                "Ukraine's sports minister, Oleh Danylenko, called the decision \"a slap in the face to athletes "
                'who are now at the front" and urged other governments to press the organisers to reverse it.',
                "d",
                "m",
            ),
            Probe(
                "Poland and the Baltic states said their teams would compete but that their officials would not "
                "attend any ceremony alongside Russian delegates.",
                "d",
            ),
            Probe(
                'The Kremlin dismissed the conditions as discrimination. "Our athletes are being asked to renounce '
                'their country," spokesman Pavel Orlov told reporters.',
                "",
                "d",
            ),
            Probe(
                "Among those cleared is the high jumper Anya Kolesova, 24, whose defence of her indoor title in "
                "March was cut short by a hamstring injury.",
                "",
            ),
            Probe(
                "Her coach said she had trained in Turkey and the United Arab Emirates since the ban because "
                "flights to Europe for Russians are restricted and visas hard to get.",
                "",
                "td",
            ),
            Probe(
                "The championships open on June 7. Belarusian athletes, also banned over their government's "
                "support for the invasion, were cleared on the same terms.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Armenian and Azerbaijani presidents watch qualifier side by side in Yerevan",
        [
            Probe(
                "YEREVAN, Sept 9 (Pressline) - The presidents of Armenia and Azerbaijan watched side by side on "
                "Tuesday as their national teams drew 1-1 in a World Cup qualifier, the first visit by an "
                "Azerbaijani head of state to Armenia.",
                "d",
            ),
            Probe(
                "The two leaders shook hands before kick-off and spoke for about 40 minutes in a room beneath the "
                "stands, officials of both sides said, without giving details.",
                "d",
            ),
            Probe(
                "The countries fought two wars over Nagorno-Karabakh, most recently in 2023, and initialled a "
                "draft peace agreement in August that has yet to be signed.",
                "md",
            ),
            Probe(
                "About 500 Azerbaijani fans travelled on a chartered flight, the first direct flight between the "
                "two capitals in more than three decades, under a security operation involving 4,000 police "
                "officers.",
                "",
                "d",
            ),
            Probe(
                "On the pitch, Armenia's striker Davit Hakobyan led the attack and scored after 23 minutes, before "
                "a penalty in the second half levelled the game.",
                "",
            ),
            Probe(
                "Azerbaijan's defence held firm through a late siege of its goal, and coach Rauf Mammadli praised "
                "his players' discipline.",
                "",
            ),
            Probe(
                'Armenia\'s foreign minister said the evening showed "what normal relations could look like" and '
                "that talks on opening the border to trade would resume in Vienna next month.",
                "d",
                "t",
            ),
            Probe(
                "Critics in both countries were unimpressed. Opposition deputies in Baku accused the president of "
                '"smiling for cameras" while thousands displaced by the war still cannot go home.',
                "",
                "md",
            ),
            Probe(
                "The return match is scheduled for Baku in March.",
                "",
                "d",
            ),
        ],
    ),
    (
        "UN calls for Olympic truce during Winter Games",
        [
            Probe(
                "UNITED NATIONS, Nov 20 (Pressline) - The UN General Assembly adopted a resolution on Monday "
                "calling for an Olympic truce during next year's Winter Games in Italy, with 183 countries voting "
                "in favour and none against.",
                "d",
            ),
            Probe(
                "The truce, a tradition the assembly revived in 1993, asks warring parties to stop fighting from "
                "seven days before the Games open until seven days after the Paralympics close.",
                "md",
            ),
            Probe(
                'Russia abstained, as it did two years ago, saying the text had been "turned into a political '
                'weapon" by Western states.',
                "d",
            ),
            Probe(
                "Previous truces have been widely ignored. Russia's war with Georgia began on the opening day of "
                "the 2008 Beijing Games, and its forces moved into Ukraine days after the 2022 Winter Games ended.",
                "m",
                "d",
            ),
            Probe(
                "Greece, where the tradition began in the ancient Games, co-sponsored the text with 90 other states.",
                "d",
            ),
            Probe(
                "Ukraine's ambassador to the UN said Kyiv would respect any truce that Russia respected, but \"we "
                'have learnt that words in New York do not stop missiles."',
                "dm",
            ),
            Probe(
                "The president of the International Olympic Committee, Karin Vallmo, told the assembly that sport "
                '"cannot make peace, but it can remind the world that peace is possible."',
                "",
                "d",
            ),
            Probe(
                "Italy's foreign minister, who presented the resolution, said the government would invite athletes "
                "from conflict zones to train at a centre in the Dolomites before the Games.",
                "d",
            ),
            Probe(
                "The Games will be held in Milan and Cortina d'Ampezzo from Feb 6 to Feb 22.",
                "",
            ),
        ],
    ),
    (
        "Qatari state fund agrees to buy Harwick Town for 310 million pounds",
        [
            Probe(
                "LONDON, Oct 7 (Pressline) - A consortium led by Qatar's sovereign wealth fund has agreed to buy "
                "English Championship club Harwick Town for about 310 million pounds, the club said on Tuesday, "
                "the latest Gulf investment in European football.",
                "t",
            ),
            Probe(
                "The league must approve the deal under its owners' and directors' test, which was tightened last "
                "year to look at whether a buyer is controlled by a foreign state.",
                "",
                "t",
            ),
            Probe(
                "Human rights groups urged the league to block the takeover, saying it was an attempt by the Gulf "
                'state to "sportswash" its record.',
                "",
                "d",
            ),
            Probe(
                "Funds controlled by Gulf states already own two Premier League clubs and one in France.",
                "t",
            ),
            Probe(
                "The Qatari fund has invested more than 40 billion pounds in Britain, from property in London to "
                "stakes in utilities and an airport, and the two governments signed an investment partnership in "
                "2024.",
                "td",
            ),
            Probe(
                "Harwick's supporters' trust said it welcomed the investment but wanted guarantees that the club "
                "would not be moved from its ground.",
                "",
                "t",
            ),
            Probe(
                "Separately, Harwick said a long-running dispute with Bristol Rovers over an unpaid instalment of "
                'a transfer fee had been settled in what its chairman called "a peace treaty between neighbours".',
                "",
            ),
            Probe(
                "Midfielder Owen Pryce was traded to Rovers in the same agreement, in exchange for winger Sam "
                "Okafor and a cash sum.",
                "",
            ),
            Probe(
                "The club's new shirt sponsor, a Doha-based airline, named former captain Lee Barton its global "
                "ambassador.",
                "",
            ),
            Probe(
                "British officials declined to comment on the sale. A government spokesman said foreign investment "
                'in sport was "a matter for the leagues and the regulator".',
                "",
                "t",
            ),
        ],
    ),
    (
        "India refuses permission for cricket tour of Pakistan",
        [
            Probe(
                "NEW DELHI, Jan 14 (Pressline) - India's government has refused permission for the national "
                "cricket team to tour Pakistan next month, the sports ministry said on Wednesday, citing the "
                "security situation and the state of relations between the two neighbours.",
                "d",
                "m",
            ),
            Probe(
                "The decision follows a suicide bombing in Kashmir last week that killed 19 Indian paramilitary "
                "police, which New Delhi blamed on a group based in Pakistan.",
                "m",
                "d",
            ),
            Probe(
                "Pakistan's foreign office said it regretted the decision and accused India of \"mixing sport with "
                'politics at the expense of the people of both countries".',
                "d",
            ),
            Probe(
                "The two countries have not played a full bilateral series since 2012, meeting only at tournaments "
                "held elsewhere.",
                "",
                "d",
            ),
            Probe(
                "The Pakistan Cricket Board said it would ask the International Cricket Council to move the "
                "matches to a neutral venue, possibly Dubai or Sri Lanka.",
                "",
            ),
            Probe(
                "Trade between the neighbours has been largely frozen since 2019, when Pakistan suspended it after "
                "India revoked Kashmir's special status.",
                "t",
                "d",
            ),
            Probe(
                "India's captain, Rohan Bhatt, said his side would use the gap to prepare for the home series "
                'against England, calling the three Tests "a war of attrition on slow pitches".',
                "",
            ),
            Probe(
                "In Lahore, fans who had bought tickets for the opening match said they would wait for refunds. "
                '"We just wanted to see them play here once," said shopkeeper Imran Qadir.',
                "",
            ),
        ],
    ),
    (
        "Chess match in Geneva gave cover for US-Iran talks, diplomats say",
        [
            Probe(
                "GENEVA, March 3 (Pressline) - A chess exhibition match between an American grandmaster and an "
                "Iranian grandmaster in Geneva at the weekend served as cover for the first direct talks in two "
                "years between officials of the two governments, three diplomats familiar with the meetings said.",
                "d",
            ),
            Probe(
                "The officials met in a hotel across the street from the playing hall on Saturday and Sunday and "
                "discussed a possible exchange of prisoners and Iran's nuclear programme, the diplomats said.",
                "d",
                "m",
            ),
            Probe(
                "Switzerland, which represents US interests in Tehran, arranged the match and the rooms, a Swiss "
                "official said.",
                "d",
            ),
            Probe(
                "The match itself ended 2-2 after four games. The Iranian player, Reza Samadi, held a difficult "
                "endgame in the last game to deny his opponent a win.",
                "",
            ),
            Probe(
                "Commentators called the third game, in which the American sacrificed a knight for a fierce attack "
                "on the king, the best of the match.",
                "",
            ),
            Probe(
                "Neither government confirmed the talks. Iran's foreign ministry spokesman said only that Tehran "
                '"welcomes cultural and sporting exchanges with all nations".',
                "d",
            ),
            Probe(
                "The last direct talks, in Oman in 2024, ended without agreement after Washington imposed new "
                "sanctions on Iranian oil sales.",
                "dt",
            ),
            Probe(
                "Sanctions have kept Iranian players from most tournaments in the United States, and the two chess "
                "federations needed a special licence from the Treasury to pay the prize money.",
                "t",
            ),
            Probe(
                "A rematch has been proposed for Oslo in the autumn.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Derby war leaves title battle wide open",
        [
            Probe(
                "It was billed as a war, and for 90 minutes Saturday's derby between City and United delivered "
                "one, with nine yellow cards and a red for United's captain.",
                "",
            ),
            Probe(
                "The result leaves the battle for the title wide open, with three points separating the top four "
                "and six games left.",
                "",
            ),
            Probe(
                'United\'s manager said his defence had "fought like soldiers" after going down to ten men, and '
                "that the club would appeal against the red card.",
                "",
            ),
            Probe(
                "City's striker, Malik Dembo, signed a new contract this week and was named an ambassador for the "
                "club's foundation, which runs football camps in schools.",
                "",
            ),
            Probe(
                "Police made 14 arrests around the ground, mostly for public order offences, and called it the "
                "calmest derby in years.",
                "",
            ),
            Probe(
                "Both clubs face a transfer embargo in January after the league found they had broken spending "
                "rules, and neither can trade players until the summer window.",
                "",
            ),
            Probe(
                "In the women's game, the national team's captain announced her retirement after 140 caps, "
                "including the win over Germany in the European final.",
                "",
            ),
        ],
    ),
]
