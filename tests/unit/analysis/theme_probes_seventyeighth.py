"""A seventy-eighth batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: liquefied gas, nuclear fuel and power supplied
between states, as agency copy, the regional press, the business desk and a local weekly tell them (the brief's
subject, gas pipelines and power lines between states, was taken in part by the forty-seventh batch, a pipeline deal
signed at a summit with its transit fees and a shelled power line, and by the twenty-seventh, a pipeline's transit
fee row, so this one takes the close subject of gas by sea, nuclear fuel and power cut off or cabled between states).
An LNG supply deal signed on a foreign minister's visit, a floating gas terminal that sends gas on to its neighbours,
sanctions on a shipowner's LNG carriers, a nuclear plant built by one state for another, warships shadowing the
survey of an undersea power cable, power cut off to a neighbour over unpaid bills, a navy guarding gas plants after
drone sightings, a ban on imports of enriched uranium; with the look-alikes that carry none of the three themes: a
utility's price rise for households, a town's gas leak, a power cut after a storm, linesmen sent across a border
between two firms, a gas terminal union branch's picnic, heating oil's price.

Boundaries judged here: gas bought by one state's company from another state under an agreement signed on a
minister's visit trade and diplomacy, the terminal that will take it and a home's coal imports trade, memorandums and
an embassy signed on the same visit diplomacy (trade optional), an analyst on the contract's price trade, power cuts
that shut factories of foreign brands only optional trade; gas sent on from a terminal to three neighbours trade, a
state company's stake bought under an agreement between two governments and a route agreed by five states' ministers
trade and diplomacy, tavern owners and a mayor's fees nothing, an ambassador's tour diplomacy (trade optional);
sanctions on a shipowner's carriers, its charters, the ships' handovers at sea, a foreign ministry's reply and a
bloc's ban trade (diplomacy optional, as the forty-fifth batch labelled them), the owner's quarterly income nothing;
a nuclear plant built by one state for another with both presidents watching trade and diplomacy, the loan and the
fuel trade, a neighbour asking for the plant's assessment under a UN convention and the UN's atomic agency diplomacy,
farmers who fear for a lake nothing; warships shadowing a cable's survey ship military (diplomacy and trade optional),
a defence ministry's warning military and diplomacy, power traded over the cable trade, two leaders' call diplomacy,
the survey ship back in port only optional trade and military, household prices nothing; power cut off to a neighbour
over unpaid bills trade (diplomacy optional), a payment held up by banks trade, dark provinces only optional trade, a
delegation's talks diplomacy (trade optional), power imported from three states trade, a state that has not
recognised a government diplomacy (military optional); a navy and soldiers guarding gas plants and allies' frigates
military, a man arrested for flying a drone only optional military, gas supplied to four states by pipe and gas prices
trade, an embassy's denial diplomacy (military optional); a ban on imports of enriched uranium, the other state's
restriction in reply (diplomacy optional), a utility's contracts abroad, the price and a state's share of supply
trade, a reactor's refuelling nothing; every look-alike (a utility's household price rise, its wholesale costs only
optional trade, a consumer group, a gas leak, a storm's power cut, linesmen from across a border under an
arrangement between two firms, a union branch's picnic, a school's energy week, heating oil's price only optional
trade) nothing.
Blind, main's rules got 16 of these 59 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): trade missed for gas sent on to a state, a plant one state builds for another and lends it the
money for, the fuel its firms supply, power cut off to a neighbour and a state's share of uranium; diplomacy missed for
the UN's atomic agency by its full name, a defence ministry's claim to a sea area and a government not recognised;
diplomacy given to a home's coal imports beside a visit; trade given to a shipowner's income, a drone over a gas plant
and frigates guarding pipelines; military given to enriched uranium bought as reactor fuel and to household prices
after a story of warships. Then 10: energy sent to a state, goods a relative clause sells to one, a share of a cost
lent to a state, the atomic agency's full name and a firm told by the state that owns it.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYEIGHTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Vietnam to buy Omani LNG for 15 years under deal signed on minister's visit",
        [
            Probe(
                "HANOI, March 11 (Tarnwick) - Vietnam's state gas company will buy 1.2 million tonnes of liquefied "
                "natural gas a year from Oman for 15 years under an agreement signed on Tuesday during a visit to "
                "Hanoi by Oman's foreign minister, the two governments said.",
                "td",
            ),
            Probe(
                "The first cargoes are due in 2028 at the Thi Vai import terminal south of Ho Chi Minh City, which "
                "was built to feed two new gas-fired power plants in Dong Nai province.",
                "t",
            ),
            Probe(
                "Officials said the ministers also signed memorandums on fisheries and on direct flights, and agreed "
                "that Oman would open an embassy in Hanoi next year.",
                "d",
                "t",
            ),
            Probe(
                "Vietnam received its first shipment of LNG in 2023 and still burns coal for about half its "
                "electricity, much of it imported from Indonesia and Australia.",
                "t",
            ),
            Probe(
                '"Oil-linked contracts of this length give a buyer certainty, but Vietnam is paying for it with a '
                'higher price than it would get on the spot market," said Minh Chau Letourneau, a gas analyst at '
                "Perrault Falk Research in Singapore.",
                "t",
            ),
            Probe(
                "Power cuts in the north of the country in the summer of 2023 shut factories for days, among them "
                "plants that assemble phones and laptops for foreign brands.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Floating gas terminal off Alexandroupolis takes its 50th cargo",
        [
            Probe(
                "ALEXANDROUPOLIS - The floating terminal moored ten kilometres off the port took its 50th cargo of "
                "liquefied gas on Sunday, and more than two thirds of what it has turned back into gas since it "
                "opened has gone north to Bulgaria, Serbia and North Macedonia.",
                "t",
            ),
            Probe(
                "Bulgaria's state gas company owns a fifth of the terminal, a stake it bought under an agreement "
                "between the Greek and Bulgarian governments signed in 2022, after Russia cut off its gas for "
                "refusing to pay in roubles.",
                "td",
            ),
            Probe(
                "The terminal's operator, Thrakon Gas, said it would begin sending gas on to Ukraine through Romania "
                "and Moldova next month, along a route agreed by the energy ministers of the five states at a "
                "meeting in Athens in January.",
                "td",
            ),
            Probe(
                "Along the seafront, tavern owners say the ship's crews and the engineers who service it have become "
                "steady customers through the winter.",
                "",
            ),
            Probe(
                "Mayor Yannis Doukatzis said the town would ask the ministry for a share of the terminal's port fees "
                "to pay for repairs to the coast road.",
                "",
            ),
            Probe(
                "The US ambassador, who toured the terminal in March with the Greek energy minister, called "
                'Alexandroupolis "a gateway that makes the whole region less dependent on Moscow".',
                "d",
                "t",
            ),
        ],
    ),
    (
        "Shipowner's shares slide as US sanctions four of its LNG carriers",
        [
            Probe(
                "ATHENS, Aug 20 - Shares of Kelvane Maritime fell 11% in New York on Wednesday after the US Treasury "
                "added four of its liquefied gas carriers to its sanctions list for loading cargoes at a Russian "
                "Arctic project.",
                "t",
                "d",
            ),
            Probe(
                "The company said the ships had been chartered out to a Dubai-registered firm in May and that it had "
                '"no knowledge" of their voyages since; it said it would end the charters.',
                "t",
            ),
            Probe(
                "Shipping data show the carriers switched off their transponders in the Barents Sea and handed their "
                "cargoes to other vessels off Murmansk, from where the gas went on to buyers in China.",
                "t",
            ),
            Probe(
                'Russia\'s foreign ministry said the sanctions were "economic aggression" and would not stop the '
                "project's exports.",
                "t",
                "d",
            ),
            Probe(
                "The Treasury's action comes a month before a ban by the European Union on the reloading of Russian "
                "LNG in its ports takes full effect.",
                "t",
                "d",
            ),
            Probe(
                "Kelvane, which owns 22 vessels, reported second-quarter net income of $41 million, up from $33 "
                "million a year earlier, on higher charter rates.",
                "",
            ),
        ],
    ),
    (
        "Uzbekistan pours first concrete at nuclear plant built by Russia",
        [
            Probe(
                "TASHKENT, June 2 (Tarnwick) - Workers poured the first concrete on Monday for Uzbekistan's first "
                "nuclear power plant, which Russia's state nuclear corporation is building near Lake Tuzkan, as the "
                "presidents of the two countries watched by video link from the Kremlin.",
                "td",
            ),
            Probe(
                "Russia is lending Uzbekistan most of the plant's cost of about $5 billion, to be repaid over 25 "
                "years once it begins to produce power.",
                "t",
            ),
            Probe(
                "Under the contract, Russian firms will supply the fuel for the plant's six small reactors and take "
                "back the spent fuel.",
                "t",
            ),
            Probe(
                "Kazakhstan's foreign ministry said it had asked Tashkent for the plant's environmental assessment "
                "under a UN convention on projects that may harm a neighbour, and had yet to receive it.",
                "d",
            ),
            Probe(
                "A team from the International Atomic Energy Agency visited the site in March and will review the "
                "plant's safety before it is loaded with fuel, the agency said.",
                "d",
            ),
            Probe(
                "Farmers around the lake, which is fed by drainage from cotton fields, said they feared the plant "
                "would draw too much of its water for cooling.",
                "",
            ),
        ],
    ),
    (
        "Turkish warships shadow survey ship on Crete-Cyprus power cable route",
        [
            Probe(
                "NICOSIA - Work to survey the seabed for an undersea power cable between Crete and Cyprus was halted "
                "on Friday after Turkish navy ships shadowed the survey vessel in waters that Ankara claims as its "
                "continental shelf, Cypriot officials said.",
                "m",
                "dt",
            ),
            Probe(
                "Turkey's defence ministry said no work could take place in the area without its consent, and that "
                'its ships would "continue to protect our rights and interests".',
                "md",
            ),
            Probe(
                "The 1,200-km cable would carry up to 1,000 megawatts in either direction, linking Cyprus to the "
                "European grid for the first time and letting it sell solar power to Greece at midday and buy it "
                "back at night.",
                "t",
            ),
            Probe(
                "Greece's prime minister and Cyprus's president spoke by telephone on Saturday and agreed to raise "
                "the matter at next week's EU summit in Brussels.",
                "d",
            ),
            Probe(
                "The project's operator, Helmcrest Interconnect, said its survey ship had returned to port in "
                'Limassol and would wait there "until the route is secure".',
                "",
                "mt",
            ),
            Probe(
                "Cyprus has the highest household electricity prices in the EU after Ireland, and frequent blackouts "
                "in summer, when air conditioners push demand to records.",
                "",
            ),
        ],
    ),
    (
        "Tajikistan cuts power to Afghanistan over unpaid bills",
        [
            Probe(
                "DUSHANBE, Jan 14 - Tajikistan's state power company cut off the electricity it sells to northern "
                "Afghanistan on Tuesday, saying the Taliban administration's power utility owed it $22 million for "
                "supplies delivered last year.",
                "t",
                "d",
            ),
            Probe(
                "The Afghan utility said it had paid most of the debt and that a transfer had been held up by banks "
                "in a third country that fear breaching sanctions.",
                "t",
            ),
            Probe(
                "Kunduz and Baghlan provinces were dark for most of the night, and hospitals there switched to "
                "diesel generators, residents said.",
                "",
                "t",
            ),
            Probe(
                "Afghan officials said a delegation would travel to Dushanbe this week for talks with Tajik "
                "ministers, the first since the Taliban took power in 2021.",
                "d",
                "t",
            ),
            Probe(
                "Afghanistan imports about four fifths of its electricity, most of it from Uzbekistan, Turkmenistan "
                "and Tajikistan.",
                "t",
            ),
            Probe(
                "Tajikistan has not recognised the Taliban government and has given shelter to some of its armed "
                "opponents.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Norway puts navy on guard at gas plants after drone sightings",
        [
            Probe(
                "OSLO, Oct 12 - Norway has sent navy ships and soldiers of its Home Guard to watch over offshore gas "
                "platforms and onshore processing plants after drones were seen flying near several of them, the "
                "defence minister said on Wednesday.",
                "m",
            ),
            Probe(
                "Police said they had arrested a foreign man who flew a drone over a gas processing plant at Kollsnes "
                "and had charged him with breaking a ban on flights near critical sites.",
                "",
                "m",
            ),
            Probe(
                "Norway has become Europe's largest supplier of gas since Russia cut its deliveries, and sends most "
                "of it through pipelines under the North Sea to Germany, Britain, France and Belgium.",
                "t",
            ),
            Probe(
                "Germany and Britain have sent a frigate each to patrol the pipelines alongside Norwegian ships, and "
                "NATO said it had stepped up flights by its patrol aircraft over the North Sea.",
                "m",
                "d",
            ),
            Probe(
                "Russia's embassy in Oslo called suggestions that Moscow was behind the flights \"absurd and "
                'provocative".',
                "d",
                "m",
            ),
            Probe(
                "Benchmark gas prices in Europe rose 6% on the news before easing in afternoon trading.",
                "t",
            ),
        ],
    ),
    (
        "US utilities brace as ban on Russian enriched uranium bites",
        [
            Probe(
                "NEW YORK, Aug 12 - A US ban on imports of enriched uranium from Russia took effect on Sunday, "
                "leaving utilities that run the country's 94 reactors to find fuel elsewhere, though the Energy "
                "Department can grant waivers until 2028.",
                "t",
            ),
            Probe(
                "Moscow answered with a decree restricting its own exports of enriched uranium to US buyers, a step "
                "its government said was a reply to the ban.",
                "t",
                "d",
            ),
            Probe(
                "Marlowe Keppel, finance chief of Tristate Atomic, which runs four reactors in the Midwest, said the "
                "company had signed contracts with enrichers in Europe that cover its needs through 2030.",
                "t",
            ),
            Probe(
                "The price of uranium rose 3% to $82 a pound, and shares of miners in Canada and Kazakhstan rose.",
                "t",
            ),
            Probe(
                "Tristate Atomic's Pellham plant will shut one of its reactors for refuelling for five weeks from "
                "September, it said.",
                "",
            ),
            Probe(
                "Russia supplied about a quarter of the enriched uranium used by US reactors in 2022.",
                "t",
            ),
        ],
    ),
    (
        "Ashcombe Energy to raise household gas bills 12% from April",
        [
            Probe(
                "Households supplied by Ashcombe Energy will pay 12% more for gas from April, the utility said on "
                "Thursday, adding about 140 pounds a year to a typical bill.",
                "",
            ),
            Probe(
                "The company blamed the cost of replacing old iron mains and higher wholesale prices this winter, "
                "when a cold snap pushed up demand across Europe.",
                "",
                "t",
            ),
            Probe(
                'A spokesman for the consumer group Fair Fuel Watch said the rise would "push thousands more '
                'families into choosing between heating and eating".',
                "",
            ),
            Probe(
                "Customers on fixed-price plans will not be affected until their deals end, the company said.",
                "",
            ),
            Probe(
                "Ashcombe Energy's shares rose 2% in London.",
                "",
            ),
        ],
    ),
    (
        "Haverbrook Gazette: around town",
        [
            Probe(
                "Residents of twenty homes on Fenwick Road were evacuated for four hours on Tuesday after a digger "
                "struck a gas main, and the fire service closed the road while engineers made it safe.",
                "",
            ),
            Probe(
                "Saturday's storm brought down power lines across the valley and left some 3,000 homes without "
                "electricity overnight; the last were reconnected on Monday afternoon.",
                "",
            ),
            Probe(
                "Linesmen from a utility across the border in Wales came to help the local crews, the power company "
                "said, as they do under a standing arrangement between the two firms.",
                "",
            ),
            Probe(
                "Members of the gas terminal branch of the Northfold Energy Workers held their summer picnic at Clay "
                "Meadows, with a tug of war that the control room shift won for the third year running.",
                "",
            ),
            Probe(
                "The primary school's energy-saving week ended with pupils switching off every light in the building "
                "for an hour, and the savings will go towards a new bench.",
                "",
            ),
            Probe(
                "Heating oil delivered in the villages now costs 92p a litre, up 15p since the autumn, which the "
                "supplier put down to the price of crude.",
                "",
                "t",
            ),
        ],
    ),
]
