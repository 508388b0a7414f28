"""An eighty-third batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: sanctions evasion at sea, as agency copy, the
business desk and the regional press tell it (the brief's subject, the shadow fleet of ageing tankers, was taken by
the twelfth batch's transponders switched off to dodge the price cap, the thirty-second's shadow fleet slipping past
the cap, the forty-fifth's registry striking off tankers with a navy shadowing them and the forty-seventh's coast guard
boarding a tanker over the cap, so this one takes the close subject of the dry cargoes and the cargo ships that carry
them past sanctions). Grain loaded in an occupied port and a port state's court that lets its ship sail, with a protest
note; coal passed ship-to-ship at night to a sanctioned state, a destroyer's photographs, a ship detained and struck
off its flag's register; shells and drones carried across an inland sea and the shipping firms listed for it; machine
tools in containers seized on their way through a third state; a navy frigate shadowing a sanctioned cargo ship
through a strait; with the look-alikes that carry none of the three themes: an oil spill's clean-up on a beach, a
crew's unpaid wages in port, a fire at a ship-breaking yard, fuel prices at the pump and a marine insurers' conference.

Boundaries judged here: grain a state says was taken from land another state's forces hold and carried to a third
state's port is trade, the first state's request that the port state hold the ship and the note of protest after a
court lets it sail diplomacy (the occupation told in passing optional military), a court's ruling on the cargo's
origin trade (the request it answers optional diplomacy), the other state's embassy on grain exported lawfully
diplomacy and trade, a port's grain imports trade; coal passed from a sanctioned state's freighter to another ship at
night and the ship detained for it are trade (the UN's sanctions optional diplomacy), a destroyer on patrol that
photographs the transfer military (trade optional), its government sharing the images with allies and the Security
Council's committee diplomacy, a flag state striking the ship off its register trade (diplomacy optional), the states
that monitor the sanctions after a veto diplomacy (trade optional); sanctions on shipping firms and ships that carry
drones and shells to a state at war trade and military, the ships' route told on trade, a ship's voyages with
munitions military, the sanctioned state's reply on its trade diplomacy and trade, a partner's embassy diplomacy, a
sea closed to outside navies so that listing is all that is left trade (military and diplomacy optional); machine
tools seized on their way to a sanctioned state through a third trade, the third state's foreign ministry on sanctions
diplomacy and trade, exports to the neighbours that pass through trade, container lines' checks trade; a frigate
shadowing a sanctioned cargo ship military (trade optional), the ship's owner listed for carrying arms trade and
military, a defence ministry's word military, the ship's state's embassy diplomacy, ferry passengers who watched
optional military; every look-alike (oil raked from a beach, a ship refloated and towed, oiled birds, an owner who
pays; unpaid seafarers, a ship held by a court for wages, its manager's freight rates optional trade; a fire in a
tanker being cut up, a yard's owner; petrol prices after a refinery's outage; a conference's claims, cyber attacks by
criminals, premiums optional trade) nothing.
Blind, main's rules got 12 of these 59 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): trade missed for coal taken on from a sanctioned state's freighter in a ship-to-ship transfer;
diplomacy given to a state's charge that another shipped grain through third states' ports, to a State Department
official who tells of munitions carried and to exports from the EU to three states; trade given to ferry passengers
watching the frigate, to four paragraphs of the oil spill's clean-up, to the unpaid seafarers on a bulk carrier and
their claim if the ship is sold, and to the insurers' conference on car carriers. Then 11: cargo passed
"ship-to-ship" as a weak word of trade (the shipped themes file). Then 10: what oil has coated ("oiled seabirds")
as no trade (the same). Then 7: the oil and the ship of a sentence that tells oil spilt or leaked by its verb count
for no theme (see themes/spilt_oil.py), and the clean-up's lead no longer lifts the oiled sand and the fuel on board.
Then 6: a people's name before a port ("through Syrian and Turkish ports") says where goods pass, no party (see
themes/ports.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTYTHIRD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Grain ship leaves Lebanese port after judge rejects Kyiv's bid to hold it",
        [
            Probe(
                "BEIRUT, March 4 (Quillwire) - A Syrian-flagged bulk carrier that Ukraine says is carrying grain "
                "taken from occupied territory left the Lebanese port of Tripoli on Monday after a judge turned down "
                "Kyiv's request to hold it, port officials said.",
                "dt",
                "m",
            ),
            Probe(
                "Ukraine's embassy in Beirut had asked the Lebanese authorities last week to seize the Lirana and its "
                "9,000 tonnes of barley, saying satellite images showed the ship loading at Berdyansk, a port that "
                "Russian forces have held since 2022.",
                "dt",
                "m",
            ),
            Probe(
                "Judge Nadine Chahrouri of the court of urgent matters in Tripoli ruled that Ukraine had not proved "
                "where the cargo came from, and noted that the shipper's papers listed it as Russian barley loaded at "
                "the port of Kavkaz.",
                "t",
                "d",
            ),
            Probe(
                "Ukraine's foreign ministry said it would send a note of protest to Beirut and called the ruling "
                '"a gift to those who trade in looted grain".',
                "d",
                "t",
            ),
            Probe(
                "Russia's embassy in Lebanon said the barley had been bought and exported lawfully and accused Kyiv of "
                'trying to "dictate to a sovereign court".',
                "dt",
            ),
            Probe(
                "Ukraine says Russia has shipped more than four million tonnes of grain from occupied areas since the "
                "invasion, much of it through Syrian and Turkish ports and on ships that switch off their "
                "transponders off the coast of Crimea.",
                "t",
                "m",
            ),
            Probe(
                "The Lirana's manager, a company registered in the Marshall Islands, could not be reached for "
                "comment. The ship was added to a European Union sanctions list in December.",
                "t",
                "d",
            ),
            Probe(
                "Tripoli's port handled 1.2 million tonnes of grain last year, most of it wheat from the Black Sea, "
                "its director said, and several flour mills in the north of the country depend on it.",
                "t",
            ),
        ],
    ),
    (
        "Customs detain Togo-flagged ship at Pohang over N. Korean coal",
        [
            Probe(
                "South Korea's customs service has detained a Togo-flagged cargo ship at the port of Pohang on "
                "suspicion of carrying North Korean coal in breach of United Nations sanctions, officials said "
                "Thursday.",
                "t",
                "d",
            ),
            Probe(
                "The 5,600-ton Sea Morrow is believed to have taken on about 3,000 tons of anthracite from a North "
                "Korean freighter in a ship-to-ship transfer at night in the Yellow Sea in late May, with both "
                "vessels' transponders switched off, according to a government official who asked not to be named.",
                "t",
            ),
            Probe(
                "A Japanese destroyer on patrol in the East China Sea photographed two ships lashed together on the "
                "night of May 27, Japan's Defense Ministry said, and one of them matched the Sea Morrow's hull and "
                "cranes.",
                "m",
                "t",
            ),
            Probe(
                "Tokyo said it had shared the images with Seoul and Washington and had reported the transfer to the "
                "Security Council's committee on North Korea sanctions.",
                "d",
                "t",
            ),
            Probe(
                "Togo's maritime authority said Wednesday it had struck the ship off its register and would cancel "
                "the papers of any vessel found to have traded with North Korea.",
                "t",
                "d",
            ),
            Probe(
                "Coal was North Korea's largest export, earning it more than $1 billion a year, before the Security "
                "Council banned its sale in 2017. Officials believe most of it now goes to small ports in China at a "
                "steep discount.",
                "t",
                "d",
            ),
            Probe(
                "Since a Russian veto ended the mandate of the UN panel of experts that tracked such shipments, 11 "
                "countries including South Korea, Japan and the US have set up their own team to monitor the "
                "sanctions, which published its first report in May.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "US, Britain sanction Caspian shippers over Iranian drones for Russia",
        [
            Probe(
                "WASHINGTON/LONDON, Oct 2 (Quillwire) - The United States and Britain imposed sanctions on Tuesday on "
                "six shipping companies and nine cargo ships that they said carried Iranian drones, artillery shells "
                "and missile parts across the Caspian Sea to Russia for use in its war in Ukraine.",
                "tm",
                "d",
            ),
            Probe(
                "The ships, small general cargo vessels of the kind built for Russia's rivers, sail between the "
                "Iranian port of Amirabad and Makhachkala and Astrakhan, and switched off their tracking signals on "
                "most of their crossings, the U.S. Treasury said.",
                "t",
                "m",
            ),
            Probe(
                "One of them, the Kaspi Lark, made 14 such voyages last year and carried more than 300 containers of "
                "munitions, a State Department official told reporters.",
                "m",
                "t",
            ),
            Probe(
                "Iran's foreign ministry spokesman said the sanctions were \"illegal and worthless\" and that Iran's "
                "trade with Russia across the Caspian was a matter only for the states that border it.",
                "dt",
            ),
            Probe(
                "Russia's embassy in London said the measures would not harm cooperation between Moscow and Tehran, "
                "which signed a strategic partnership treaty in January.",
                "d",
                "t",
            ),
            Probe(
                "Unlike the Black Sea or the Baltic, the Caspian is closed to the navies of states that do not border "
                "it, which leaves Western governments with few ways to stop the shipments other than listing the "
                "ships and the firms that own them.",
                "t",
                "dm",
            ),
            Probe(
                "Among the firms listed is a company in Astrakhan that manages four of the ships and that the "
                "Treasury said also carries Russian wheat and sunflower oil to Iran.",
                "t",
            ),
        ],
    ),
    (
        "Antwerp customs seize machine tools bound for Russia via Kazakhstan",
        [
            Probe(
                "Belgian customs officers have seized 11 containers of machine tools and electronic parts at the port "
                "of Antwerp that were declared for a buyer in Kazakhstan but were bound for Russia, prosecutors said "
                "on Monday.",
                "t",
            ),
            Probe(
                "The goods, worth about 6 million euros, included computer-controlled lathes of the kind used to make "
                "shell casings, which the European Union has banned from sale to Russia since 2022.",
                "t",
                "m",
            ),
            Probe(
                "Prosecutors said a trading firm in Almaty had ordered the goods through a company in Istanbul, and "
                "that the containers were to be shipped on to Novorossiysk once they reached Turkey.",
                "t",
            ),
            Probe(
                "Kazakhstan's foreign ministry said it had not been told of the case and that the country does not "
                "allow its territory to be used to get around sanctions imposed by other states.",
                "dt",
            ),
            Probe(
                "Exports from the EU to Kazakhstan, Kyrgyzstan and Armenia have more than doubled since 2021, a rise "
                "that officials in Brussels say is explained in part by goods passing through to Russia.",
                "t",
            ),
            Probe(
                "Two of the world's largest container lines said this year they would no longer take bookings for "
                "cargo bound for Central Asia through Black Sea ports without extra checks on the buyer.",
                "t",
            ),
        ],
    ),
    (
        "Navy frigate shadows sanctioned Russian cargo ship through Dover Strait",
        [
            Probe(
                "A Royal Navy frigate shadowed a sanctioned Russian cargo ship through the Strait of Dover on Tuesday "
                "as it sailed from Syria towards the Baltic, the Ministry of Defence said.",
                "m",
                "t",
            ),
            Probe(
                "The frigate, which left Portsmouth on Sunday, stayed within two miles of the ship for most of the "
                "passage while its helicopter kept watch from overhead.",
                "m",
            ),
            Probe(
                "The cargo ship, the Aldan Breeze, is owned by a company that Britain and the United States placed "
                "under sanctions in 2022 for carrying military equipment for Russia's defence ministry, and was seen "
                "last month loading armoured vehicles at Tartus, where Russia is leaving its naval base.",
                "tm",
                "d",
            ),
            Probe(
                'The ministry said the navy had "monitored every move" of the ship and of the Russian corvette '
                "escorting it, and that Britain would not hesitate to defend its waters.",
                "m",
                "d",
            ),
            Probe(
                "Russia's embassy in London said the ship was on a routine commercial voyage in international waters "
                'and accused Britain of "provocative behaviour".',
                "d",
                "tm",
            ),
            Probe(
                'Passengers on a ferry leaving Dover watched the ships pass in the afternoon. "You could see the '
                'helicopter going round and round them," said Maureen Tallis, 67, from Canterbury.',
                "",
                "m",
            ),
        ],
    ),
    (
        "Volunteers rake oil from beach after bulk carrier runs aground",
        [
            Probe(
                "More than 200 volunteers spent Saturday raking clumps of fuel oil from the sand at Freshwater West "
                "after a bulk carrier leaked heavy fuel when it ran aground off the headland on Wednesday.",
            ),
            Probe(
                "Pembrokeshire council said it had closed the beach to swimmers and that contractors with two diggers "
                "would remove about 40 tonnes of oiled sand over the coming week.",
            ),
            Probe(
                "The coastguard said the ship, the Calder Star, had been refloated on Friday and towed to Milford "
                "Haven, where divers would inspect its hull.",
            ),
            Probe(
                "A wildlife rescue centre near Haverfordwest said it was caring for 63 oiled seabirds, most of them "
                'guillemots. "They come in black from head to foot," said its manager, Gethin Prowse.',
            ),
            Probe(
                "The ship's Greek owner said it would pay for the clean-up and had hired a salvage company to take "
                "off the 300 tonnes of fuel still on board.",
            ),
        ],
    ),
    (
        "Crew unpaid for five months stuck on bulk carrier at Port Kembla",
        [
            Probe(
                "Nineteen seafarers from India and Myanmar on a bulk carrier berthed at Port Kembla have not been paid "
                "for five months and are running short of food, a seafarers' union inspector said on Thursday.",
            ),
            Probe(
                "The Federal Court ordered the Orient Halcyon held at its berth on Wednesday at the request of the "
                "crew's lawyer, who is seeking $410,000 in back wages.",
            ),
            Probe(
                "The ship's manager, a company in Limassol, said it had been hurt by a slump in freight rates and "
                'would pay the crew "within weeks".',
                "",
                "t",
            ),
            Probe(
                "A church group in Wollongong has brought groceries and phone cards to the ship, and the inspector, "
                "Lachlan Verity, said two of the men had asked to be sent home.",
            ),
            Probe(
                "Under maritime law, the crew's claim for wages ranks ahead of most other debts if the ship is sold by "
                "the court.",
            ),
        ],
    ),
    (
        "Two killed as fire breaks out in tanker being cut up at Alang yard",
        [
            Probe(
                "BHAVNAGAR, Gujarat - Two workers died and five were hurt when a fire broke out in the hold of a "
                "tanker being cut up at a ship-breaking yard in Alang on Monday, police said.",
            ),
            Probe(
                "The workers were cutting steel plates with gas torches when oil sludge left in the hold caught fire, "
                "a worker at the yard said.",
            ),
            Probe(
                "Alang's yards, along about 10 km of beach, take apart hundreds of ships a year. The ships are driven "
                "onto the sand at high tide and cut up largely by hand.",
            ),
            Probe(
                "Labour groups have long called for more safety training and for hospitals closer to the yards, the "
                "nearest of which is 50 km away.",
            ),
            Probe(
                "The yard's owner said it held all the safety certificates the state requires and would pay "
                "compensation to the families of the dead.",
            ),
        ],
    ),
    (
        "Petrol tops $2.10 in Cairns as refinery unit shuts",
        [
            Probe(
                "Drivers in Cairns paid more than $2.10 a litre for regular unleaded on Tuesday, the highest in two "
                "years, after the region's main fuel terminal ran short when a refinery in Brisbane shut one of its "
                "units for repairs.",
            ),
            Probe(
                "A motorists' association said prices had risen 18 cents in a fortnight and that stations in the city "
                "were charging 12 cents a litre more than those in towns an hour's drive away.",
            ),
            Probe(
                "The state government said it would ask the consumer watchdog to look at whether retailers were "
                "passing on price cuts as fast as they passed on rises.",
            ),
            Probe(
                '"I fill up twice a day, so it comes straight out of my pocket," said Bruno Castellani, a taxi driver '
                "who has worked in the city for 22 years.",
            ),
            Probe(
                "The refinery's owner said the unit should restart within a fortnight and that trucks were bringing "
                "fuel north from other terminals in the meantime.",
            ),
        ],
    ),
    (
        "Car carrier fires top agenda as marine insurers meet in Gothenburg",
        [
            Probe(
                "About 1,200 underwriters, brokers and claims adjusters gathered in Gothenburg on Monday for the "
                "annual conference of a Nordic marine insurers' association, with fires on car carriers and ever "
                "bigger container ships at the top of the agenda.",
            ),
            Probe(
                "Speakers said fires on ships carrying electric cars were harder to put out at sea and that crews "
                "needed better training and equipment to fight them.",
            ),
            Probe(
                "Hull premiums rose about 5% last year as repair costs climbed, the association's chair, Ingrid "
                "Solvang, told delegates.",
                "",
                "t",
            ),
            Probe(
                "A panel on cyber attacks heard that criminal gangs had locked the systems of two port operators "
                "last year and demanded ransoms in bitcoin.",
            ),
            Probe(
                "The conference closes on Wednesday with a dinner at the city's maritime museum, where the "
                "association will name its claims adjuster of the year.",
            ),
        ],
    ),
]
