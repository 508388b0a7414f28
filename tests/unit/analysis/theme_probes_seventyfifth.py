"""A seventy-fifth batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: arms exports, the defence industry and export
licences between states, as agency copy, the regional press, the financial press, the business desk and a local
weekly tell them. A fighter-jet deal signed on a state visit, export licences suspended over a war, a joint tank
programme of two states held up by a row over work shares, an arms fair where delegations meet, a bloc's embargo on
drone parts, a shipyard's frigate order from abroad and its jobs; with the look-alikes that carry none of the three
themes: a criminal defence lawyer and a defence at a trial, a chair's carved arms, a town's coat of arms, water tanks
(and a tank maker's water tanks), a "missile" of a shot in football, a price battle of two supermarkets in one town, a
bakery's fleet of delivery vans, a fireworks shop's licence, a rifle club's cup, trade unions at a yard.

Boundaries judged here: fighter jets bought on a state visit military and diplomacy (trade optional, as the
seventeenth batch held), the jets' patrols at sea military (diplomacy optional), a banquet and agreements on energy
research and working holidays diplomacy (trade optional), the seller's training and spending with local suppliers
military (trade optional), the export licence military and trade (diplomacy optional), peace groups against the jets
military (diplomacy optional), the seller's shares and order book only optional military and trade, rival offers from
other states military (trade and diplomacy optional), a leader flying on for talks on maritime security and
investment diplomacy and trade (military optional); arms export licences suspended over a war military and trade
(diplomacy optional), the licences' worth and makers military and trade, the buyer summoning an ambassador diplomacy
(military optional), shelling at a border military, a maker's short hours only optional military and trade, the
opposition on a lost export market military and trade, a bloc's rule on members' licences military and trade
(diplomacy optional), ceasefire talks under a bloc's envoy military and diplomacy; two states' row over work shares on
a joint tank military and diplomacy (trade optional), one state's wish for its own gun military (trade and diplomacy
optional), the programme's split military (trade and diplomacy optional), defence ministers meeting and a third state
waiting military and diplomacy, the makers' shares no theme, analysts on who exports the tank and a sale lost to a
partner's licence military and trade (diplomacy optional), the maker's water tanks and a strike over pay no theme;
delegations at an arms fair military (trade and diplomacy optional), two defence ministers agreeing an exercise there
military and diplomacy, a letter of intent for drones military (trade and diplomacy optional), the fair's deals
military (trade optional), a state arms maker's sea drone military, two states buying helicopters together against
militants military and diplomacy (trade optional), a flying display only optional military, taxis no theme; a bloc's
ban on drone parts to a state trade, military and diplomacy, the firms it covers trade (military and diplomacy
optional), that state's denial military and diplomacy, parts traced through a trading house trade and military, the
maker's answer only optional trade and military, drones shot down military, the ministers' vote diplomacy (trade
optional), a member's exemption won diplomacy and trade (military optional); frigates ordered from a yard abroad
military and trade (diplomacy optional), their hunt for submarines military, a minister on the order and two navies
military and diplomacy, bids from yards abroad and the first steel only optional military and trade or military,
apprentices, unions and ferries no theme; every look-alike of the local weekly no theme.
Blind, main's rules got 11 of these 60 paragraphs wrong, one of them with a label slip: the state under the ban calling
it illegal was labelled military and diplomacy, but the ban it speaks of is the article's export ban, so trade is its
label too (relabelled; it stays wrong, military missed). Wrong: military missed for a bloc's rule on members' arms
licences, for the ban on drone parts, for the state denying it and for parts traced to a drone factory; diplomacy
missed for a member's exemption won from the ban and for a minister on cooperation between two navies; trade missed
for frigates ordered from a yard abroad; diplomacy given to shelling at a border reported by a defence ministry;
military given to a chair's carved arms, a fireworks shop's rockets and a rifle club's shoot. Mended: the arms of a body
or a chair, a club's target shooting and a council's trading standards officers as no arms of war, and a state's
armed body (its defence ministry, army, border force; not a defence minister) telling of fighting beside another state
as no relations unless it takes a stand (see test_theme_arms_exports.py): 7 left. Left by pattern: military missed for
drones told as goods (a ban on their parts, a state denying it supplied them, engines traced to a drone factory;
weighing "drone" as a UAV gave war to drone shows and start-ups of other batches, so it was dropped) and for a bloc's
rule on members' arms licences told with no word of arms; diplomacy missed for a member's exemption won from a bloc's
ban and for a minister on cooperation between two navies; trade missed for frigates a state orders from a yard abroad.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYFIFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Philippines buys 24 Swedish fighter jets on state visit",
        [
            Probe(
                "STOCKHOLM, May 14 (Corbel) - The Philippines agreed on Wednesday to buy 24 Swedish fighter jets for "
                "about 3.1 billion dollars, signing the deal on the second day of its president's state visit to "
                "Sweden, the first by a Philippine head of state.",
                "md",
                "t",
            ),
            Probe(
                "The single-engine jets, built by Solberga Aero at its plant outside Linkoping, will replace the air "
                "force's ageing light fighters and patrol the South China Sea, where Philippine supply boats have been "
                "rammed and hit with water cannon by Chinese ships.",
                "m",
                "d",
            ),
            Probe(
                "The king hosted a state banquet for the visitors at the royal palace on Tuesday, and the two "
                "governments also signed agreements on renewable energy research and a working holiday scheme for "
                "young people.",
                "d",
                "t",
            ),
            Probe(
                "Under the contract, Solberga will build a maintenance centre at Clark air base, train 60 Philippine "
                "pilots and 300 technicians, and spend a fifth of the deal's value with Philippine suppliers.",
                "m",
                "t",
            ),
            Probe(
                "Sweden's export control agency granted the licence last month after a review that weighed the "
                "killings of the Philippines' drug war, an official of the agency said.",
                "mt",
                "d",
            ),
            Probe(
                "Swedish peace groups protested outside the palace, saying the jets could one day be turned on the "
                "Philippines' own people.",
                "m",
                "d",
            ),
            Probe(
                "Solberga's shares rose 4% in Stockholm, and the company said the order would keep its assembly line "
                "busy until 2031.",
                "",
                "mt",
            ),
            Probe(
                "The Philippines had also weighed offers from South Korea and the United States; its defence "
                "secretary said the Swedish bid won on price and on speed of delivery, with the first four jets due "
                "in 2028.",
                "m",
                "td",
            ),
            Probe(
                "The president flies on to Helsinki on Thursday for talks on maritime security and Finnish "
                "investment in Philippine nickel mines.",
                "dt",
                "m",
            ),
        ],
    ),
    (
        "Czech government suspends arms export licences to Azerbaijan",
        [
            Probe(
                "PRAGUE, Sept 3 (Lanternwire) - The Czech government suspended all arms export licences to "
                "Azerbaijan on Tuesday after three days of fighting on its border with Armenia killed more than 90 "
                "soldiers, the industry and trade ministry said.",
                "mt",
                "d",
            ),
            Probe(
                "The move freezes 14 licences worth about 220 million euros, most of them for artillery shells and "
                "armoured vehicles made by Bohdal Defence in Moravia.",
                "mt",
            ),
            Probe(
                "Azerbaijan's foreign ministry summoned the Czech ambassador and called the decision \"a reward for "
                'the occupier".',
                "d",
                "m",
            ),
            Probe(
                "Armenia's defence ministry said Azerbaijani forces had shelled villages near Jermuk overnight and "
                "that two civilians had been killed.",
                "m",
            ),
            Probe(
                "Bohdal Defence said it would put 400 workers at its Zlatnik plant on short hours if the suspension "
                "lasted beyond the winter.",
                "",
                "mt",
            ),
            Probe(
                "The opposition accused the government of costing Czech industry its second-biggest export market "
                "for arms at a time when sales to Ukraine are booming.",
                "mt",
            ),
            Probe(
                "Under EU rules, each member state decides on its own licences, but it must tell the others when it "
                "refuses one so that a buyer cannot shop around.",
                "mt",
                "d",
            ),
            Probe(
                "Talks on a ceasefire, mediated by the European Union's special representative for the region, are "
                "due to resume in Brussels on Friday.",
                "md",
            ),
        ],
    ),
    (
        "Paris and Berlin row over work shares holds up joint tank",
        [
            Probe(
                "The French and German governments failed on Monday to settle a dispute over how to split the work on "
                "their joint battle tank, pushing the first prototype back to 2031, people familiar with the talks "
                "said.",
                "md",
                "t",
            ),
            Probe(
                "Berlin wants the gun and turret built by Germany's Rautheim Systems, while Paris insists that a "
                "French cannon is the only way to keep its own artillery works alive.",
                "m",
                "td",
            ),
            Probe(
                "The programme, launched in 2017 to replace both armies' ageing tanks, is meant to be split evenly "
                "between the two countries' industries down to the last screw.",
                "m",
                "td",
            ),
            Probe(
                "Defence ministers of the two countries will meet again in Toulouse on March 3, and Italy, which has "
                "asked to join the programme, is waiting for the row to end before it commits.",
                "md",
            ),
            Probe(
                "Shares of Rautheim fell 2.4% in Frankfurt, while Massel Industries, its French partner, was flat in "
                "Paris.",
                "",
            ),
            Probe(
                'Analysts at Brunnfeld Bank said the dispute was "less about the tank than about who gets to export '
                'it", because the country that builds the most will control sales to third countries.',
                "mt",
                "d",
            ),
            Probe(
                "Germany's stricter export rules have long frustrated French industry, which lost a sale of howitzers "
                "to Qatar in 2022 when Berlin refused a licence for a German-made part.",
                "mt",
                "d",
            ),
            Probe(
                "Massel also makes water tanks and fuel tanks for lorries, a business it plans to sell by the summer.",
                "",
            ),
            Probe(
                "Unions at Massel's plant in Bourges said they would strike on Thursday over pay, their third "
                "stoppage this year.",
                "",
            ),
        ],
    ),
    (
        "Delegations crowd Gulf arms fair as buyers shop for drones",
        [
            Probe(
                "ABU DHABI, Feb 18 (Corbel) - Defence ministers and delegations from more than 60 countries walked "
                "the halls of the Gulf's biggest arms fair on Tuesday, where Turkish and Chinese drones drew the "
                "largest crowds.",
                "m",
                "td",
            ),
            Probe(
                "Saudi Arabia's defence minister met his Indian counterpart on the sidelines, and the two agreed to "
                "hold their first joint naval exercise in the Arabian Sea next year.",
                "md",
            ),
            Probe(
                "Indonesia signed a letter of intent for 12 armed drones from Turkey's Tekyol Aviation, the company "
                "said, without giving a price.",
                "m",
                "td",
            ),
            Probe(
                "Organisers said 1,400 companies were exhibiting, a record, and that deals worth about 5 billion "
                "dollars had been announced in the first two days, most of them with the host's own armed forces.",
                "m",
                "t",
            ),
            Probe(
                "Outside the halls, a fleet of electric taxis ferried visitors between the car parks and the gates.",
                "",
            ),
            Probe(
                "Ukraine's state arms maker showed a sea drone of the kind its navy has used against Russian warships "
                "in the Black Sea.",
                "m",
            ),
            Probe(
                "Delegates from Kenya and Somalia held talks at the fair on buying helicopters together for the fight "
                "against al-Shabaab.",
                "md",
                "t",
            ),
            Probe(
                "The fair ends on Friday with a flying display over the Corniche by the air force's aerobatic team.",
                "",
                "m",
            ),
        ],
    ),
    (
        "EU bans exports of drone engines and parts to Iran",
        [
            Probe(
                "BRUSSELS, Oct 9 (Corbel) - European Union governments agreed on Wednesday to ban the export of "
                "drone engines, navigation chips and other parts to Iran, after investigators found European "
                "components in drones fired at Ukrainian cities.",
                "tmd",
            ),
            Probe(
                "The embargo also covers ten Iranian companies and two in the United Arab Emirates that "
                "investigators say bought parts in Europe and shipped them on to Tehran.",
                "t",
                "md",
            ),
            Probe(
                'Iran\'s foreign ministry said the ban was "illegal and based on lies" and that Tehran had supplied '
                "no drones for use in Ukraine.",
                "dmt",
            ),
            Probe(
                "A customs investigation in Poland last year traced a batch of small engines from a Slovenian maker, "
                "Ravnik Motors, through a trading house in Dubai to an Iranian drone factory.",
                "tm",
            ),
            Probe(
                "Ravnik said it sold the engines for crop-spraying and model aircraft and had no way of knowing where "
                "they ended up.",
                "",
                "tm",
            ),
            Probe(
                "Ukraine's air force said on Wednesday that it had shot down 41 of 48 drones launched overnight, and "
                "that debris had hit a hospital in Odesa.",
                "m",
            ),
            Probe(
                "The ban still needs a formal vote of foreign ministers, due on Oct 21, which diplomats called a "
                "formality.",
                "d",
                "t",
            ),
            Probe(
                "Hungary, which had held up the measure for a month, dropped its objection after winning an "
                "exemption for parts of civil airliners.",
                "dt",
                "m",
            ),
        ],
    ),
    (
        "Danish frigate order secures 1,800 jobs at Garrowhaven yard",
        [
            Probe(
                "Denmark has ordered three frigates from the Garrowhaven shipyard on the Clyde in a deal worth 2.6 "
                "billion pounds, securing about 1,800 jobs for a decade, the yard's owner said on Thursday.",
                "mt",
                "d",
            ),
            Probe(
                "The ships will hunt submarines in the North Atlantic and the Baltic, where Danish navy vessels have "
                "shadowed Russian warships passing through the straits.",
                "m",
            ),
            Probe(
                'Britain\'s defence secretary called the order "a vote of confidence in British shipbuilding" and '
                "said it would deepen cooperation between the two navies, which already train together in the North "
                "Sea.",
                "md",
            ),
            Probe(
                "The yard's owner, Arleth Marine, beat bids from yards in Spain and South Korea.",
                "",
                "mt",
            ),
            Probe(
                "Arleth will take on 350 apprentices over the next three years, and the council has promised a new "
                "bus link to the yard from the Kilbraith estate.",
                "",
            ),
            Probe(
                "The first steel is due to be cut in the spring; the last frigate should be handed over in 2034.",
                "",
                "m",
            ),
            Probe(
                "Trade unions welcomed the order but warned that the yard's cranes and dry dock were more than 40 "
                "years old.",
                "",
            ),
            Probe(
                "The Garrowhaven yard also built the island ferries whose delivery six years late led to a public "
                "inquiry.",
                "",
            ),
        ],
    ),
    (
        "Around the town",
        [
            Probe(
                "Alasdair Penwick, a Kilbraith solicitor who has defended clients in criminal cases for 30 years, has "
                "been named president of the county's law society.",
                "",
            ),
            Probe(
                "The defence in the trial of two men accused of stripping lead from the roof of St Ninnan's church "
                "told the jury on Tuesday that the men had been hired to mend it.",
                "",
            ),
            Probe(
                "An oak armchair with carved lions on its arms, made for the town's first provost, sold for 4,200 "
                "pounds at Finch & Lowe's auction rooms on Saturday.",
                "",
            ),
            Probe(
                "The town council has voted to put the Kilbraith coat of arms, a silver ship on a blue field, on the "
                "new signs at the four roads into town.",
                "",
            ),
            Probe(
                "Residents of Hobb Lane were told to boil their water after a crack was found in one of the two water "
                "tanks that supply the estate.",
                "",
            ),
            Probe(
                "Kilbraith Athletic's striker Reece Gallin fired a 30-yard missile into the top corner in the 88th "
                "minute to beat Corbie Rovers 2-1 and lift his side to third.",
                "",
            ),
            Probe(
                "A price battle between the town's two supermarkets has cut the cost of a loaf to 45p, and shoppers "
                "say milk and eggs are now cheaper than anywhere else in the county.",
                "",
            ),
            Probe(
                "Pell's Bakery has added four electric vans to its delivery fleet, which now reaches every village "
                "within 20 miles.",
                "",
            ),
            Probe(
                "Sparkle Fireworks on Quay Street has lost its licence to sell fireworks all year round after trading "
                "standards officers found rockets stored beside a gas heater.",
                "",
            ),
            Probe(
                "Members of the Kilbraith Rifle Club, which marks its centenary this year, will shoot for the Penwick "
                "Cup at the range on Sunday.",
                "",
            ),
        ],
    ),
]
