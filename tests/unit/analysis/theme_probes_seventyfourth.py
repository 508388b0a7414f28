"""A seventy-fourth batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: migration deals, deportations and visas between
states, as agency copy, the regional press, the financial press, the business desk and a local weekly tell them. A
deal paying a transit state to hold back migrant boats, a deportation flight refused landing by the deportees' home
state, a visa ban in retaliation for refused student visas, a golden-passport scheme that a bloc threatens with
sanctions, border guards of two states pushing migrants back and forth, a navy patrol that intercepts an asylum boat;
with the look-alikes that carry none of the three themes: a bank's migration of its customers to a new platform and a
building society's to a new app, the migration of swallows, villages that lose their young to the cities, a market's
fees for paying by Visa, a club "in exile" at a rival's ground, a bus route over a county border, a school's exchange
trip and dogs taken abroad.

Boundaries judged here: a deal paying a transit state to hold back migrants diplomacy (trade optional), patrol boats and
drones given to its coast guard under the deal military and diplomacy, arrivals and the crossing told as numbers only
optional diplomacy, the transit state's minister and rights groups on the deal diplomacy, a fisheries agreement
between the bloc and the state trade and diplomacy, the opposition at home on the deal diplomacy, villages where
harvests failed no theme, one boat intercepted by a navy patrol only optional military (as the fortieth batch held); a
deportation flight refused landing and the two governments on it diplomacy, money sent home by a diaspora trade
(diplomacy optional), a lawyer's case in court and the flight's cost only optional diplomacy, aid and visas tied to
returns diplomacy (trade optional); a bloc's threat of visa loss and sanctions over passport sales trade and diplomacy,
the scheme's takings and the bonds of the island's bank trade, a prime minister's answer to the bloc diplomacy, states
agreeing a common price under pressure from a third diplomacy (trade optional); a visa ban in retaliation, a
consulate's refusals and the other ministry's regret diplomacy, students' fees only optional trade and diplomacy, a
union of states asking a bloc to review visas diplomacy; two states' guards pushing migrants back and forth diplomacy
(military optional), crossings shut and a guard chief sanctioned trade and diplomacy, soldiers and anti-tank barriers
at a border military (diplomacy optional), a parliament's law that a European body urges it to repeal diplomacy; a navy
boat returning an asylum boat to another state's waters only optional military and diplomacy, that state's protest and
a pact on smuggling diplomacy, new patrol vessels military (trade optional); every look-alike no theme.
Blind, main's rules got 10 of these 58 paragraphs wrong, none of them a label slip: diplomacy missed for the transit
state's minister, rights groups and the opposition at home on a migration deal, for states agreeing a common passport
price and for guards pointing migrants back to the other side; trade missed for money sent home by a diaspora and
for a budget's loss of passport money; trade given to three paragraphs of a bank's migration of its customers to a
new platform. Mended: the money migrants send home told in words ("money sent home by the diaspora"), and a bank's
app or platform for its customers ("online banking", "its new banking platform") as no banking between states or
markets (see test_theme_migration_deals.py): 7 left. Left by pattern: diplomacy missed for voices on a migration deal
that name no second state, or name it only inside a quote (the transit state's minister, rights groups, the
opposition at home), for states agreeing a common price under a third state's pressure and for guards pointing
migrants back to the other side; trade missed for a budget's loss of passport money told with no word of trade, and
given to a bank's card payments abroad beside its name.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYFOURTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Spain to pay Mauritania 210 million euros to hold back migrant boats",
        [
            Probe(
                "NOUAKCHOTT, April 8 (Corbel) - Spain agreed on Tuesday to pay Mauritania 210 million euros over three "
                "years to stop migrant boats leaving its coast for the Canary Islands, the two governments said after "
                "talks in the capital.",
                "d",
                "t",
            ),
            Probe(
                "Under the deal, Mauritania will add 600 officers to its coast guard, receive four patrol boats and "
                "ten drones from Madrid, and take back its own nationals who reach the islands without papers.",
                "md",
            ),
            Probe(
                "Arrivals in the Canaries reached 46,000 last year, most of them in wooden boats that set out from "
                "the port of Nouadhibou, a voyage of up to ten days on which hundreds drown.",
                "",
                "d",
            ),
            Probe(
                '"Mauritania will not be Europe\'s jailer," Interior Minister Mohamed Lemine Ould Sidaty told '
                "reporters, adding that most of the money would go to training and jobs for young people.",
                "d",
            ),
            Probe(
                "Rights groups said returnees were being held in desert camps with little food and called on the "
                "European Commission to stop funding Mauritania's border police until the camps are opened to "
                "inspectors.",
                "d",
            ),
            Probe(
                "The money comes on top of a 2024 European Union package for Mauritania, and Brussels is negotiating "
                "a new fisheries agreement that would let Spanish trawlers back into Mauritanian waters.",
                "td",
            ),
            Probe(
                'Spain\'s conservative opposition called the deal "a ransom paid to a neighbour" and demanded a vote '
                "on it in parliament.",
                "d",
            ),
            Probe(
                "In Nouadhibou, many of the young men who try the crossing come from villages of the Senegal river "
                "valley, where harvests have failed three years running.",
                "",
            ),
            Probe(
                "A Spanish navy patrol ship intercepted a boat carrying 180 people about 90 miles south of El Hierro "
                "on Monday and took them to the island's port, the navy said.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Gambia turns back German deportation flight",
        [
            Probe(
                "The Gambia refused on Wednesday to let a German charter flight carrying 41 deportees land at Banjul "
                "airport, forcing the plane to turn back to Dusseldorf in the first such refusal by an African state "
                "this year.",
                "d",
            ),
            Probe(
                "Gambia's foreign ministry said Berlin had not given the notice required under a 2018 understanding "
                "on returns, and that several of those aboard had lived in Germany for more than a decade.",
                "d",
            ),
            Probe(
                'Germany\'s interior ministry called the refusal "a breach of trust" and said it would raise the '
                "matter with the Gambian ambassador.",
                "d",
            ),
            Probe(
                "Deportations are unpopular in the Gambia, where money sent home by the diaspora makes up about a "
                "fifth of the economy.",
                "t",
                "d",
            ),
            Probe(
                "Back in Dusseldorf, the deportees were taken by bus to a removal centre, where a lawyer for eleven of "
                "them, Sabine Kettwig, said she would ask a court to halt their removal.",
                "",
                "d",
            ),
            Probe(
                "Berlin has threatened to cut development aid to states that do not take back their citizens, and in "
                "March the EU restricted visas for Gambian officials under a rule that ties visa policy to "
                "cooperation on returns.",
                "d",
                "t",
            ),
            Probe(
                "The flight cost about 300,000 euros, according to the federal police, which charters planes from a "
                "Romanian airline for removals.",
                "",
                "d",
            ),
        ],
    ),
    (
        "EU gives Saint Lucia until June to fix passport sales or face sanctions",
        [
            Probe(
                "The European Union gave Saint Lucia until June to close the loopholes in its citizenship-by-"
                "investment programme or lose visa-free travel to the Schengen area, and warned it could put "
                "officials who sell passports to sanctioned Russians on its sanctions list.",
                "td",
            ),
            Probe(
                "The programme, which sells a passport for a donation of $240,000 to a national fund or a $300,000 "
                "stake in an approved hotel, brought in about 38% of government revenue last year, according to the "
                "IMF.",
                "t",
                "d",
            ),
            Probe(
                "Bonds of the island's state-owned development bank fell 4 cents on the dollar on the news.",
                "t",
            ),
            Probe(
                '"They have no plan B," said Priya Ramkissoon, an analyst at Marlow Keane, a London advisory firm, '
                "who said the budget could not survive the loss of the passport money.",
                "t",
                "d",
            ),
            Probe(
                'Saint Lucia\'s prime minister said the island would "not be lectured" by Brussels and would send '
                "his foreign minister to talks with the European Commission next month.",
                "d",
            ),
            Probe(
                "Buyers from China, Nigeria and Russia made up most of last year's 5,200 applications, the "
                "programme's annual report shows.",
                "",
                "td",
            ),
            Probe(
                "Four other Caribbean states with similar schemes agreed last year to set a common minimum price and "
                "share background checks, under pressure from Washington.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Cameroon halts visas for Belgian officials in student visa row",
        [
            Probe(
                "YAOUNDE, Oct 2 (Corbel) - Cameroon said on Thursday it would stop issuing visas to Belgian officials "
                "and lawmakers in retaliation for Belgium's refusal of hundreds of student visas, in a widening row "
                "between the two countries.",
                "d",
            ),
            Probe(
                "Belgium's consulate turned down about 60% of Cameroonian student applications this year, up from a "
                "third, its own figures show.",
                "d",
            ),
            Probe(
                'Belgium\'s foreign ministry said it "regretted" the decision and that visas were decided case by '
                "case on the merits of each file.",
                "d",
            ),
            Probe(
                "Some 2,400 Cameroonian students are enrolled at Belgian universities, many of them in engineering "
                "and medicine, and their fees are a growing source of income for French-speaking colleges.",
                "",
                "td",
            ),
            Probe(
                "A student from Douala, Armelle Njoya, 23, said she had paid 480 euros in fees and a deposit to a "
                "Brussels landlord before her visa was refused.",
                "",
                "d",
            ),
            Probe(
                "Cameroon's move follows a similar ban by Senegal in July, and the African Union's commission has "
                "asked the EU to review how its members handle visas for African students.",
                "d",
            ),
            Probe(
                "Brussels is also seeking Cameroon's help in taking back nationals who have exhausted their appeals "
                "for asylum.",
                "d",
            ),
        ],
    ),
    (
        "Migrants stuck for nine days between Lithuanian and Belarusian guards",
        [
            Probe(
                "A group of about 30 migrants, among them four children, has been stuck for nine days in the forest "
                "on the border between Lithuania and Belarus, pushed back each time they cross by the guards of one "
                "side or the other, aid workers said.",
                "d",
                "m",
            ),
            Probe(
                "Lithuania's border guard service said its officers had acted within the law and accused Belarus of "
                '"weaponising" migrants by escorting them to the fence at night.',
                "d",
                "m",
            ),
            Probe(
                "Belarusian guards, in videos posted by the state border committee, are seen giving the group water "
                "and pointing them back towards the Lithuanian side.",
                "d",
                "m",
            ),
            Probe(
                "Lithuania has kept two of its six crossings with Belarus shut since August, and the EU has put the "
                "head of the Belarusian border committee on its sanctions list.",
                "td",
            ),
            Probe(
                "A doctor with the aid group Rasa, Ieva Mockute, who reached the group on Sunday, said two of the "
                "children had hypothermia.",
                "",
                "d",
            ),
            Probe(
                "Poland, which faces the same pressure on its own stretch of the Belarusian border, has sent 5,000 "
                'soldiers to the area and is building a "shield" of trenches and anti-tank barriers.',
                "m",
                "d",
            ),
            Probe(
                "The Lithuanian parliament voted in spring to make push-backs legal, a law that the Council of "
                "Europe's human rights commissioner has urged it to repeal.",
                "d",
            ),
        ],
    ),
    (
        "Australian navy turns back asylum boat to Indonesian waters",
        [
            Probe(
                "CANBERRA, Feb 11 (Corbel) - An Australian navy patrol boat intercepted a fishing vessel carrying 23 "
                "asylum seekers off Ashmore Reef on Tuesday and returned them to Indonesian waters, the government "
                "said.",
                "",
                "md",
            ),
            Probe(
                "It was the fifth boat turned back this year under the military-led border operation that Canberra "
                "has run since 2013.",
                "",
                "md",
            ),
            Probe(
                "Indonesia's foreign ministry said it had not been told of the return in advance and asked "
                "Australia's embassy for an explanation.",
                "d",
            ),
            Probe(
                "The two governments signed a pact in 2022 on people smuggling, under which Indonesian police share "
                "intelligence with Australian federal police and Australia funds a detention centre in Kupang.",
                "d",
            ),
            Probe(
                "The navy's patrol boats, many of them past their planned life, are due to be replaced by six new "
                "vessels built in Western Australia under a A$1.2 billion contract.",
                "m",
                "t",
            ),
            Probe(
                "Refugee advocates said the asylum seekers, who are believed to be from Sri Lanka, should have been "
                "brought to Darwin to have their claims heard.",
                "",
                "d",
            ),
            Probe(
                "Indonesian officials said the boat's crew of three would be charged with people smuggling.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Halden Bank finishes moving 2.3 million customers to new platform",
        [
            Probe(
                "Halden Bank said on Monday it had finished migrating 2.3 million customers to its new banking "
                "platform, three months late and 40 million pounds over budget.",
                "",
            ),
            Probe(
                "Customers complained of frozen accounts during the move, and the bank paid 4.1 million pounds in "
                "compensation.",
                "",
            ),
            Probe(
                "Its shares rose 3% after the announcement, which came with a first-half profit of 212 million pounds.",
                "",
            ),
            Probe(
                'Chief executive Colm Darragh said the platform would let the bank launch a "borderless" account '
                "for customers who travel, with no fees on card payments abroad.",
                "",
            ),
            Probe(
                "Halden's contactless Visa debit cards will all be replaced by the end of the year.",
                "",
            ),
        ],
    ),
    (
        "Around the county",
        [
            Probe(
                "The first swallows of spring arrived at Fenwick Marsh on Tuesday, at the end of a migration that "
                "has brought them 6,000 miles from southern Africa, the reserve's warden said.",
                "",
            ),
            Probe(
                "Cold northerly winds held the birds back for a week, and ringers at the reserve counted fewer than "
                "half the usual number.",
                "",
            ),
            Probe(
                "Calder Building Society will migrate its 80,000 members to a new banking app over the next month; "
                "those who have not moved by March 31 will lose access to online banking.",
                "",
            ),
            Probe(
                "The villages of the Upper Tane valley have lost a fifth of their people since 2001 as the young "
                "move to Tanebridge and the cities for work, county council figures show.",
                "",
            ),
            Probe(
                "Shoppers at Millbrook market will pay 50p extra for paying by Visa or Mastercard from next month, "
                "after stallholders said their card fees had doubled.",
                "",
            ),
            Probe(
                "Stannard Town will spend next season in exile at a rival's ground while their own stadium's main "
                "stand is rebuilt, the club confirmed.",
                "",
            ),
            Probe(
                "A dispute between two county councils over who pays for the 42 bus, which crosses the county border "
                "six times on its route, has left Ashby Cross without a service since January.",
                "",
            ),
            Probe(
                "Thirty pupils from Kingsmead School came home on Friday from an exchange trip to their partner "
                "school in Lyon, where they stayed with French families and visited the city's silk museum.",
                "",
            ),
            Probe(
                "Owners taking dogs abroad this summer will need a health certificate from a vet, the county's "
                "trading standards office reminded residents.",
                "",
            ),
        ],
    ),
]
