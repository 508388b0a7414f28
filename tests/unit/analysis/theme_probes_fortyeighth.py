"""A forty-eighth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: precision traps and soft power. Stories where a theme's
word means something else (a sports "trade" of players at the "trade deadline", a supermarket "price war", a "battle"
for a council seat, a "war on drugs" told as policing, a "trade show" and a "trade school", an "army of volunteers",
"diplomatic" as tact, a team's "attack" and "defence", a company's "campaign", "the Missile" as a nickname), mixed
with the soft-power world news that IS a theme: a state boycott of a sports event, a visa-free travel deal, a cultural
centre closed by its host state, a panda loan, student visa caps for one state's nationals, tourism cut by a travel
advisory.

Boundaries judged here: a club's trade, a price war between shops, a local race, a city's policing and a team's
tactics get no theme; duties on imported goods and export orders at a trade show are trade; a state's officials kept
away from another's sports event, a visa waiver agreed between states, a cultural centre closed and its director sent
home, a panda sent as an "envoy", a visa cap aimed at one state's nationals and a travel warning used in a row are
diplomacy; the money around them (a loan fee, a college's fees, hotels' losses) is trade only where told as exchange
between states or markets, else optional; a missile defence system and spying on troops' bases are military.
Blind, main's rules got 10 of these 70 paragraphs wrong (trade given six times: a club's trades and a deal with talks
between teams, a panda loan, its cargo plane, a zoo's euros; military given once to "the Missile"; diplomacy missed
three times: a cultural centre closed, the same by two other states, tourism under "the waiver"). No label slip.
After this batch's mends (a league's trade deadline, playoffs and draft picks, a top scorer, a panda and a zoo as cues
against; a state's cultural centre as relations; "the waiver" as a reference back), 1 is left: two other states that
"closed similar centres", told with no word of relations (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYEIGHTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Gulls Trade Captain Fenwick Minutes Before Deadline",
        [
            Probe(
                "The Harbour City Gulls traded captain Rory Fenwick to the Lakeport Stags minutes before Monday's "
                "trade deadline, ending a nine-season run in which the centre scored 241 goals for the club."
            ),
            Probe(
                "In return the Gulls received two prospects and a first-round pick, a deal general manager Dana "
                "Kowalczyk called the best offer on the table after weeks of talks with three teams."
            ),
            Probe(
                "Fenwick, known to fans as the Missile for his slap shot, was the Gulls' top scorer but had struggled "
                "in a season in which the team's defence gave up more goals than any other in the league."
            ),
            Probe(
                '"We needed help on the blue line and our attack was too thin behind the first line," Kowalczyk told '
                'reporters. "Nobody wanted to lose Rory."'
            ),
            Probe(
                "The Stags, who lead their division, have now made four trades since January as they build for a long "
                "playoff run."
            ),
            Probe(
                "Fenwick, a Canadian citizen, will not need a new work permit because both clubs play in the United "
                "States, the league said."
            ),
        ],
    ),
    (
        "Grocers' Price War Spreads As Importers Count Cost Of Cheese Duties",
        [
            Probe(
                "LONDON, June 12 (Wirenews) - Britain's biggest supermarket chains deepened a price war on Thursday, "
                "with Fairbasket cutting the price of 400 staple items by an average of 8 percent a day after rival "
                "Greenholm slashed prices on milk, bread and eggs."
            ),
            Probe(
                "Analysts at Corbell Securities said the battle for shoppers could wipe 300 million pounds off the "
                "sector's profits this year, and that smaller chains would struggle to keep up."
            ),
            Probe(
                "The cuts come as importers face higher costs from new duties on European cheese and wine that took "
                "effect this month after Britain and the European Union failed to settle a dispute over fishing "
                "rights.",
                "t",
                "d",
            ),
            Probe(
                "Fairbasket said it would absorb the duties on its own-label brie for now but warned that prices of "
                "imported goods might rise later in the year.",
                "t",
            ),
            Probe(
                "Its chief executive, Moira Treadwell, said the company's campaign to win back families priced out by "
                "inflation was working, with footfall up 6 percent since March."
            ),
            Probe("Shares in Greenholm fell 4 percent in London."),
        ],
    ),
    (
        "Battle For Ward 7 Council Seat Turns Bitter",
        [
            Probe(
                "The battle for the Ward 7 seat on the Millbrook city council has become the most expensive local race "
                "in a decade, with the two candidates spending a combined $410,000 before Tuesday's vote."
            ),
            Probe(
                "Incumbent Teresa Aldana, who has held the seat since 2014, has an army of volunteers knocking on "
                "doors every evening, her campaign said, while challenger Grant Oyelaran has flooded the ward with "
                "attack ads."
            ),
            Probe(
                "Oyelaran, a former army captain who now runs a trade school for electricians, says the council has "
                "neglected roads and drains in the ward's older streets."
            ),
            Probe(
                "Aldana was diplomatic when asked about the ads at a debate on Thursday, saying only that voters could "
                "judge for themselves."
            ),
            Probe(
                "The race has drawn attention beyond Millbrook because the winner will cast the deciding vote on a "
                "plan to rezone the old rail yard for housing."
            ),
        ],
    ),
    (
        "Mayor Vows To Win War On Drugs As Police Raid 30 Homes",
        [
            Probe(
                "Police in Corvallen raided 30 homes before dawn on Wednesday and arrested 41 people in what Mayor "
                "Elsa Brandt called a turning point in the city's war on drugs."
            ),
            Probe(
                "Officers seized 12 kg of fentanyl, 3 kg of cocaine and nine handguns, the police chief, Marcus "
                "Heywood, told a news conference."
            ),
            Probe('"This is a battle for every street corner, and we intend to win it," Heywood said.'),
            Probe(
                "Prosecutors said the suspects belonged to a network that sold pills through messaging apps and "
                "delivered them by courier across three counties."
            ),
            Probe(
                "Critics of the crackdown, including the county's public defender, said the war on drugs had filled "
                "jails without cutting overdoses, and called for more money for treatment."
            ),
            Probe("The city council is due to vote next month on funding for a new treatment centre."),
        ],
    ),
    (
        "Machinery Trade Show Draws Record Foreign Orders",
        [
            Probe(
                "LYON, April 9 - A machinery trade show in Lyon drew a record 1,900 exhibitors this week, organisers "
                "said, with French firms reporting export orders worth 2.3 billion euros from buyers in India, Vietnam "
                "and Morocco.",
                "t",
            ),
            Probe(
                "Indian buyers alone signed contracts worth 600 million euros, helped by lower tariffs under the trade "
                "agreement that India and the European Union concluded last year.",
                "t",
                "d",
            ),
            Probe(
                "Outside the halls, students from a local trade school showed welding robots to visitors, part of a "
                "drive to recruit young people into factory jobs."
            ),
            Probe(
                "Organisers said attendance reached 84,000, up 12 percent on the last show two years ago, and that "
                "hotels in the city had been fully booked for the week."
            ),
            Probe(
                "Chinese exhibitors were fewer than in past years after Paris tightened checks on state-backed "
                "investment in machine-tool makers, some exhibitors said.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Three States Keep Officials Away From Minsk Championship",
        [
            Probe(
                "Norway, Finland and Canada said on Monday that no minister or official would attend the world ice "
                "hockey championship in Minsk next month, in protest at the jailing of opposition leaders in Belarus.",
                "d",
            ),
            Probe(
                "The diplomatic boycott does not stop athletes from taking part: all three countries will send their "
                "national teams, their sports ministries said.",
                "d",
            ),
            Probe(
                "Belarus's foreign ministry called the boycott a political stunt and said the three governments were "
                "mixing sport with politics.",
                "d",
            ),
            Probe(
                "On the ice, Canada go in as favourites, with a fast attack built around forward Jules Marchetti and a "
                "defence that conceded only nine goals in last year's tournament."
            ),
            Probe(
                "Finland's coach, Antti Kervinen, said his players were focused on hockey. \"We play to win, and the "
                'rest is for the politicians," he said.',
                "",
                "d",
            ),
            Probe(
                "The European Union said last week it was considering new sanctions on Belarusian officials over the "
                "jailings.",
                "td",
            ),
            Probe("The championship opens on May 9 with 16 teams."),
        ],
    ),
    (
        "Vietnam And Chile Agree Visa-Free Travel",
        [
            Probe(
                "HANOI, Oct 2 (Wirenews) - Vietnam and Chile signed an agreement on Thursday letting each other's "
                "citizens visit without visas for up to 90 days, during a visit to Hanoi by Chile's foreign minister.",
                "d",
            ),
            Probe(
                "The deal, which takes effect in January, covers tourism and short business trips but not work or "
                "study, Vietnam's foreign ministry said in a statement.",
                "d",
            ),
            Probe(
                "Chilean arrivals in Vietnam reached only 22,000 last year, but tourism officials hope the waiver, "
                "together with a direct flight that Vietnam Airlines plans from next year, will triple that.",
                "d",
                "t",
            ),
            Probe(
                "The two countries also agreed to start talks on a free trade agreement, which would be Vietnam's "
                "first with a South American state.",
                "td",
            ),
            Probe(
                "Chile's foreign minister, Ignacio Varela, said he would travel on to Jakarta and Manila on a tour "
                "meant to deepen ties with Southeast Asia.",
                "d",
            ),
            Probe(
                "A Hanoi travel agent, Nguyen Van Hoa, said his firm had already received inquiries from Chileans "
                "planning trips for the Lunar New Year.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Estonia Closes Russian Cultural Centre, Expels Its Director",
        [
            Probe(
                "TALLINN, March 3 - Estonia ordered the closure of a Russian state-funded cultural centre in Tallinn "
                "on Monday and gave its director 72 hours to leave the country, saying the centre had been used to "
                "spread propaganda and recruit informants.",
                "d",
            ),
            Probe(
                "The centre, which ran Russian language classes, film nights and a library, opened in 2009 under a "
                "cultural cooperation agreement between the two countries that Estonia suspended last year.",
                "d",
            ),
            Probe(
                "Moscow's foreign ministry said it would respond in kind and summoned Estonia's ambassador.",
                "d",
            ),
            Probe(
                "Estonia's internal security service said two of the centre's staff had gathered information on "
                "military bases used by NATO troops in the country's east.",
                "m",
                "d",
            ),
            Probe(
                "Parents whose children attended the centre's weekend school said they would look for other classes. "
                '"My daughter loved the dance group," said one mother, Irina Kask.',
                "",
                "d",
            ),
            Probe("Latvia and Lithuania closed similar centres in 2023.", "d"),
        ],
    ),
    (
        "Two Giant Pandas Arrive In Madrid On Loan From China",
        [
            Probe(
                "MADRID, Sept 14 - Two giant pandas landed in Madrid on Friday on a ten-year loan from China, the "
                "first to arrive in Spain since Beijing and Madrid upgraded ties during a state visit last year.",
                "d",
            ),
            Probe(
                "The pair, a four-year-old male named Lin Lin and a three-year-old female named Qiao Qiao, were flown "
                "from Chengdu on a chartered cargo plane with two Chinese keepers and a vet.",
                "",
                "d",
            ),
            Probe(
                "China's ambassador to Spain, Yao Jing, said at the airport that the pandas were \"envoys of "
                'friendship" between the two peoples.',
                "d",
            ),
            Probe(
                "The zoo will pay the China Wildlife Conservation Association $1 million a year for the loan, money "
                "that goes to panda conservation in Sichuan.",
                "",
                "td",
            ),
            Probe(
                "Zoo director Paloma Ruiz said a new 4,000-square-metre enclosure with bamboo groves and a cooling "
                "pool had cost 6 million euros."
            ),
            Probe(
                "Analysts have long seen the loans as a tool of Chinese foreign policy: pandas have been sent to "
                "countries signing trade deals or buying Chinese technology, and recalled when relations sour.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Canada Caps Study Permits For Indian Nationals As Row Drags On",
        [
            Probe(
                "OTTAWA, Jan 21 - Canada said on Tuesday it would cap study permits for Indian nationals at 60,000 "
                "next year, down from 140,000, as relations with New Delhi remain strained.",
                "d",
            ),
            Probe(
                "India's external affairs ministry said the cap singled out its citizens and asked Canada's high "
                "commissioner for an explanation.",
                "d",
            ),
            Probe(
                "Canadian colleges, which earn a large share of their income from foreign students' fees, warned that "
                "the cap could force them to cut programmes. International education is worth about 22 billion "
                "Canadian dollars a year to the economy, more than exports of wheat.",
                "",
                "t",
            ),
            Probe(
                "Students already in Canada will not be affected, the immigration minister, Paul Desrosiers, said.",
                "",
                "d",
            ),
            Probe(
                "The two countries expelled each other's senior diplomats last year in a row over the arrest of an "
                "Indian consular officer in Toronto.",
                "d",
            ),
            Probe("Trade talks between the two, suspended during the row, have not resumed.", "td"),
        ],
    ),
    (
        "Chinese Tourist Arrivals In Philippines Halve After Travel Warning",
        [
            Probe(
                "MANILA, June 30 - Chinese tourist arrivals in the Philippines fell 52 percent in May after Beijing "
                "warned its citizens against travel there amid a dispute over shoals in the South China Sea, tourism "
                "department figures showed.",
                "d",
                "t",
            ),
            Probe(
                'China\'s foreign ministry issued the advisory in April, citing "safety risks" to Chinese nationals, '
                "days after Philippine and Chinese coast guard vessels collided near a disputed reef.",
                "d",
                "m",
            ),
            Probe(
                "Hotels on the resort island of Boracay said cancellations had cost them about $40 million, and "
                "several Chinese airlines cut flights to Manila and Cebu.",
                "",
                "td",
            ),
            Probe(
                "Manila's tourism secretary, Carla Mendoza, said the country would court visitors from South Korea, "
                "Japan and India to make up the shortfall.",
                "",
                "td",
            ),
            Probe(
                "It is not the first time Beijing has used tourism as leverage: group tours to South Korea were halted "
                "for years after Seoul agreed to host a U.S. missile defence system in 2017.",
                "dm",
            ),
        ],
    ),
    (
        "Addo Double Sends Rovers Top As Club Calls Off China Tour",
        [
            Probe(
                "Rovers striker Kwame Addo, nicknamed the Missile by fans, scored twice as Eastbridge Rovers beat "
                "Hollins Athletic 3-1 on Saturday to go top of the league."
            ),
            Probe(
                'Manager Ellen Strand was diplomatic about a penalty decision that went against her side. "The '
                'referee saw what he saw," she said.'
            ),
            Probe(
                "Athletic's attack had the better of the first half, but Rovers' defence held firm until Addo broke "
                "away on the hour."
            ),
            Probe(
                "The club's new kit sponsor, the energy drinks maker Voltra, launched an advertising campaign around "
                "Addo last week."
            ),
            Probe(
                "Rovers also confirmed they had called off a pre-season tour of China after Beijing withdrew "
                "permission for the matches in protest at a British minister's visit to Taiwan.",
                "d",
            ),
            Probe("The club said it hoped to reschedule the tour next summer.", "", "d"),
        ],
    ),
]
