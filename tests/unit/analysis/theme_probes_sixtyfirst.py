"""A sixty-first batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: coups, juntas, contested elections abroad and democracy
promotion, as agency copy, regional desks and think-tank web analysis tell them. Soldiers seizing a state broadcaster
and a junta's curfew, a regional bloc suspending the country and putting its standby force on alert, a French
ambassador expelled and a French base asked to close, Russian contractors invited in, aid frozen under a coup law, an
analysis of the coup belt, observers' preliminary statement on a count, two presidents sworn in and recognised by
different capitals, sanctions on election officials, a transition timetable agreed with mediators; with the same pages'
look-alikes: a boardroom "coup" at a food company, a party-room "coup" before a state election with no foreign angle,
and a charity's winter campaign.

Boundaries judged here: soldiers seizing power, their curfew, checkpoints and the army's neutrality are military; a
regional bloc's suspension, a summit and an international body's condemnation are diplomacy, its standby force and a
neighbour's pledge of defence military too; closed borders and frozen transactions are trade and diplomacy; an
ambassador expelled, crowds with a foreign flag outside an embassy and capitals congratulating one of two presidents
are diplomacy; a foreign base, contractors invited in and a visiting deputy defence minister are military and
diplomacy; aid frozen under a coup law is diplomacy, trade optional; visa bans on election officials are diplomacy,
their assets frozen abroad trade with diplomacy optional; foreign observers and their statement are diplomacy; a
domestic count, an opposition's own tally and police tear gas get no theme; exports of bauxite or vanilla, fuel
prices at the pump after a closed border and an IMF loan are trade; a boardroom revolt, a party-room spill, a state
election's polls and a charity's campaign get no theme.
Blind, main's rules got 9 of these 94 paragraphs wrong. One was a label slip, relabelled: a junta answering the
bloc's sanctions takes trade as optional beside its diplomacy and military, as earlier batches label a state answering
sanctions. 8 are left: diplomacy given to a port's fuel for a landlocked neighbour; military given to aid frozen after
a coup and to a founder's "ambush" in a boardroom; diplomacy missed for a bloc's sanctions told through what they hurt,
a bloc's standby force that no member state will pay for, an observer's words on the count, and a candidacy that was a
point of contention in talks with mediators; trade missed for assets frozen by the Treasury. Mended: a capital named
as where a thing is ("the port of Conakry handles", see themes/destinations.py) does not act for its state; a freeze
on assets held in another state is trade (see themes/frozen_assets.py): 6 left (see KNOWN_MISSES in
test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYFIRST_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Soldiers seize Guinea's state broadcaster, announce curfew and close borders",
        [
            Probe(
                "CONAKRY, Oct 14 (Meridian) - Soldiers seized Guinea's state broadcaster before dawn on Tuesday and "
                "an officer read a statement on air saying the army had dissolved the government, suspended the "
                "constitution and closed the country's land and air borders.",
                "m",
            ),
            Probe(
                "Gunfire was heard for several hours near the presidential palace in the Kaloum district, residents "
                "said, and armoured vehicles blocked the causeway that links it to the mainland.",
                "m",
            ),
            Probe(
                'The officer, who named himself as Colonel Sekou Bangoura, said a "committee for national renewal" '
                'had taken power to end "the mismanagement of the country and the theft of its wealth".',
                "m",
            ),
            Probe(
                "A nationwide curfew from 8 p.m. to 6 a.m. would apply until further notice, he said, and the "
                "governors of the eight regions would be replaced by the commanders of the military zones.",
                "m",
            ),
            Probe(
                "The whereabouts of President Alpha Kourouma were not known. A member of his family said he had been "
                "taken from the palace by soldiers of the special forces.",
                "m",
            ),
            Probe(
                "Shops and banks in central Conakry stayed shut and the streets were largely empty by midday, apart "
                "from soldiers at checkpoints.",
                "m",
            ),
            Probe(
                "Guinea is the world's second-largest producer of bauxite, the ore used to make aluminium, and most "
                "of it is shipped to China. Aluminium prices rose 2 percent in London after the news.",
                "t",
            ),
            Probe(
                "Shares in Alcora Mining, which runs the largest mine near Boke, fell 9 percent in Sydney. The "
                "company said its operations and exports were continuing.",
                "t",
            ),
            Probe(
                'The chairman of the African Union\'s commission condemned "any unconstitutional change of government"'
                " and called for the president's immediate release.",
                "d",
            ),
            Probe(
                'The United Nations secretary-general said he was following events "with deep concern" and urged the '
                "soldiers to return to their barracks.",
                "d",
                "m",
            ),
            Probe(
                "France, the former colonial power, advised its citizens in Guinea to stay at home and said its "
                "embassy would remain open.",
                "d",
            ),
        ],
    ),
    (
        "West African bloc suspends Guinea, puts standby force on alert",
        [
            Probe(
                "ABUJA, Oct 17 (Meridian) - West Africa's regional bloc suspended Guinea from all its bodies on "
                'Friday and ordered its standby force to prepare for "all options" if the soldiers who seized power '
                "this week do not free the detained president.",
                "dm",
            ),
            Probe(
                "Heads of state met by video link for three hours in an extraordinary summit chaired by Nigeria's "
                "president.",
                "d",
            ),
            Probe(
                "In a communique, they closed land and air borders between member states and Guinea, froze the "
                "junta's assets at the bloc's central bank and suspended all commercial and financial transactions "
                "except those in food, medicine and fuel.",
                "td",
            ),
            Probe(
                "The bloc's defence chiefs will meet in Accra next week to draw up plans for the force, whose troops "
                "would come from Nigeria, Senegal, Ghana and Ivory Coast.",
                "md",
            ),
            Probe(
                'Analysts doubt that the threat is meant to be carried out. "The standby force has been on standby '
                'for twenty years," said Adaeze Okafor, a security analyst at the Centre for Sahel Studies in Lagos. '
                '"It is a bargaining chip."',
                "m",
                "d",
            ),
            Probe(
                'The junta said in a statement read on state television that it "took note" of the sanctions and '
                "would not be intimidated, and that Guinea's armed forces were ready to defend its territory.",
                "md",
                "t",
            ),
            Probe(
                "Mali and Burkina Faso, themselves ruled by soldiers, said any attack on Guinea would be treated as "
                "an attack on them.",
                "md",
            ),
            Probe(
                "The port of Conakry handles much of the fuel bound for landlocked Mali, and traders in Bamako said "
                "prices at the pump had already risen.",
                "t",
            ),
            Probe(
                "The bloc lifted similar sanctions on Mali in 2022 after its junta agreed a timetable to hand back "
                "power.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Guinea's junta expels French ambassador, asks French troops to leave",
        [
            Probe(
                "CONAKRY, Nov 2 (Meridian) - Guinea's military rulers on Sunday gave France's ambassador 72 hours to "
                'leave the country, accusing him of "repeated interference" in its internal affairs.',
                "d",
            ),
            Probe(
                "In the same statement, read on state television by a spokesman in uniform, the junta said it was "
                "ending a 1991 defence agreement with France and asked the 600 French troops at Camp Tombo to leave "
                "within a month.",
                "md",
            ),
            Probe(
                'The French foreign ministry said it "took note" of the decision and that the ambassador would return'
                " to Paris for consultations.",
                "d",
            ),
            Probe(
                "The base has housed French troops since independence and was used to train the armies of the region "
                "and, until last year, for counter-terrorism flights over the Sahel.",
                "m",
            ),
            Probe(
                "Crowds waving Russian flags gathered outside the French embassy on Sunday afternoon, some carrying "
                "portraits of the junta's leader, Colonel Bangoura.",
                "d",
            ),
            Probe(
                "Since August about 300 Russian-speaking contractors have been seen at the airport and at the "
                "presidential palace, diplomats said. Western officials describe them as mercenaries of the Africa "
                "Corps, a force run by Russia's defence ministry.",
                "md",
            ),
            Probe(
                "The junta says the men are instructors, invited under a cooperation deal with Moscow to train its "
                "special forces.",
                "md",
            ),
            Probe(
                "Russia's deputy defence minister visited Conakry twice in September.",
                "md",
            ),
            Probe(
                "The United States, which froze most of its 90 million dollars of yearly aid after the coup under a "
                'law that bars assistance to governments that took power by force, said it was "deeply concerned" by '
                "the expulsion.",
                "d",
                "t",
            ),
            Probe(
                "Under that law aid can resume only once an elected government takes office, the State Department "
                "said, though food aid and health programmes are exempt.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Why the coup belt keeps widening: juntas, mercenaries and the limits of sanctions",
        [
            Probe(
                "Since 2020 soldiers have seized power in seven African countries, from Mali to Gabon, and in most of"
                " them the men in uniform are still in charge. The pattern has a name in policy circles: the coup "
                "belt.",
                "m",
            ),
            Probe(
                "The regional bodies that were meant to stop it have struggled. The African Union and West Africa's "
                "bloc suspended each new junta in turn, but suspension loses its sting when the suspended states "
                "simply walk out, as Mali, Burkina Faso and Niger did when they formed a confederation of their own.",
                "d",
            ),
            Probe(
                "Sanctions have fared little better. Closing borders and freezing central bank accounts hurt traders "
                "and households more than officers, and in Niger's case they cut off imports of electricity from "
                "Nigeria that lit most of the capital.",
                "td",
            ),
            Probe(
                "The military option, long brandished, has never been used against a junta in the Sahel. A standby "
                "force exists on paper; no member state has offered the money or the troops to make it real.",
                "md",
            ),
            Probe(
                "Into the gap have stepped new partners. Russian paramilitary contractors now guard juntas in three "
                "capitals, paid in part with mining concessions, and Turkish drones have tipped the balance against "
                "insurgents in Mali and Burkina Faso.",
                "md",
                "t",
            ),
            Probe(
                "Western governments have been slow to decide whether to engage or to isolate. Washington cut aid to "
                "Niger and gave up its drone base at Agadez; Paris pulled its troops out of Mali, Burkina Faso and "
                "Niger in turn.",
                "md",
            ),
            Probe(
                "Democracy promotion has taken a hit as well. Election observation missions, once routine, are "
                "refused by juntas that have postponed votes again and again, and the transition timetables agreed "
                "with mediators have mostly slipped.",
                "d",
            ),
            Probe(
                "None of this means the coups will stay popular. In Bamako and Ouagadougou, surveys suggest the "
                "soldiers keep their support while they promise security, and lose it when the attacks by jihadist "
                "groups do not stop.",
                "m",
            ),
            Probe(
                "What would help is less glamorous: paying soldiers on time, ending the impunity of officers who fire"
                " on protesters, and aid tied to services rather than to the calendar of an election.",
                "m",
                "dt",
            ),
            Probe(
                "Aminata Sylla is a senior fellow in the Halden Institute's Africa programme. Her book on "
                "civil-military relations in the Sahel appears next spring.",
                "",
                "m",
            ),
        ],
    ),
    (
        "EU observers say Malawi's count lacked transparency",
        [
            Probe(
                "LILONGWE, Sept 19 (Meridian) - European Union observers said on Thursday that Malawi's presidential "
                'election had been peaceful and well run on polling day but that the count "lacked transparency" at '
                "district tally centres, in a preliminary statement two days after the vote.",
                "d",
            ),
            Probe(
                "The mission's chief observer, Ilse Marquardt, a German member of the European Parliament, told a "
                "news conference that her teams had been denied access to tally centres in nine of the 28 districts.",
                "d",
            ),
            Probe(
                '"Voters did their part. It is now for the electoral commission to publish results polling station by'
                ' polling station, so that every party can check them," she said.',
                "d",
            ),
            Probe(
                "The mission deployed 112 observers across the country and will publish a final report with "
                "recommendations within three months.",
                "d",
            ),
            Probe(
                "The African Union and the Southern African Development Community, which sent missions of their own, "
                'were milder, praising the "calm and orderly" conduct of the vote.',
                "d",
            ),
            Probe(
                "The electoral commission has so far published results from 19 districts, which give President Harold"
                " Mbewe 51.2 percent against 44.7 percent for the opposition leader, Grace Chirwa.",
                "",
            ),
            Probe(
                "Chirwa's party says its own tally from party agents puts her ahead and has told supporters to \"guard"
                " the vote\". Police fired tear gas at a crowd outside the commission's offices on Wednesday night.",
                "",
            ),
            Probe(
                "Western embassies in Lilongwe issued a joint statement urging all sides to wait for official results"
                " and to settle disputes in the courts.",
                "d",
            ),
            Probe(
                "Donors fund about 40 percent of Malawi's development budget, and the International Monetary Fund is "
                "due to review its loan programme in November.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Two presidents sworn in as capitals split over Madagascar's disputed count",
        [
            Probe(
                "ANTANANARIVO, Jan 20 (Meridian) - Madagascar had two presidents on Monday after the opposition "
                "leader Rivo Andrianasolo took an oath before supporters in a stadium, hours after the incumbent, "
                "Hery Rakotomalala, was sworn in at the constitutional court.",
                "",
                "d",
            ),
            Probe(
                "The court confirmed last week that Rakotomalala had won 50.4 percent in the runoff, a result the "
                "opposition says the electoral commission reversed after its own figures showed Andrianasolo ahead.",
                "",
            ),
            Probe(
                "France, the European Union and South Africa congratulated Rakotomalala on his inauguration, while "
                'the United States said it "took note" of the court\'s ruling and urged dialogue.',
                "d",
            ),
            Probe(
                "Russia and China sent their ambassadors to the ceremony.",
                "d",
            ),
            Probe(
                'Andrianasolo\'s camp said it had received messages of support from "several friendly capitals", '
                "without naming them, and that a delegation would travel to Washington and Brussels this week to "
                "present evidence of fraud.",
                "d",
            ),
            Probe(
                "The Southern African Development Community, which has mediated in Madagascar's crises before, called"
                " for talks and said it would send a panel of former heads of state led by a former president of "
                "Mozambique.",
                "d",
            ),
            Probe(
                "The United States on Friday imposed visa restrictions on the chairman of the electoral commission "
                'and four of its members, accusing them of "undermining democracy" by altering results.',
                "d",
            ),
            Probe(
                "The Treasury also froze any assets the five hold in the United States and barred Americans from "
                "dealing with them.",
                "t",
                "d",
            ),
            Probe(
                'The army chief of staff said on state radio that the armed forces would "remain neutral" and stay in'
                " their barracks.",
                "m",
            ),
            Probe(
                "Vanilla exporters said shipments from the port of Toamasina were running normally. Madagascar grows "
                "most of the world's vanilla.",
                "t",
            ),
            Probe(
                "At the United Nations, Madagascar's seat will stay with the government that holds the capital, "
                "diplomats said, as the credentials committee rarely acts before the General Assembly meets in "
                "September.",
                "d",
            ),
        ],
    ),
    (
        "Guinea's junta and mediators agree two-year transition timetable",
        [
            Probe(
                "CONAKRY, March 5 (Meridian) - Guinea's junta and mediators from the regional bloc agreed on "
                "Wednesday a 24-month timetable to return the country to civilian rule, with a constitutional "
                "referendum next year and presidential and legislative elections in 2028.",
                "d",
            ),
            Probe(
                "The deal, reached after four days of talks at a hotel by the sea, was signed by the junta's prime "
                "minister and the bloc's mediator, Lionel Agbodjan, a former president of Benin.",
                "d",
            ),
            Probe(
                '"It is not the timetable we wanted, but it is a timetable," Agbodjan told reporters. The bloc had '
                "pressed for 18 months.",
                "d",
            ),
            Probe(
                "In return, the bloc will lift the closure of borders and the freeze on financial transactions in "
                "stages, starting with flights and trade in goods next month.",
                "td",
            ),
            Probe(
                "Guinea will remain suspended from the bloc's bodies until an elected president takes office.",
                "d",
            ),
            Probe(
                "The charter does not bar Colonel Bangoura, who has not said whether he will stand, from running, a "
                "point of contention in the talks.",
                "d",
            ),
            Probe(
                "Opposition parties, which were not at the table, said the timetable rewarded the coup.",
                "",
                "d",
            ),
            Probe(
                "The African Union said it welcomed the deal and would review Guinea's suspension once a date for the"
                " referendum is set.",
                "d",
            ),
            Probe(
                "Fuel traders in Conakry expect prices to fall once lorries from Ivory Coast and Senegal can cross "
                "again.",
                "t",
            ),
        ],
    ),
    (
        "Boardroom coup at Harwood Foods as shareholders oust founder",
        [
            Probe(
                "MINNEAPOLIS, May 8 (Meridian) - Shareholders of Harwood Foods ousted the company's founder and "
                "chairman, Dale Harwood, at a stormy annual meeting on Thursday, in what one investor called a "
                "boardroom coup two years in the making.",
                "",
            ),
            Probe(
                "A group of funds holding 38 percent of the shares voted with three rebel directors to replace him "
                "with the former finance chief, Maria Estevez.",
                "",
            ),
            Probe(
                "The revolt followed three years of falling profits and a failed bid for a rival snack maker that "
                "cost the company 140 million dollars in fees.",
                "",
            ),
            Probe(
                '"This was not a coup, it was governance working," Estevez told analysts on a call.',
                "",
            ),
            Probe(
                "Harwood, 71, who built the company from a single bakery, said he would fight the vote in court and "
                'accused the funds of "seizing the company by ambush".',
                "",
            ),
            Probe(
                "Shares rose 11 percent to a two-year high.",
                "",
            ),
            Probe(
                "The new board will review the company's plants in Iowa and Ohio and has hired advisers to look at "
                "selling its frozen pizza brand.",
                "",
            ),
            Probe(
                "The meeting also approved a dividend of 42 cents a share.",
                "",
            ),
        ],
    ),
    (
        "Party-room coup topples opposition leader six weeks before state election",
        [
            Probe(
                "SYDNEY, Feb 11 (Meridian) - The leader of the opposition in New South Wales was toppled in a "
                "party-room coup on Tuesday, six weeks before a state election, after a rebel group of backbenchers "
                "won a vote of no confidence by 24 votes to 19.",
                "",
            ),
            Probe(
                'Her successor, the former shadow treasurer Mark Delaney, promised to "unite the team" and to '
                "campaign on the cost of living, housing and hospital waiting lists.",
                "",
            ),
            Probe(
                'The ousted leader, Kerry Ashdown, said the plotters had "stabbed the party in the back" and that she'
                " would stay in parliament.",
                "",
            ),
            Probe(
                "A poll published on Sunday put the governing party ahead by 53 to 47 percent on a two-party basis, "
                "with the premier's approval rating at 48 percent.",
                "",
            ),
            Probe(
                "The election on March 22 will decide all 93 seats of the lower house and half of the upper house.",
                "",
            ),
            Probe(
                "Early voting opens on March 10, and the electoral commission expects a record number of postal votes.",
                "",
            ),
            Probe(
                "Delaney said his first act as premier would be to scrap a toll on the western motorway and to fund "
                "2,000 more nurses.",
                "",
            ),
            Probe(
                'The premier said the coup showed that the opposition was "too busy fighting itself to run the state".',
                "",
            ),
            Probe(
                'Political analysts said the change of leader was unlikely to shift many votes. "Voters punish '
                'disunity more than they reward new faces," said Fiona Carr, a lecturer in politics at the University'
                " of Newcastle.",
                "",
            ),
        ],
    ),
    (
        "Charity's winter campaign aims to put 10,000 children in warm coats",
        [
            Probe(
                "MANCHESTER, Nov 20 (Meridian) - A children's charity launched its winter campaign on Monday, aiming "
                "to hand out 10,000 warm coats to families in the north of England before Christmas.",
                "",
            ),
            Probe(
                "The campaign, now in its ninth year, is run by the Brightside Trust from a warehouse in Salford, "
                "where some 200 volunteers sort donated coats by size.",
                "",
            ),
            Probe(
                '"Every year we think we have reached everyone, and every year the queue is longer," said the trust\'s'
                " director, Helen Parry.",
                "",
            ),
            Probe(
                "The charity says one in five families it works with has had to choose between heating and eating "
                "this autumn.",
                "",
            ),
            Probe(
                "Supermarkets and a bus company have joined the campaign, with collection points at 140 stores and "
                "free travel for volunteers.",
                "",
            ),
            Probe(
                "The campaign's target, set in September, was raised from 8,000 after a flood of requests from "
                "schools.",
                "",
            ),
            Probe(
                "Donations of money can be made online; a coat costs the charity about 12 pounds to clean and deliver.",
                "",
            ),
            Probe(
                "Last year's campaign reached 8,600 children in 31 towns.",
                "",
            ),
        ],
    ),
]
