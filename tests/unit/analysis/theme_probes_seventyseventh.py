"""A seventy-seventh batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: shared lakes, aquifers, canals and glacier-fed
water between states (the sixty-fourth batch took rivers and dams), as agency copy, the regional press, the business
desk and a local weekly tell them. A state summoning an envoy over wells drilled into an aquifer shared with its
neighbour, fishermen seized by a neighbour's marine police on a border lake, a water-price row between two states
that moves a utility's shares, talks on a canal hosted by a third state, a loan from one state to another for a
desalination plant and its pipeline, border guards firing at each other over a water intake, power from glacier-fed
plants sold across two borders; with the look-alikes that carry none of the three themes: a swim across a lake shared
by three states, a reservoir's trout season, a flood insurance claim, a town's water bill and a council's "water war"
with its neighbour.

Boundaries judged here: a state summoning a neighbour's envoy over wells drilled into a shared aquifer, its demand
that the pumping stop, the other state's reply, a dormant joint body and a third state's offer to host it are
diplomacy, the farmers' dying palms and the aquifer's age only optional diplomacy, a home crop's exports trade (as the
sixty-fourth batch labelled them); fishermen held by a neighbour's marine police with no word of their state's reply
only optional diplomacy, the protest through a high commission, the other minister's reply to it and a lake border
never marked diplomacy, filleting plants that export the lake's fish trade; raw water sold by one state to another at
a price set by an agreement between them trade and diplomacy, the other state's foreign ministry on it diplomacy, an
analyst's estimate of the utility's sales abroad trade, its home tariffs and the buyer's own plants only optional
trade (and diplomacy for the plants); talks between two states on a canal hosted by a third, the canal's take of a
shared river told in that story, a working group, a state that wants to be consulted and an expert on sharing water
diplomacy, trade across a border with an unrecognised government trade and diplomacy, border guards turning back
trucks of goods trade (diplomacy optional), a sea that dried up long ago nothing; a loan from one state to another
for a plant trade (diplomacy optional), as the sixty-eighth batch labelled lending, the plant's output only optional
trade, a foreign group's contract trade, a canal dropped as relations cooled diplomacy, water bought under a peace
treaty trade and diplomacy, a power-for-water plan frozen after a war began trade and diplomacy (military optional),
households buying from tanker trucks nothing; border guards firing at each other over a water intake, mortars,
soldiers dug in above dry ditches military, a note of protest diplomacy (military optional), security chiefs agreeing
to pull back military and diplomacy, a border commission diplomacy, a state with bases in both urging restraint
diplomacy (military optional); power sold to a second state over a third's grid trade (diplomacy optional), power
exports and foreign investment trade, a state refusing to buy power from plants built with a rival's money trade
(diplomacy optional), a hydro company's shares only optional trade, a glacier study nothing; a swim across a lake
shared by three states nothing, its border that was never agreed only optional diplomacy; every look-alike of the
local weekly (a trout season, a flood insurance claim, a water bill, a council's "water war" with its neighbour and
talks between councils, a swimming gala) nothing.
Blind, main's rules got 19 of these 60 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): diplomacy missed for a joint body of states, a lake border never marked and a minister's reply
to a neighbour's protest; trade missed for water one state sells or supplies to another under an agreement and for a
utility's sales to its neighbour; trade given through a canal story's one paragraph of trade to its talks and voices,
and to households buying water from trucks; diplomacy given to a plant's output and a foreign group's contract in a
story of a loan between states, to an "investment summit" at home and to guards' fire on a disputed border.
Then 14: water supplied to a state and a utility's sales to one as a market abroad, a crop's land and a tanker truck
as no trade, three states told as a trio as diplomacy's word. Then 11: a minister's portfolio after the title as part of
a state's voice, and a summit of investors as no summit of states.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYSEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Tunisia summons Algerian envoy over wells drilled into shared Saharan aquifer",
        [
            Probe(
                "TUNIS, April 8 (Brenwick) - Tunisia summoned Algeria's ambassador on Tuesday over a new field of deep "
                "wells near the border that it says draws on the desert aquifer the two countries share with Libya, "
                "the first such protest between the neighbours in a decade.",
                "d",
            ),
            Probe(
                "In a statement, the Tunisian foreign ministry said Algiers had drilled the wells without the prior "
                "consultation the three states agreed to in 2008, and asked for the pumping to be suspended until "
                "experts of both sides had measured its effect.",
                "d",
            ),
            Probe(
                "Farmers in the oases around Kebili say the water in their own wells has dropped by several metres "
                "in three years, and that some date palms planted by their grandfathers have begun to die.",
                "",
                "d",
            ),
            Probe(
                "Algeria's water resources ministry replied that the wells lie some 40 km inside Algerian territory, "
                'that their output is public and that it had "no lessons to take" from Tunis on how to manage its '
                "own resources.",
                "d",
            ),
            Probe(
                "The aquifer, one of the largest in the world, holds water that fell as rain thousands of years ago "
                "and is barely refilled today, hydrologists say.",
                "",
                "d",
            ),
            Probe(
                "A consultation body set up by the three states to share data on the basin has not met since 2019, "
                "when its Libyan members stopped attending.",
                "d",
            ),
            Probe(
                "Libya's government, which pipes water from the same basin to its coastal cities, called for an "
                "emergency meeting of the body and offered to host it in Tripoli.",
                "d",
            ),
            Probe(
                "Tunisia exported a record 350,000 tonnes of dates last season, most of them grown in the southern "
                "oases and sold to Morocco, France and Indonesia.",
                "t",
            ),
        ],
    ),
    (
        "Kenyan fishermen freed by Uganda, boats still held",
        [
            Probe(
                "KISUMU - Twelve Kenyan fishermen returned home on Friday after five days in custody in Uganda, where "
                "they were taken by Ugandan marine police who said they had been fishing in Ugandan waters of Lake "
                "Victoria.",
                "",
                "d",
            ),
            Probe(
                "Kenya's foreign ministry said it had protested to Kampala through its high commission and asked for "
                "the return of the men's six boats and their outboard engines.",
                "d",
            ),
            Probe(
                "Replying to the protest, Uganda's minister of state for fisheries said the marines had been "
                'enforcing rules against undersized nets that apply "to every boat on the lake, Kenyan or Ugandan".',
                "d",
            ),
            Probe(
                "The two governments agreed more than a decade ago to survey their border on the lake jointly, but "
                "its markers have never been placed, and both still claim the waters around the rocky islet of "
                "Migingo.",
                "d",
            ),
            Probe(
                "Filleting plants in Kisumu, which export Nile perch to Europe and the Gulf, say they are running at "
                "half their capacity because boats no longer dare to go out to the richest fishing grounds.",
                "t",
            ),
            Probe(
                "Beatrice Achola Nyamwaya, who chairs the fishermen's landing committee at Dunga beach, said: \"On "
                'the water there is no line. You only learn where the border is when the police boat comes."',
                "",
                "d",
            ),
        ],
    ),
    (
        "Johor utility's shares jump as Malaysia seeks higher price for Singapore water",
        [
            Probe(
                "KUALA LUMPUR, Sept 2 - Shares of Tebrau Air Holdings rose 6.2% on Tuesday after Malaysia's prime "
                "minister said his government would reopen talks with Singapore on the price at which Johor sells it "
                "raw water.",
                "td",
            ),
            Probe(
                "Under a 1962 agreement that runs until 2061, Singapore may draw up to 250 million gallons a day from "
                "the Johor River and pays 3 sen per thousand gallons, while Johor buys back treated water at 50 sen.",
                "td",
            ),
            Probe(
                "Singapore's foreign ministry said the price could not be changed by one side alone, and that "
                "Malaysia had let its right to review it lapse when it chose not to do so in 1987.",
                "d",
            ),
            Probe(
                "Analysts at Sarraf Kinloch Securities estimated that a tenfold rise in the price would add about 40 "
                "million ringgit a year to what the company earns from its sales to Singapore.",
                "t",
            ),
            Probe(
                "The utility's net profit rose 11% to 58 million ringgit in the quarter to June, helped by higher "
                "household tariffs in Johor and fewer burst pipes.",
                "",
                "t",
            ),
            Probe(
                "Singapore has cut its reliance on water from across the causeway by building desalination plants "
                "and recycling used water, which together now meet about 40% of its demand.",
                "",
                "td",
            ),
            Probe(
                "The two prime ministers are due to meet at their annual leaders' retreat in Putrajaya next month, "
                "where officials on both sides expect the water price to be raised.",
                "d",
            ),
        ],
    ),
    (
        "Uzbek and Afghan officials hold canal talks in Astana",
        [
            Probe(
                "ASTANA, June 19 (Brenwick) - Officials from Uzbekistan and Afghanistan's Taliban administration met "
                "in the Kazakh capital on Thursday for a second round of talks on a 285-km canal that Kabul is "
                "digging from the Amu Darya, with Kazakhstan's foreign ministry as host.",
                "d",
            ),
            Probe(
                "The canal, due to be finished next year, will take up to a fifth of the river's flow to irrigate "
                "wheat fields in northern Afghanistan, and Uzbek officials fear it will leave cotton farms downstream "
                "short of water.",
                "d",
            ),
            Probe(
                "Kazakhstan's deputy foreign minister told reporters that both sides had agreed to set up a working "
                "group to monitor the river's flow and to meet again in Tashkent in the autumn.",
                "d",
            ),
            Probe(
                "No country has recognised the Taliban government, but Uzbekistan has kept its border crossing at "
                "Termez open, and trade between the two reached $1.1 billion last year, most of it Uzbek flour, fuel "
                "and electricity.",
                "td",
            ),
            Probe(
                "On Monday Uzbek border guards at the bridge over the river turned back about 40 Afghan trucks loaded "
                "with dried fruit, citing new paperwork rules, drivers said.",
                "t",
                "d",
            ),
            Probe(
                "Turkmenistan, which also draws on the river, did not take part in the talks but said in a statement "
                'that it was "following the matter closely" and wanted to be consulted.',
                "d",
            ),
            Probe(
                "The Amu Darya once fed the Aral Sea, which has shrunk to a tenth of its size since Soviet planners "
                "turned its rivers onto cotton fields in the 1960s.",
                "",
            ),
            Probe(
                "Dilnoza Rakhimberdiyeva, a water expert at the Fergana Policy Lab in Tashkent, said the canal would "
                "test whether the region's states could share water at all without the quotas Moscow once set for "
                "them.",
                "d",
            ),
        ],
    ),
    (
        "Kuwait lends Jordan $150m for Aqaba desalination plant",
        [
            Probe(
                "AMMAN - Kuwait signed a $150 million loan with Jordan on Sunday for the desalination plant to be "
                "built in Aqaba and the 450-km pipeline that will carry its water north to Amman, Jordan's planning "
                "ministry said.",
                "t",
                "d",
            ),
            Probe(
                "The plant is to supply 300 million cubic metres of drinking water a year from 2029, about two fifths "
                "of what the country's homes now use, the planning minister said at the signing.",
                "",
                "t",
            ),
            Probe(
                "Construction will be led by Vauclair Eau, a French group, together with a Jordanian partner, under a "
                "contract worth $2.7 billion.",
                "t",
            ),
            Probe(
                "The project replaces a canal from the Red Sea to the Dead Sea that Jordan once planned with Israel, "
                "and which Amman dropped in 2021 as relations between the two governments cooled.",
                "d",
            ),
            Probe(
                "Under their 1994 peace treaty, Israel supplies Jordan with 50 million cubic metres a year from Lake "
                "Tiberias, and the two agreed in 2021 that Jordan would buy 50 million more at cost.",
                "td",
            ),
            Probe(
                "A plan for Jordan to sell solar power to Israel in exchange for desalinated water was frozen after "
                "the war in Gaza began, and Jordanian ministers have said they will not sign it.",
                "td",
                "m",
            ),
            Probe(
                "Many Amman households get piped water only once a week in summer and buy the rest from tanker trucks "
                "at several times the price.",
                "",
            ),
        ],
    ),
    (
        "Kyrgyz and Tajik border guards exchange fire over water intake",
        [
            Probe(
                "BISHKEK, May 4 - Kyrgyz and Tajik border guards exchanged fire on Wednesday near a water distribution "
                "point on the disputed border in the Fergana valley, killing one guard and wounding three, officials "
                "of both countries said.",
                "m",
            ),
            Probe(
                "Kyrgyzstan's border service said Tajik troops had tried to mount surveillance cameras on the intake, "
                "which feeds canals on both sides, and had opened fire with mortars when told to stop.",
                "m",
                "d",
            ),
            Probe(
                "Tajikistan's foreign ministry handed a note of protest to the Kyrgyz ambassador, accusing Kyrgyz "
                "forces of starting the shooting.",
                "d",
                "m",
            ),
            Probe(
                "The heads of the two countries' security services spoke by telephone in the evening and agreed to "
                "pull their forces back to their positions of last month.",
                "md",
            ),
            Probe(
                "Villagers in nearby Kyrgyz settlements said the irrigation ditches had been dry for four days, since "
                "soldiers of both sides dug in on the slopes around the intake.",
                "m",
            ),
            Probe(
                "About a third of the 970-km border remains undrawn, and a joint commission of the two governments "
                "has met more than 200 times since 2002 without settling it.",
                "d",
            ),
            Probe(
                "Russia, which has military bases in both countries, urged its two allies to show restraint and "
                "offered to host talks between their leaders.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Nepal to sell monsoon power to Bangladesh over Indian grid",
        [
            Probe(
                "KATHMANDU, Oct 14 - Nepal's state power utility signed a deal on Monday to sell 40 megawatts to "
                "Bangladesh during the monsoon months, carried over India's grid, the first sale of power between the "
                "two countries.",
                "t",
                "d",
            ),
            Probe(
                "Nepal earned 17 billion rupees from power exports in the last fiscal year, nearly all of it from "
                "sales to Indian states and on India's power exchange.",
                "t",
            ),
            Probe(
                "Shares of Himtara Hydropower, whose three run-of-river plants feed the export line, rose 4% in "
                "Kathmandu.",
                "",
                "t",
            ),
            Probe(
                "India has refused to buy power from plants built with Chinese money or by Chinese contractors, which "
                "rules out several of the largest projects now under way in Nepal.",
                "t",
                "d",
            ),
            Probe(
                "A study by the Kestrel Centre for Mountain Water found that the glaciers feeding Nepal's rivers "
                "could lose a third of their ice by the end of the century, even if warming is held to 1.5C.",
                "",
            ),
            Probe(
                "Nepal's energy minister said the government would seek $15 billion of foreign investment in "
                "hydropower at an investment summit in Kathmandu in May.",
                "t",
            ),
        ],
    ),
    (
        "Forty swimmers cross Lake Constance from Germany to Switzerland",
        [
            Probe(
                "KRESSBRONN - Forty swimmers set off from the German shore of Lake Constance at dawn on Saturday to "
                "swim 12 km across the lake to Romanshorn in Switzerland, in the eighth edition of the crossing.",
                "",
            ),
            Probe(
                "Lena Vogtherr, a 29-year-old physiotherapist from Lindau, won in 3 hours 41 minutes, ahead of two "
                "Swiss swimmers.",
                "",
            ),
            Probe(
                "A boat of the German water police and a Swiss rescue launch followed the field; swimmers need no "
                "passport to land, but must carry an identity card in a waterproof pouch, the organisers said.",
                "",
            ),
            Probe(
                "The lake is shared by Germany, Switzerland and Austria, which have never agreed on a border across "
                "its main basin, a quirk the race's website calls \"the only swim where nobody knows which country "
                'you are in".',
                "",
                "d",
            ),
            Probe(
                "The entry fee of 80 euros goes to the lifeboat service on the lake.",
                "",
            ),
        ],
    ),
    (
        "Wendlow Advertiser: around the district",
        [
            Probe(
                "The trout season at Cobbet Reservoir opens on Saturday, with day permits at 12 pounds from the "
                "fishing lodge and a limit of four fish per rod.",
                "",
            ),
            Probe(
                'Angling club secretary Derek Fairholm said the warm winter had brought "the biggest rainbows we '
                'have seen in years" and that the club had stocked 2,000 more fish than last year.',
                "",
            ),
            Probe(
                "Tom and Elsie Marwood of Mill Lane have won their flood insurance claim against Hollin Mutual after a "
                "year-long fight, and will receive 48,000 pounds for the damage done when the brook burst its banks "
                "last February.",
                "",
            ),
            Probe(
                "Water bills in the district will rise by 6% from April, the water company said, to pay for a new "
                "filter bed at the Cobbet pumping station.",
                "",
            ),
            Probe(
                'The district council\'s "water war" with its neighbour, Harnford county, over who pays for the pipe '
                "under the county line is to go to arbitration, after talks between the two councils broke down.",
                "",
            ),
            Probe(
                "Swimmers from the Wendlow otters club brought home 14 medals from the regional gala, including a "
                "gold for 11-year-old Poppy Ellard in the 50 metres butterfly.",
                "",
            ),
        ],
    ),
]
