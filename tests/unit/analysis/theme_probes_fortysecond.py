"""A forty-second batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: English-language outlets of Central and Eastern Europe
and the Caucasus and the defence-industry trade press. A war told through its events (drones on a refinery, shelling
of a border town, air-raid alerts, a prisoner exchange, a local counteroffensive), shells bought and a joint venture
to fill them, an aid package, a shell plant and a loitering munition sold at a defence fair, farmers blocking a border
crossing over grain and the transit of it, a sanctions package vetoed over gas transit, an accession process halted,
leaders meeting on the sidelines of a summit, a neighbour's border shut over smuggling balloons; and look-alikes (a
weather "front", a "battle" over a city budget, a "drone show", teachers on "strike", a coach's "diplomatic" skills).

Boundaries judged here: shells or launchers a state buys from a firm abroad are military with trade optional, while a
joint venture between firms of two states (an investment) and arms sold for export are trade and military. Aid
packages of weapons for Ukraine are military, diplomacy optional. Claims of foreign interference in an election at
home take diplomacy as optional. Cigarettes smuggled across a border are crime (trade optional). A state shutting its
border crossings with a neighbour over a "hybrid attack" is diplomacy, with trade optional until the trucks stranded
by it are told.
Blind, main's rules got 28 of these 86 paragraphs wrong (trade missed 10 times, diplomacy twice, military 3; diplomacy
given 9 times, military 6, trade once). Two were label slips, relabelled: the contents of an EU sanctions package may
take diplomacy, as the British sanctions of an earlier batch may. After this batch's mends, 19 (see KNOWN_MISSES in
test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYSECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Ukrainian drones hit oil refinery in Russia's Volgograd Oblast, 3 killed in Russian attack on Sumy Oblast",
        [
            Probe(
                "Ukrainian long-range drones struck an oil refinery in Russia's Volgograd Oblast overnight on Oct. 14, "
                "sparking a large fire, the General Staff of Ukraine's Armed Forces reported.",
                "m",
            ),
            Probe(
                "The refinery, one of the largest in southern Russia, processes about 15 million tons of crude a year "
                "and supplies fuel to Russian troops fighting in Ukraine's south, the General Staff said.",
                "m",
                "t",
            ),
            Probe(
                "Regional governor Gennady Sviridov claimed that air defense had downed 27 drones over the region and "
                "that falling debris had caused the fire. Russia's Defense Ministry said it intercepted 93 Ukrainian "
                "drones overnight over 11 regions.",
                "m",
            ),
            Probe(
                "Russian forces shelled the border town of Krasnopillia in Sumy Oblast on the morning of Oct. 14, "
                "killing three civilians and injuring five, the regional military administration said.",
                "m",
            ),
            Probe(
                "Among the injured is a 12-year-old boy, who was hospitalized in moderate condition. The attack "
                "damaged a school, a post office and 14 private houses.",
                "m",
            ),
            Probe(
                "Air-raid alerts sounded across most of Ukraine for more than four hours overnight as Russia launched "
                "112 Shahed-type attack drones and two Iskander-M ballistic missiles, Ukraine's Air Force said.",
                "m",
            ),
            Probe(
                "In Kyiv, debris from a downed drone set fire to the roof of a nine-story residential building in the "
                "Solomianskyi district, the city military administration reported. No casualties were reported.",
                "m",
            ),
            Probe(
                "Meanwhile, Ukraine and Russia carried out a prisoner exchange on Oct. 13, bringing home 84 Ukrainian "
                "soldiers, border guards and National Guard members, the president's office announced.",
                "m",
                "d",
            ),
            Probe(
                "The exchange, the 59th since the start of the full-scale invasion, was mediated by the United Arab "
                "Emirates, according to the Coordination Headquarters for the Treatment of Prisoners of War.",
                "dm",
            ),
            Probe(
                "Ukrainian forces have also pushed Russian troops back from several villages near Kupiansk in Kharkiv "
                "Oblast as part of a local counteroffensive, the military's task force said. The claim could not be "
                "independently verified.",
                "m",
            ),
            Probe(
                "Russia has been trying to encircle the town since the summer, according to the Institute for the "
                "Study of War, a U.S.-based think tank.",
                "m",
            ),
        ],
    ),
    (
        "Polish farmers block border crossing with Ukraine in protest at grain imports",
        [
            Probe(
                "Polish farmers have blocked the Dorohusk border crossing with Ukraine, allowing only one lorry an "
                "hour to pass, in protest at what they say is a flood of cheap Ukrainian grain, sugar and poultry "
                "entering the EU.",
                "t",
            ),
            Probe(
                "By Tuesday morning, a queue of some 1,800 trucks stretched 30 km back into Ukraine, with drivers "
                "reporting waits of up to nine days, according to Ukraine's State Border Guard Service.",
                "t",
            ),
            Probe(
                '"We are not against Ukraine. We are against a situation in which our grain rots in silos while '
                'theirs, produced without EU standards, comes in duty free," said Tomasz Wierzbicki, a farmer from '
                "Lublin province who helped organise the protest.",
                "t",
            ),
            Probe(
                "Ukraine's ambassador to Poland, Vasyl Hrytsenko, said the blockade was hurting Ukraine's economy at a "
                "time of war and called on Warsaw to remove the protesters. He said Kyiv had asked the European "
                "Commission to intervene.",
                "dt",
            ),
            Probe(
                "Poland, along with Hungary and Slovakia, has maintained a unilateral ban on imports of Ukrainian "
                "grain since 2023, despite the European Commission declining to extend an EU-wide embargo.",
                "t",
                "d",
            ),
            Probe(
                "Agriculture minister Czesław Nowacki said the government was in talks with Kyiv on a licensing system "
                "that would allow Ukrainian grain to transit through Poland to Baltic ports but not be sold on the "
                "Polish market.",
                "td",
            ),
            Probe(
                "Transit through Poland has become a key route for Ukrainian exports since Russia's attacks on ports "
                "on the Black Sea, although Kyiv has managed to reopen its own sea corridor along the coast.",
                "t",
                "m",
            ),
            Probe(
                "The protest has also been joined by some Polish hauliers, who complain that Ukrainian trucking "
                "companies have undercut them since the EU waived the need for permits for Ukrainian carriers.",
                "t",
            ),
            Probe(
                "Meanwhile, in Warsaw, the city council's battle over next year's budget continued into a third week, "
                "with councillors from the opposition rejecting plans to raise public transport fares.",
                "",
            ),
            Probe(
                "The mayor's office said that without the fare rise, the city would have to cut spending on tram lines "
                "and schools.",
                "",
            ),
        ],
    ),
    (
        "Estonia signs deal for 155mm shells, plans ammunition plant with German partner",
        [
            Probe(
                "The Estonian Centre for Defence Investment (ECDI) has signed a contract worth €190 million with a "
                "Nordic manufacturer for 155-millimetre artillery shells, the Ministry of Defence said on Wednesday.",
                "m",
                "t",
            ),
            Probe(
                "The first deliveries are due in the spring, and the contract includes an option for a further 40,000 "
                "rounds, ECDI director Magnus Kask told ERR News.",
                "m",
                "t",
            ),
            Probe(
                "Defence Minister Kalle Raudsepp said the purchase would roughly double the stocks of the Defence "
                "Forces, which have sent a large part of their artillery ammunition to Ukraine since 2022.",
                "m",
                "d",
            ),
            Probe(
                "Separately, the government approved plans for a joint venture between state-owned Kaitsevara and "
                "Germany's Hallberg Defence to build a shell-filling plant in the Ida-Viru county town of Kiviõli, "
                "near the Russian border.",
                "mt",
            ),
            Probe(
                "The plant, which is expected to cost €120 million, would produce up to 50,000 shells a year from 2027 "
                "and employ about 300 people, in a region hit hard by the closure of oil shale mines.",
                "m",
                "t",
            ),
            Probe(
                "Raudsepp said the German partner would hold 49 percent and the Estonian state 51 percent, and that "
                "part of the output was expected to be exported to other NATO allies.",
                "mt",
                "d",
            ),
            Probe(
                "The decision has been criticised by residents of Kiviõli, some of whom fear the plant would become a "
                'target in the event of a war. "Nobody asked us," said local council member Irina Sokolova.',
                "m",
            ),
            Probe(
                "Estonia has pledged to give Ukraine 0.25 percent of its gross domestic product in military aid each "
                "year until 2028, and the government on Tuesday approved its 29th aid package, containing anti-tank "
                "weapons, ammunition and equipment for the winter.",
                "m",
                "d",
            ),
            Probe("The content of the package was not disclosed in full for security reasons.", "m"),
            Probe(
                "In other news, the Estonian Weather Service warned that a cold front moving in from Scandinavia would "
                "bring heavy snow and winds of up to 25 metres per second to the islands on Thursday.",
                "",
            ),
        ],
    ),
    (
        "EU ambassador: Georgia's accession process 'de facto halted'",
        [
            Probe(
                "The EU Ambassador to Georgia, Paolo Ricci, said on Thursday that Georgia's EU accession process was "
                '"de facto halted" following the adoption of the foreign agents law, and that €30 million in EU '
                "funding for the Georgian Defense Ministry had been frozen.",
                "dm",
            ),
            Probe(
                "Speaking at a press conference in Tbilisi, Ricci said the decision had been taken by the EU's 27 "
                'member states at the European Council summit in June and that it could be reversed "if the '
                'government changes course."',
                "d",
            ),
            Probe(
                'The ruling Georgian Dream party has accused the EU of "blackmail" and of trying to drag Georgia into '
                'the war in Ukraine by opening a "second front", a claim Brussels has rejected.',
                "d",
                "m",
            ),
            Probe(
                "Parliament Speaker Levan Kipiani said the party would not \"trade Georgia's sovereignty for candidate "
                'status" and that the law was needed to make the funding of NGOs transparent.',
                "d",
            ),
            Probe(
                "The Central Election Commission said on Wednesday that it had registered 18 parties for the October "
                "parliamentary elections, and that voting would be held at 3,111 polling stations, including 67 "
                "abroad.",
                "",
            ),
            Probe(
                "Opposition parties and watchdogs have warned of Russian interference in the campaign. The State "
                "Security Service, for its part, claimed that foreign-funded groups were preparing to stage unrest "
                "after the vote.",
                "",
                "d",
            ),
            Probe(
                "Meanwhile, Prime Minister Irakli Dvali met Azerbaijan's president on the sidelines of the European "
                "Political Community summit in Tirana on Friday, where the two discussed the Middle Corridor transit "
                "route and energy projects, the government's press office said.",
                "dt",
            ),
            Probe(
                "The two also discussed the Black Sea submarine electricity cable, which is to carry power from "
                "Azerbaijan to Romania through Georgia's territorial waters, with funding from the EU.",
                "t",
                "d",
            ),
            Probe(
                "Georgia's national football team head coach, Didier Maurel, was praised by the country's football "
                'federation for his "diplomatic skills" in handling a row between two senior players ahead of the '
                "Nations League matches against Armenia and Albania.",
                "",
            ),
            Probe("Ten days later, the team beat Armenia 2-1 in Yerevan.", ""),
        ],
    ),
    (
        "Norvik and Carpat Arms agree 155mm shell joint venture as Eastern Europe races to expand output",
        [
            Probe(
                "Norway's Norvik Defence and Romania's state-owned Carpat Arms have signed an agreement to set up a "
                "joint venture that will produce 155mm artillery shells and propellant charges at a plant in Făgăraș, "
                "the companies announced on 3 June at the Black Sea Defense & Aerospace exhibition in Bucharest.",
                "mt",
            ),
            Probe(
                "Under the terms of the deal, Norvik will hold a 51% stake and supply production technology, while "
                "Carpat Arms will contribute land, existing buildings and a workforce of around 400. The partners "
                "expect to invest €300 million over five years.",
                "t",
                "m",
            ),
            Probe(
                "Initial annual capacity is set at 100,000 shells, rising to 180,000 by 2029. Output will go to the "
                "Romanian Land Forces first, with the remainder available for export to NATO and EU customers and to "
                "Ukraine, subject to approval by the Romanian government.",
                "mt",
            ),
            Probe(
                '"Europe cannot fight a high-intensity war with the stockpiles it has today," Norvik chief executive '
                "Sigrid Haugland told reporters at the company's stand. \"Demand from our customers is not slowing "
                'down."',
                "m",
                "t",
            ),
            Probe(
                "The agreement follows a €1.2 billion contract awarded last year to Carpat Arms's partner, Germany's "
                "Hallberg Defence, for 54 self-propelled howitzers, which are to be assembled partly in Romania.",
                "m",
                "t",
            ),
            Probe(
                "Elsewhere at the show, Polish company Sokol Aero said it had won an order from the Latvian Armed "
                "Forces for an undisclosed number of its Wrona loitering munitions, its first export sale in the "
                "Baltics.",
                "mt",
            ),
            Probe(
                "The company has delivered more than 1,000 of the munitions to Ukraine, where they have been used "
                "against Russian artillery and air defence systems, according to the manufacturer.",
                "m",
                "t",
            ),
            Probe(
                "Meanwhile, the organisers said the show's closing night would feature a drone show over the Palace of "
                "the Parliament, with 500 drones forming the logos of exhibitors.",
                "",
            ),
            Probe(
                "Romania plans to raise defence spending to 2.5% of GDP next year, with the bulk of new funding going "
                "to air defence, ammunition and armoured vehicles, according to the draft budget.",
                "m",
            ),
        ],
    ),
    (
        "Hungary blocks EU's 20th sanctions package over gas transit",
        [
            Probe(
                "Hungary on Wednesday blocked the adoption of the EU's 20th package of sanctions against Russia, "
                "demanding guarantees that the bloc would not restrict the transit of Russian gas through the "
                "TurkStream pipeline, diplomats in Brussels said.",
                "td",
            ),
            Probe(
                "The package would add 118 vessels of Russia's so-called shadow fleet to the EU's blacklist, lower the "
                "price cap on Russian crude oil and ban transactions with three banks in Kazakhstan and Kyrgyzstan "
                "accused of helping Moscow evade sanctions.",
                "t",
                "d",
            ),
            Probe(
                "It also includes export restrictions on machine tools and chemicals that the European Commission "
                "says are used in the production of drones and missiles for Russia's war against Ukraine.",
                "t",
                "md",
            ),
            Probe(
                "Slovakia, which has also threatened to veto the package, is demanding compensation for the end of gas "
                "transit through Ukraine, which stopped on 1 January after Kyiv refused to extend its contract with "
                "Russia's Gazprom.",
                "td",
            ),
            Probe(
                "Slovak Prime Minister Juraj Hlinka said Bratislava could halt emergency electricity exports to "
                "Ukraine if the issue was not resolved.",
                "td",
            ),
            Probe(
                "Ukraine's Foreign Ministry dismissed the threat, saying Slovakia's own companies had earned hundreds "
                'of millions of euros from transit fees for years and that Ukraine would not "finance the Russian war '
                'machine" with its pipelines.',
                "dt",
                "m",
            ),
            Probe(
                "EU ambassadors are to meet again on Friday in an attempt to overcome the deadlock before a summit of "
                "EU leaders next week. Sanctions require the unanimous approval of all 27 member states.",
                "dt",
            ),
            Probe(
                'Lithuanian Foreign Minister Rokas Valiūnas said in Vilnius that it was "unacceptable" for one or two '
                "capitals to hold the whole Union hostage.",
                "d",
                "t",
            ),
            Probe(
                "Separately, Lithuania's teachers' union said it would go ahead with a strike on Monday after talks "
                "with the Education Ministry on pay broke down. Around 10,000 teachers are expected to take part.",
                "",
            ),
        ],
    ),
    (
        "Lithuania shuts Belarus border crossings over smuggling balloons; trucks stranded",
        [
            Probe(
                "Lithuania has closed its two remaining border crossings with Belarus for a month after dozens of "
                "balloons carrying contraband cigarettes flew into its airspace, forcing Vilnius Airport to shut "
                "several times this week, the government said on Tuesday.",
                "d",
                "t",
            ),
            Probe(
                'Prime Minister Vytautas Kairys called the balloons "a hybrid attack" by the regime in Minsk and said '
                "the decision had been coordinated with Poland and Latvia.",
                "d",
                "m",
            ),
            Probe(
                "Some 1,200 Lithuanian trucks were left stranded in Belarus after the closure, according to the "
                "national road carriers' association. Belarusian border guards have barred them from leaving through "
                "other routes, the association said.",
                "t",
                "d",
            ),
            Probe(
                "The association said the losses to carriers exceeded €10 million and that many drivers were running "
                "out of food and fuel.",
                "t",
            ),
            Probe(
                'Belarus\' Foreign Ministry said the closure was "a provocation" and a violation of international '
                "transport agreements, and demanded that Vilnius compensate Belarusian hauliers.",
                "d",
                "t",
            ),
            Probe(
                "Lithuania also closed its airspace along the border to civilian flights, and the army has been "
                "authorised to shoot down balloons, the Defence Ministry said.",
                "m",
            ),
            Probe(
                "Lithuanian officials say the balloons are launched by smuggling gangs, but that Minsk tolerates them "
                "to put pressure on the EU, which has imposed sanctions on Belarus for its role in Russia's war "
                "against Ukraine.",
                "dt",
                "m",
            ),
            Probe(
                "The Kaunas Municipal Council, meanwhile, has approved plans for a new drone-free zone over the city's "
                "old town during the summer festival season, after residents complained about noise from private "
                "drones.",
                "",
            ),
        ],
    ),
    (
        "Polish president meets Ukrainian counterpart on sidelines of Three Seas summit, agrees on exhumations",
        [
            Probe(
                "President Adam Zieliński met his Ukrainian counterpart on the sidelines of the Three Seas Initiative "
                "summit in Warsaw on Monday, where the two leaders agreed to allow further exhumations of Polish "
                "victims of the 1943 Volhynia massacre, the presidential palace said.",
                "d",
            ),
            Probe(
                "The issue has long strained relations between Warsaw and Kyiv, and Polish officials had warned it "
                "could affect Ukraine's EU accession talks.",
                "d",
            ),
            Probe(
                "The two leaders also discussed security guarantees for Ukraine and the possible deployment of "
                "European troops as part of a future ceasefire, although Zieliński repeated that Poland would not "
                "send soldiers to Ukraine.",
                "md",
            ),
            Probe(
                "The Three Seas Initiative brings together 13 EU states between the Baltic, Adriatic and Black seas to "
                "develop energy, transport and digital links along a north-south axis.",
                "d",
                "t",
            ),
            Probe(
                "At the summit, leaders pledged to speed up work on the Via Carpathia road and Rail Baltica, and the "
                "United States announced $1 billion in financing for energy projects in the region through its "
                "development finance agency.",
                "dt",
            ),
            Probe(
                "The Ukrainian president's office said the two sides had also agreed to set up a joint working group "
                "on the transit of Ukrainian agricultural products to the Polish port of Gdańsk.",
                "td",
            ),
            Probe(
                "Meanwhile, air-raid alerts were declared in Lviv and several western regions of Ukraine during the "
                "summit, after Russia launched missiles from strategic bombers over the Caspian Sea. Poland scrambled "
                "fighter jets to secure its airspace, the Operational Command said.",
                "m",
            ),
            Probe("No violations of Polish airspace were recorded, the command said.", "m"),
            Probe(
                'Russia\'s Foreign Ministry spokeswoman dismissed the summit as "an anti-Russian gathering" and '
                'accused Warsaw of "militarising" the region.',
                "d",
                "m",
            ),
        ],
    ),
    (
        "Riga's budget battle, a teachers' strike and the first frosts: Latvia today",
        [
            Probe(
                "A weather front moving in from the Baltic Sea will bring heavy rain and gusts of up to 20 metres per "
                "second to Kurzeme on Wednesday, the State Environmental Service warned.",
                "",
            ),
            Probe(
                "Temperatures will drop sharply behind the front, with the first night frosts of the season expected "
                "in eastern Latgale.",
                "",
            ),
            Probe(
                "Riga City Council's battle over the 2026 budget entered its final round on Tuesday, with the "
                "coalition and opposition trading accusations over cuts to school renovations.",
                "",
            ),
            Probe(
                'Mayor Edgars Liepa said the city had "no more ammunition" to fight rising heating costs without help '
                "from the state.",
                "",
            ),
            Probe(
                "Around 4,000 teachers in Latvia went on strike on Monday demanding higher pay, the education workers' "
                "trade union said. It was the first strike of its kind since 2023.",
                "",
            ),
            Probe(
                "Education Minister Dace Kalniņa said the government had offered a 5% rise from January and accused "
                'the union of "holding children hostage".',
                "",
            ),
            Probe(
                "Valmiera's drone show, which drew some 15,000 people to the town's riverside on Saturday night, will "
                "be repeated next year, organisers said.",
                "",
            ),
            Probe(
                "Latvia's national basketball team head coach, Marko Jurić, was praised for his diplomatic skills in "
                "persuading two NBA players to join the squad for the qualifiers against Serbia and Estonia.",
                "",
            ),
            Probe(
                "In Daugavpils, police detained three men suspected of smuggling cigarettes from Belarus in a vehicle "
                "with a hidden compartment. The State Revenue Service said more than 20,000 packs had been seized.",
                "",
                "t",
            ),
            Probe(
                "Also on Monday, the Defence Ministry said the first of six HIMARS launchers ordered from the United "
                "States had arrived in Latvia and would be handed over to the National Armed Forces' artillery "
                "battalion next month.",
                "m",
                "t",
            ),
        ],
    ),
]
