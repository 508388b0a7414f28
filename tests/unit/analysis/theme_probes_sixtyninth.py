"""A sixty-ninth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: global health between states, as agency copy, the global
health press, the financial press, web analysis and a local weekly tell it. Vaccine doses donated to win a neighbour's
favour and a rival's vaccine refused, an outbreak that closes a border and halts the trade in livestock, a pandemic
accord adopted at a world assembly, export curbs on medicines, an army's field hospital flown abroad and a defence
force enforcing a quarantine, medicines under sanctions; with the look-alikes of a town's own health: a hospital's
trade union, a county's vaccination "campaign", "frontline" nurses, a clinic's "mission", a pharmacy chain's sales and
a "battle" against a disease.

Boundaries judged here: doses given by one state to another, the handover by its envoy and the refusal of a rival
state's vaccine are diplomacy, the sale of a vaccine abroad trade (diplomacy optional), as the forty-seventh batch had
them; a border closed to livestock, a ban on imports and the prices it moves on a border market are trade, the
neighbour's complaint and its taking the matter to a regional body diplomacy too, soldiers sent to enforce a quarantine
military; an accord adopted at a health assembly, its signatures and its abstentions are diplomacy, a share of
manufacturers' output and open supply chains trade too; export curbs on medicines are trade, a bloc's request for talks
and a world body's appeal diplomacy too; an army's field hospital or a navy's hospital ship sent abroad is military and
diplomacy, a defence force sealing off villages at home military; sanctions, the banks that will not take payments and
the smuggling of medicines are trade, states accusing each other over them diplomacy too. A hospital's trade union, a
vaccination campaign, frontline nurses, a clinic's mission, a "battle" against measles and the shortages on a ward get
no theme; a drug company's or a pharmacy chain's sales at home take trade only as optional, a former army medic's
service military only as optional.
Blind, main's rules got 9 of these 62 paragraphs wrong, none a label slip: trade missed for a vaccine maker's sales to
two states abroad and for manufacturers' share of output under the accord (diplomacy missed there too); diplomacy
missed for two states' rivalry for influence, for an opposition MP's charge of a donor chosen, for a world body's appeal
against export curbs and for a prime minister's thanks to a state; trade given to vets vaccinating cattle near an
outbreak; military given to a "battle" for every village and to nurses "on the frontline". Mended: a "General
Hospital" as no general and health workers "on the frontline" as no troops, the World Health Organization as a weak
word of diplomacy, goods sold to a state that the parser hangs on the verb as its second object as a market abroad,
states that compete for influence as relations, a head of government acting on a capital named as his verb's object
("thanked Jakarta"), and two cities of a dateline joined by a slash with no date ("NEW DELHI/BRUSSELS - ") as no
parties (see test_theme_global_health.py): 3 left. Left by pattern: diplomacy missed for an opposition MP's charge that
the government chose a donor state; trade given to vets vaccinating cattle in an article of a livestock ban; trade
and diplomacy missed for the share of manufacturers' output an accord sets aside (no word of trade, and the accord's
article lifts it only so far).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYNINTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "India flies 5 million dengue doses to Sri Lanka weeks after Colombo turned down Chinese shots",
        [
            Probe(
                "COLOMBO, March 3 (Harborline) - India flew 5 million doses of a locally made dengue vaccine to Sri "
                "Lanka on Monday, the largest gift of medicine between the two neighbours, weeks after Colombo "
                "declined an offer of Chinese-made shots.",
                "d",
            ),
            Probe(
                "India's High Commissioner, Meera Raghunathan, handed the first consignment to Sri Lanka's health "
                'minister at Bandaranaike airport and said the gift reflected New Delhi\'s "neighbourhood first" '
                "policy.",
                "d",
            ),
            Probe(
                "Sri Lanka's health ministry said in January that it had turned down the Chinese vaccine because its "
                "regulator had not been shown the full trial data. China's embassy called the decision political and "
                "said it regretted that science had been made a matter of alignment.",
                "d",
            ),
            Probe(
                "The vaccine is made by Ravindra Biologics of Pune, which has also sold 12 million doses to Bangladesh "
                "and Indonesia this year under contracts worth about $140 million.",
                "t",
                "d",
            ),
            Probe(
                "India and China have spent a decade competing for influence across the Indian Ocean, and analysts in "
                "Colombo said vaccines had become the newest front in that rivalry after ports and loans.",
                "d",
                "t",
            ),
            Probe(
                "Dengue cases in Sri Lanka have doubled this year to more than 90,000, and wards at the main hospitals "
                "in Colombo and Kandy are full.",
                "",
            ),
            Probe(
                "Nurses and doctors on the frontline in the worst-hit districts will be vaccinated first, the health "
                "ministry said, followed by children aged between four and 16.",
                "",
                "d",
            ),
            Probe(
                'Opposition MP Ruwan Dissanayaka-Perera said the government had "chosen a donor, not a vaccine" and '
                "asked the health minister to publish the regulator's report on the Chinese shots.",
                "d",
            ),
        ],
    ),
    (
        "Botswana shuts border to Zimbabwean livestock after foot-and-mouth outbreak",
        [
            Probe(
                "GABORONE, July 14 (Harborline) - Botswana closed three border posts with Zimbabwe to livestock and "
                "banned imports of cattle, goats and raw milk on Sunday after an outbreak of foot-and-mouth disease "
                "was confirmed in Zimbabwe's Matabeleland South province.",
                "t",
            ),
            Probe(
                "Botswana sells most of its beef to the European Union under a duty-free quota, and an outbreak on its "
                "own side of the border would suspend those exports, which earn it about $180 million a year.",
                "t",
            ),
            Probe(
                "Zimbabwe's agriculture minister, Tendai Mwale-Durant, called the ban an overreaction, asked Gaborone "
                "to reopen at least one crossing for traders and said he would raise the matter at next month's "
                "summit of the Southern African Development Community.",
                "td",
            ),
            Probe(
                "Botswana's defence force sent soldiers to patrol the border fence near Ramokgwebana to stop herders "
                "from driving cattle across and to enforce a quarantine zone on the Botswana side.",
                "m",
                "t",
            ),
            Probe(
                "Vets have begun vaccinating about 40,000 head of cattle within 20 km of the outbreak, and farmers "
                "must keep their animals in their kraals until further notice.",
                "",
            ),
            Probe(
                "At the Plumtree cattle market on the Zimbabwean side, traders said the price of a goat had halved "
                "since Sunday because buyers from Botswana could no longer cross.",
                "t",
            ),
            Probe(
                "The last outbreak near the border, in 2019, shut Botswana out of the European market for eight months "
                "and cost farmers an estimated $60 million in lost sales.",
                "t",
            ),
            Probe(
                "South Africa's agriculture department said it was watching its own border with Zimbabwe closely but "
                "had not yet stopped imports of live animals from its northern neighbour.",
                "t",
            ),
        ],
    ),
    (
        "World Health Assembly adopts pandemic accord after all-night session",
        [
            Probe(
                "GENEVA - Member states adopted a pandemic accord at the World Health Assembly early on Friday after "
                "three years of negotiation, with 118 votes in favour, none against and 11 abstentions.",
                "d",
            ),
            Probe(
                "Under the accord, manufacturers that join a pathogen-sharing system will set aside 20 per cent of "
                "their real-time production of vaccines, tests and medicines for the WHO to distribute in an "
                "emergency, half of it as donations.",
                "td",
            ),
            Probe(
                "The WHO's director-general, Anselm Kiprotich-Wade, told delegates that the world had chosen "
                'cooperation over "every country for itself" and thanked the negotiators for staying at the table.',
                "d",
            ),
            Probe(
                "Russia and Argentina abstained. Russia's delegate said the accord could be used to override national "
                "sovereignty in a health emergency, a charge its supporters reject.",
                "d",
            ),
            Probe(
                "During the last pandemic, more than 80 governments restricted exports of masks, ventilators or "
                "vaccines, and the accord asks states to keep supply chains for medical goods open in future "
                "emergencies.",
                "td",
            ),
            Probe(
                "The accord must be ratified by 60 states before it enters into force, which diplomats expect to take "
                "at least two years.",
                "d",
            ),
            Probe(
                "Public health researchers have warned that the next pandemic is most likely to come from a virus "
                "that jumps from animals to people, as bird flu has done on farms in several countries.",
                "",
            ),
            Probe(
                "The assembly also re-elected Kiprotich-Wade's deputy and approved a budget of $6.8 billion for the "
                "next two years, with member states' fixed dues rising by a fifth.",
                "d",
            ),
        ],
    ),
    (
        "India curbs exports of 14 drug ingredients as EU seeks urgent talks",
        [
            Probe(
                "NEW DELHI/BRUSSELS - India restricted exports of 14 active pharmaceutical ingredients, among them "
                "amoxicillin and paracetamol, on Wednesday, saying it had to secure supply at home as a respiratory "
                "outbreak spread through its northern states.",
                "t",
            ),
            Probe(
                "The European Commission said it had asked New Delhi for urgent talks, and its trade spokesman warned "
                "that the curbs could breach India's commitments at the World Trade Organization.",
                "td",
            ),
            Probe(
                "European generic drug makers buy about 40 per cent of their active ingredients from India. Shares in "
                "Vellmar Pharma, which makes antibiotics in Germany and Austria, fell 6 per cent in Frankfurt.",
                "t",
            ),
            Probe(
                "Indian officials said the curbs were temporary and that shipments to Nepal and Bhutan would continue "
                "under existing supply agreements.",
                "t",
                "d",
            ),
            Probe(
                '"Every government believes in open supply chains until its own pharmacies run dry," said Tamsin '
                "Okafor-Lindqvist, a health trade analyst at Dunmore Partners in London.",
                "t",
            ),
            Probe(
                "The World Health Organization urged governments not to restrict exports of essential medicines, "
                "saying a ban in one country could cause shortages in dozens of others within weeks.",
                "td",
            ),
            Probe(
                "Corvane Health, a British maker of cough syrups, said separately that its UK sales had risen 30 per "
                "cent in the quarter as pharmacies stocked up for winter.",
                "",
                "t",
            ),
            Probe(
                "Hospitals in Delhi reported about 3,000 admissions for the respiratory illness in the past week, "
                "most of them elderly patients.",
                "",
            ),
        ],
    ),
    (
        "Indonesia flies army field hospital to Papua New Guinea as measles kills 200 children",
        [
            Probe(
                "PORT MORESBY, Jan 8 (Harborline) - Indonesia's armed forces flew a 60-bed field hospital and 120 "
                "military medics to Papua New Guinea on Thursday to help fight a measles outbreak that has killed more "
                "than 200 children in the Highlands, the two governments said.",
                "md",
            ),
            Probe(
                'Prime Minister Kila Pennock thanked Jakarta for being "a friend when it counts" and said the hospital '
                "would be set up at Mount Hagen within a week.",
                "d",
            ),
            Probe(
                "The Indonesian navy's hospital ship Bahtera Sehat, with two operating theatres and 40 beds, is due to "
                "dock at Lae on Monday.",
                "m",
                "d",
            ),
            Probe(
                "In Enga province, the Papua New Guinea Defence Force has sealed off three villages and set up "
                "checkpoints on the Highlands Highway to enforce a quarantine, turning back buses and trucks.",
                "m",
            ),
            Probe(
                "Australia, the country's largest aid donor, has sent 400,000 doses and a team of nurses, and its "
                'foreign minister said on Wednesday that the help of its neighbours was "not a competition."',
                "d",
            ),
            Probe(
                "Health officials called the outbreak a battle for every village and said the vaccination campaign "
                "would reach every child under five by the end of March.",
                "",
            ),
            Probe(
                "Nurses on the frontline at Mount Hagen General Hospital said they had worked 16-hour shifts for three "
                "weeks and were sleeping on the wards.",
                "",
            ),
            Probe(
                "Analysts said the mission was part of Jakarta's push to build ties in the Pacific, where China, "
                "Australia and the United States compete for influence.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Analysis: Exempt on paper, medicines still struggle to reach Iran under sanctions",
        [
            Probe(
                "American sanctions on Iran exempt food and medicine. In practice, few banks in Europe or Asia will "
                "process a payment from an Iranian hospital, and the drugs that do arrive come late and at a premium.",
                "t",
            ),
            Probe(
                "Parisa Farhadi, a pharmacist at a children's hospital in Tehran, says chemotherapy drugs for "
                "leukaemia have been out of stock for three months. Parents are sent to find them on their own.",
                "",
                "t",
            ),
            Probe(
                "European drug makers say they want to sell. But the handful of banks that will handle the payments "
                "charge fees of up to 8 per cent, and a Swiss channel set up for humanitarian trade processed only $40 "
                "million of orders last year.",
                "t",
                "d",
            ),
            Probe(
                'Iran\'s foreign ministry has accused Washington of "medical terrorism." The State Department says the '
                "sanctions target the government, not the people, and blames Tehran for spending its money on "
                "militias abroad.",
                "td",
                "m",
            ),
            Probe(
                "A UN special rapporteur told the Human Rights Council in March that the sanctions were violating "
                "Iranians' right to health and asked the states that impose them to clear the banking channels.",
                "td",
            ),
            Probe(
                "Much of what is missing is smuggled in from Turkey and Iraq and sold in Tehran's bazaar at up to five "
                "times the official price, often without a cold chain.",
                "t",
            ),
            Probe(
                "Iran makes about 95 per cent of its own medicines by volume, but relies on imports for cancer drugs, "
                "insulin and the raw ingredients of many others.",
                "t",
            ),
            Probe(
                "The US Treasury issued guidance in May telling banks that trade in medicine with Iran was allowed, "
                "but lawyers say the memory of the large fines of past years still weighs more than any letter.",
                "t",
                "d",
            ),
            Probe(
                '"Sanctions are written by lawyers and enforced by compliance officers," said Reza Sakhi, who studies '
                'health policy at the Quellin Institute. "The compliance officers always win."',
                "t",
            ),
        ],
    ),
    (
        "Halvern Biotech profit climbs on home flu-shot sales; Egypt vaccine deal slips to year-end",
        [
            Probe(
                "COPENHAGEN - Halvern Biotech, the Danish vaccine maker, reported a 22 per cent rise in quarterly "
                "profit on Tuesday, driven by sales of its flu shot to Denmark's own health service and pharmacies.",
                "",
                "t",
            ),
            Probe(
                "Chief executive Mette Aalund said a contract to supply 8 million doses to Egypt's health ministry, "
                "delayed since the spring, would be signed by the end of the year.",
                "t",
            ),
            Probe(
                "The company also plans to build a plant in Morocco to fill and pack vaccines for African markets, "
                "with a loan guarantee from Denmark's development agency, its first factory outside Europe.",
                "t",
                "d",
            ),
            Probe(
                "Halvern's shares rose 4 per cent in Copenhagen. Analysts at Norrlys Bank said demand at home had "
                "probably peaked and that growth would have to come from abroad.",
                "",
                "t",
            ),
            Probe(
                'Aalund said the company\'s mission was "to make flu a minor illness everywhere" and that it would '
                "double its research budget for a nasal vaccine.",
                "",
            ),
        ],
    ),
    (
        "Around Ellerby: hospital union to ballot, flu jab campaign opens, clinic moves",
        [
            Probe(
                "ELLERBY - Nurses, porters and cleaners at Ellerby General Hospital will vote next month on strike "
                "action after their trade union rejected a pay offer of 3 per cent.",
                "",
            ),
            Probe(
                "The union's branch secretary, Dawn Kestrel, said frontline staff had been \"clapped for, then "
                'forgotten" and that the vote would be held at the hospital gates.',
                "",
            ),
            Probe(
                "The county's flu vaccination campaign opens on Monday at 14 pharmacies and the leisure centre. The "
                "county's health officer said the aim was to reach seven in ten residents over 65.",
                "",
            ),
            Probe(
                "The St Bride's clinic, whose mission is to treat people without a family doctor, has moved from the "
                "church hall to new rooms on Market Street, next to the bus station.",
                "",
            ),
            Probe(
                "Hartnell Chemists, the county's largest pharmacy chain, said sales of cold remedies were up a fifth "
                "on last year and that it had taken on 30 extra staff for the winter.",
                "",
                "t",
            ),
            Probe(
                'Dr. Imran Rasheedi, the hospital\'s lead for children, said the "battle" against measles in the '
                "county was one against complacency, with only 84 per cent of five-year-olds fully vaccinated.",
                "",
            ),
            Probe(
                "Gail Brightwater, a former army medic who served in a field hospital in Afghanistan, now teaches "
                "first aid at the community hall on Thursday evenings.",
                "",
                "m",
            ),
            Probe(
                "The hospital's League of Friends has raised £40,000 towards a new scanner for the children's ward.",
                "",
            ),
        ],
    ),
]
