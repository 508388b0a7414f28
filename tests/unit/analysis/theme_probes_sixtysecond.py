"""A sixty-second batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: espionage, intelligence and influence operations in world
affairs, as agency copy, security desks and web analysis tell them. Diplomats expelled as spies and the reply in kind,
a prisoner swap on an airport's tarmac, a surveillance balloon shot down by fighter jets, a pact between two allies to
share military intelligence, a port's hack tied to a foreign military intelligence unit, a foreign-agent law and the
protests of the capitals it targets, sanctions over election interference, a defecting diplomat's asylum and an
analysis of embassies' rooftop listening posts; with the same pages' look-alikes: "corporate espionage" between two
brewers of one state (no theme) and between a Danish and a Chinese turbine maker over sales in Europe (trade), a
police surveillance scandal at home, a review of a spy series and a start-up's "intelligence" software sold at home.

Boundaries judged here: diplomats expelled, a reply in kind, a summons, a swap of prisoners between states and asylum
for another state's officer are diplomacy, the spying where it aims at defence ministries, arms plants or military
data military too, and an intelligence officer's cover or service optional military; a balloon shot down by jets is
military, the protest of the state blamed diplomacy; a pact to share military intelligence is military and diplomacy;
hackers of a foreign military unit blamed by a state are military and diplomacy, the port's own repairs none; a
foreign-agent law is diplomacy where other states protest it, the vote, the marches and the groups it covers at home
none (diplomacy optional); sanctions over interference are trade where assets are frozen and diplomacy, visa bans
diplomacy, the campaign's own affairs none; embassies used to spy on the host are diplomacy; rivals' espionage is
trade only where a market abroad is at stake; a police scandal, a spy drama and retail "intelligence" get no theme.
Blind, main's rules got 17 of these 103 paragraphs wrong. Two were label slips, relabelled: a state's reply to a
military pact takes military as optional beside its diplomacy, as the fifty-sixth batch labels a state's protest at a
balloon, and an analyst on what a pact between two states will do takes diplomacy as optional. 15 are left: military
given to a swap's escort, a national security adviser's thanks, a critic's "hostage-taking" and allies that expelled
diplomats; diplomacy missed for a minister's "espionage by a state" and a secretary of state's warning to "any foreign
actor"; military missed for the origin of a balloon that others blamed on a state; trade given to visas and a reward
and to OPEC's offices in a city; trade missed three times for a foreign rival's turbines offered to buyers in Europe;
diplomacy given twice and military once to the plot of a spy series. Mended: buyers in a region of several states are
a market abroad ("buyers in Europe", see themes/markets.py), and what a series or a subplot tells is no news, past a
title in quotation marks and with the relative clause that goes on telling its person (see themes/depictions.py): 12
left (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYSECOND_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Czech Republic expels three Russian diplomats as spies; Moscow replies in kind",
        [
            Probe(
                "PRAGUE, March 3 (Veritwire) - The Czech Republic on Tuesday ordered three Russian diplomats to leave "
                "the country within 72 hours, saying they were intelligence officers working under diplomatic cover.",
                "d",
                "m",
            ),
            Probe(
                "The foreign ministry said the three, a counsellor and two attaches at the embassy in Prague, had "
                "tried to recruit sources in the defence ministry and at an ammunition plant in Moravia that supplies "
                "shells to Ukraine.",
                "dm",
            ),
            Probe(
                'Russia\'s embassy called the expulsions "a provocation" and said Moscow would respond "in a mirror '
                'manner".',
                "d",
            ),
            Probe(
                "Two days later, Moscow ordered three Czech diplomats out, among them the defence attache, and "
                "summoned the Czech charge d'affaires to the foreign ministry.",
                "d",
                "m",
            ),
            Probe(
                "The tit-for-tat leaves the Czech embassy in Moscow with 11 staff, down from more than 60 in 2020, "
                "when Prague expelled 18 Russians it linked to a blast at an arms depot in the east of the country.",
                "d",
                "m",
            ),
            Probe(
                "Interior Minister Pavel Hruby told reporters the counter-intelligence service had watched the three "
                'men for more than a year. "They were not here to do diplomacy," he said.',
                "d",
                "m",
            ),
            Probe(
                "The counter-intelligence service said in its annual report last year that Russia and China remained "
                "the main threats and that Moscow increasingly used recruited locals rather than its own officers.",
                "",
                "dm",
            ),
            Probe(
                "Poland, the Baltic states and other NATO allies have expelled more than 400 Russian diplomats since "
                "2022, according to a count by the Prague-based Institute for Security Studies.",
                "d",
            ),
        ],
    ),
    (
        "Russia frees two Americans and a German in airport swap for convicted agent",
        [
            Probe(
                "ABU DHABI, Aug 9 (Veritwire) - Russia freed two Americans and a German on Friday in exchange for a "
                "Russian intelligence officer serving a life sentence in Germany, in a swap carried out on the tarmac "
                "of Abu Dhabi airport with the help of the United Arab Emirates.",
                "d",
                "m",
            ),
            Probe(
                "Planes from Moscow and Berlin parked side by side before the prisoners walked across, escorted by "
                "Emirati security officers, a person present said.",
                "d",
            ),
            Probe(
                "The Russian, Vadim Kostrov, was convicted in 2021 of shooting dead a Chechen exile in a Berlin park "
                "on the orders of Russia's FSB security service.",
                "d",
                "m",
            ),
            Probe(
                "Among those freed were Daniel Ferris, a former Marine sentenced to 16 years for espionage he denied, "
                'and Lena Hoffmann, a German art student held for "treason" after she gave money to a Ukrainian '
                "charity.",
                "d",
                "m",
            ),
            Probe(
                '"Today\'s release is the fruit of months of quiet diplomacy with our allies," the US national '
                "security adviser, Ruth Adeyemi, told reporters, thanking the Emirati president for his mediation.",
                "d",
            ),
            Probe(
                "Russian state television showed Kostrov being embraced by the president on the tarmac at Vnukovo "
                "airport near Moscow, where a military band played.",
                "",
                "dm",
            ),
            Probe(
                'Critics in Germany said the exchange would reward hostage-taking. "Every swap sets a price on the '
                'head of every German who travels to Russia," said Markus Lehner, an opposition lawmaker.',
                "d",
            ),
            Probe(
                "Ferris's family said he would be flown to a military hospital in Texas for medical checks before "
                "returning home to Michigan.",
                "",
                "dm",
            ),
            Probe(
                "The Emirates have brokered at least a dozen exchanges between Russia and Ukraine since 2022, mostly "
                "of prisoners of war.",
                "dm",
            ),
        ],
    ),
    (
        "Indian jets shoot down surveillance balloon over Andaman Islands",
        [
            Probe(
                "NEW DELHI, Feb 12 (Veritwire) - Indian Air Force fighter jets shot down a high-altitude balloon over "
                "the Andaman and Nicobar Islands on Wednesday, the defence ministry said, calling it a surveillance "
                "craft that had loitered for two days near a naval base at Port Blair.",
                "m",
                "d",
            ),
            Probe(
                "Two Rafale jets fired a missile at the balloon at about 55,000 feet, and debris fell into the sea "
                "about 40 km west of the islands, an air force spokesman said.",
                "m",
            ),
            Probe(
                "Officials did not say who launched the balloon, but two people briefed on the matter said its "
                "payload resembled those of balloons flown over Japan and the United States that both governments "
                "have blamed on China.",
                "m",
                "d",
            ),
            Probe(
                'China\'s foreign ministry said it had "no information" about the balloon and warned New Delhi '
                'against "hyping" the incident at a time when the two sides were working to stabilise ties.',
                "d",
            ),
            Probe(
                "India and China have held 21 rounds of talks between corps commanders since their troops clashed in "
                "the Galwan valley in 2020, and agreed in October on patrols along parts of their disputed border.",
                "dm",
            ),
            Probe(
                "The navy has since ordered extra patrols around the islands, which sit near the Malacca Strait, "
                "through which about a quarter of the world's seaborne trade passes.",
                "m",
                "t",
            ),
            Probe(
                "Fishermen on Havelock Island said they had seen the balloon glinting in the sky for two days. "
                '"We thought it was a star," said one, Ramesh Toppo.',
                "",
                "m",
            ),
            Probe(
                "A retired air marshal, writing on a defence website, said the episode exposed gaps in radar "
                "coverage over the islands, which are home to India's only tri-service command.",
                "m",
            ),
        ],
    ),
    (
        "Japan and Philippines sign pact to share military intelligence",
        [
            Probe(
                "MANILA, Nov 4 (Veritwire) - Japan and the Philippines signed an agreement on Tuesday to share "
                "classified military information, including data on Chinese ship movements in the South China Sea, "
                "the latest step in a fast-growing security partnership.",
                "dm",
            ),
            Probe(
                "The pact, signed by the two defence ministers in Manila, sets rules for how each side protects "
                "secrets it receives from the other, and follows a reciprocal access agreement that lets their troops "
                "train on each other's soil.",
                "dm",
            ),
            Probe(
                '"Information is the first line of defence," Philippine Defence Secretary Gilberto Ramos said at the '
                'signing. "Neither of us can see the whole sea alone."',
                "m",
                "d",
            ),
            Probe(
                "Japan has similar agreements with about ten countries, among them the United States, Britain, "
                "Australia and India, and is in talks with Indonesia.",
                "d",
                "m",
            ),
            Probe(
                'China\'s embassy in Manila said the two countries should not "form small cliques" that harm regional '
                "peace, and accused Tokyo of failing to reflect on its wartime past.",
                "d",
                "m",
            ),
            Probe(
                "Trade between Japan and the Philippines reached 24 billion dollars last year, and Japan is the "
                "largest source of development aid to Manila, which has used some of it to buy coast guard vessels.",
                "t",
                "dm",
            ),
            Probe(
                "Analysts said the pact would matter most in peacetime, letting the two navies build a common "
                'picture of the sea. "Sharing what the radars see is how you turn two coast guards and two navies into '
                'something closer to one network," said Carmen Lagdameo, a fellow at a Manila think tank.',
                "m",
                "d",
            ),
            Probe(
                "The Philippine Senate must still ratify the pact, which critics on the left say ties Manila too "
                "closely to Washington's allies.",
                "d",
            ),
        ],
    ),
    (
        "Netherlands ties Rotterdam port hack to Russian military intelligence unit",
        [
            Probe(
                "THE HAGUE, June 18 (Veritwire) - The Netherlands on Wednesday blamed a hacking group run by a unit of "
                "Russia's GRU military intelligence for a break-in at the computer systems of the port of Rotterdam "
                "last year, and summoned Russia's ambassador.",
                "dm",
            ),
            Probe(
                "The Dutch military intelligence agency said the group, known to researchers as Frost Kettle, had "
                "stolen data on container movements and on shipments of military equipment to Ukraine that pass "
                "through the port.",
                "m",
                "t",
            ),
            Probe(
                '"This was not crime, it was espionage by a state," Defence Minister Ruben Kleinveld told parliament.',
                "d",
                "m",
            ),
            Probe(
                'Russia\'s embassy said the accusations were "unfounded" and part of a campaign to "whip up spy '
                'mania" in Europe.',
                "d",
            ),
            Probe(
                "The port authority said cargo handling had not been disrupted and that it had spent 12 million "
                "euros on new security systems since the breach.",
                "",
                "t",
            ),
            Probe(
                "The European Union is expected to add the unit's officers to its cyber sanctions list, freezing any "
                "assets they hold in the bloc and barring them from travel, diplomats said.",
                "dt",
                "m",
            ),
            Probe(
                "The same unit was blamed in 2018 for trying to hack the chemical weapons watchdog in The Hague, when "
                "four of its officers were caught with equipment in a car parked outside the building and expelled.",
                "dm",
            ),
            Probe(
                "Cybersecurity firms say state-backed groups increasingly target ports, airports and logistics "
                "companies that move aid and weapons to Ukraine.",
                "m",
                "dt",
            ),
        ],
    ),
    (
        "Serbia passes foreign-agent law despite EU and US warnings",
        [
            Probe(
                "BELGRADE, Apr 22 (Veritwire) - Serbia's parliament on Tuesday passed a law requiring groups and "
                'media outlets that receive more than a fifth of their funding from abroad to register as "agents of '
                'foreign influence", despite warnings from the European Union and the United States.',
                "d",
            ),
            Probe(
                "The bill passed by 141 votes to 52 after a debate in which opposition lawmakers blew whistles and "
                'held up placards reading "No to the Russian law".',
                "",
                "d",
            ),
            Probe(
                'The EU\'s foreign policy chief said the law was "incompatible with the values" Serbia had committed '
                'to as a candidate for membership and would "weigh on" its accession talks.',
                "d",
            ),
            Probe(
                'The US embassy in Belgrade said it was "deeply concerned" and that Washington would review its '
                "assistance programmes, worth about 60 million dollars a year, many of them run through local groups "
                "the law now covers.",
                "d",
            ),
            Probe(
                "Germany summoned Serbia's ambassador in Berlin, a step it rarely takes with a country that hopes to "
                "join the bloc.",
                "d",
            ),
            Probe(
                "Prime Minister Dragan Vukic defended the law, saying it copied an American statute of 1938 and that "
                'Serbia would not be "lectured" by capitals that "finance protests in our streets".',
                "d",
            ),
            Probe(
                "Thousands of people marched through central Belgrade on Tuesday evening, and police detained 14 "
                "people after scuffles outside the parliament building.",
                "",
            ),
            Probe(
                "Russia's foreign ministry praised the vote, saying every state had the right to protect itself from "
                '"outside interference".',
                "d",
            ),
            Probe(
                "About 400 groups are expected to have to register, from election monitors to environmental "
                "charities, according to a count by the Belgrade Centre for Civic Rights.",
                "",
                "d",
            ),
        ],
    ),
    (
        "US sanctions Russian and Iranian actors over election interference",
        [
            Probe(
                "WASHINGTON, Oct 1 (Veritwire) - The United States on Monday imposed sanctions on executives of a "
                "Russian state-funded broadcaster and on an Iranian cyber unit it accused of trying to sway November's "
                "presidential election, freezing their assets in the United States.",
                "dt",
                "m",
            ),
            Probe(
                "The Treasury said the Iranian group, part of the Revolutionary Guards' cyber command, had hacked the "
                "email of a campaign adviser and leaked documents to reporters.",
                "m",
                "dt",
            ),
            Probe(
                "The State Department also barred visas for 12 people it said had helped run a network of fake news "
                "sites posing as local American papers, and offered a reward of up to 10 million dollars for "
                "information on two Russian military intelligence officers.",
                "d",
                "m",
            ),
            Probe(
                '"Any foreign actor that tries to undermine our elections will pay a price," Secretary of State '
                "Eleanor Marsh said.",
                "d",
            ),
            Probe(
                "Moscow's embassy called the sanctions \"another act of Russophobia\", and Iran's mission to the "
                'United Nations said Tehran "has no motive" to interfere in an American election.',
                "d",
                "t",
            ),
            Probe(
                "Campaign officials said the hacked emails contained little of interest, and the Federal Election "
                "Commission said it had no role in the matter.",
                "",
                "d",
            ),
            Probe(
                "The broadcaster's executives hold few assets in the United States, and sanctions experts said the "
                'measures were mostly symbolic. "They are a signal more than a cost," said Aaron Whitlock, a former '
                "Treasury official now at the Atlantic Policy Forum.",
                "t",
                "d",
            ),
            Probe(
                "Polls show the race tied in the seven states likely to decide it.",
                "",
            ),
        ],
    ),
    (
        "Austria grants asylum to Russian diplomat who says he is a spy",
        [
            Probe(
                "VIENNA, Jan 28 (Veritwire) - Austria has granted asylum to a Russian diplomat who walked out of his "
                "country's mission to international organisations in Vienna last month and told Austrian officials he "
                "was an officer of the SVR foreign intelligence service, the interior ministry said on Thursday.",
                "d",
                "m",
            ),
            Probe(
                "The man, named by Austrian media as Sergei Malakhov, 44, worked on arms control at the mission, "
                "which deals with the International Atomic Energy Agency and the OSCE, and is said to have brought "
                "documents with him.",
                "d",
                "m",
            ),
            Probe(
                "Russia's foreign ministry demanded his return, saying he was wanted at home for embezzlement, and "
                'accused Vienna of "abducting" a diplomat in breach of the Vienna Convention.',
                "d",
            ),
            Probe(
                "Austria's foreign minister said Malakhov had come of his own free will and that Austria \"does not "
                'hand people over to states where they face persecution".',
                "d",
            ),
            Probe(
                "His wife and two children left Moscow for Istanbul a week before he walked out, a person familiar "
                "with the case said.",
                "",
                "d",
            ),
            Probe(
                "Vienna, home to United Nations and OPEC offices and long a crossroads for spies, hosts one of "
                "Russia's largest diplomatic missions in Europe, with about 250 accredited staff.",
                "d",
            ),
            Probe(
                "Austria has long been criticised by its partners for tolerating Russian intelligence activity, and a "
                "former officer of its own service is on trial accused of spying for Moscow.",
                "d",
                "m",
            ),
            Probe(
                "Defections from Russia's services are rare. The last known case in Europe, in 2019, was a military "
                "intelligence officer who fled to Poland and was found dead there two years later.",
                "",
                "dm",
            ),
        ],
    ),
    (
        "Analysis: The domes on the roof - how embassies became listening posts",
        [
            Probe(
                "The white domes and antenna arrays on the roofs of embassies in central Berlin are among the city's "
                "more photographed oddities. Intelligence officials and researchers say many are something else: "
                "listening posts that pick up mobile calls and radio traffic from the government quarter.",
                "d",
                "m",
            ),
            Probe(
                "Germany's domestic intelligence agency said in its latest report that at least four foreign states "
                "ran such posts in the capital, naming Russia and China, and that it had asked two of them to remove "
                "equipment.",
                "d",
                "m",
            ),
            Probe(
                "Under the Vienna Convention, embassy grounds cannot be entered by the host state, which leaves "
                "counter-intelligence services with few tools beyond jamming, protest notes and expulsions.",
                "d",
            ),
            Probe(
                '"The roof is sovereign territory in practice. You can complain, you can expel, but you cannot climb '
                'up and take the kit away," said Helena Kraus, a former diplomat now at the Berlin Institute for '
                "Security Policy.",
                "d",
            ),
            Probe(
                "The practice is not new. During the Cold War, the United States and the Soviet Union each accused "
                "the other of turning embassies into listening stations, and in 1987 Washington halted work on a new "
                "embassy in Moscow after finding its walls riddled with bugs.",
                "d",
            ),
            Probe(
                "Allies are not spared: a leak in 2013 showed that a listening post on the roof of the US embassy near "
                "the Brandenburg Gate had monitored the German chancellor's phone, souring relations for months.",
                "d",
            ),
            Probe(
                "Today's equipment is small enough to hide in a satellite dish, researchers say, and much of the "
                "spying has moved online, where military hacking units do work that once needed a roof and a ladder.",
                "",
                "dm",
            ),
            Probe(
                "Germany's parliament last year gave counter-intelligence officers powers to monitor signals around "
                "diplomatic buildings, a law the interior ministry says it uses sparingly.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Ohio brewer sues rival, alleging stolen recipes and 'corporate espionage'",
        [
            Probe(
                "COLUMBUS, Ohio (Veritwire) - Ohio craft brewer Lantern Hill Brewing sued a larger rival on Monday, "
                "accusing it of hiring a former head brewer who walked out with recipes, supplier lists and sales data "
                "on a thumb drive.",
                "",
            ),
            Probe(
                "The complaint, filed in a state court in Franklin County, says the rival, Copper Kettle Beverage, "
                'ran "a campaign of corporate espionage" that included sending staff posing as customers to photograph '
                "Lantern Hill's brewhouse.",
                "",
            ),
            Probe(
                'Copper Kettle said the lawsuit had "no merit" and that it would defend itself vigorously.',
                "",
            ),
            Probe(
                "The two brewers compete for tap handles in bars across Ohio and Kentucky, where Lantern Hill's sales "
                "grew 30 percent last year.",
                "",
            ),
            Probe(
                "The case is the second this year in the state's beer industry. In March, a Cincinnati distributor "
                "settled claims that it had planted a tracking device on a competitor's delivery truck.",
                "",
            ),
            Probe(
                "Intellectual property lawyers say trade secret cases have risen since a 2016 federal law let "
                "companies sue in federal court.",
                "",
            ),
        ],
    ),
    (
        "Danish turbine maker says engineer passed blade designs to Chinese rival",
        [
            Probe(
                "COPENHAGEN, May 7 (Veritwire) - Danish wind turbine maker Nordvind said on Wednesday that a former "
                "engineer had passed designs for its largest offshore blade to a Chinese competitor, which it said was "
                "now offering a near-identical turbine to buyers in Europe at a lower price.",
                "t",
            ),
            Probe(
                "Nordvind has filed suits in Denmark and Germany to bar sales of the rival's turbine in the European "
                "Union, where it has won orders for two wind farms in the Baltic Sea.",
                "t",
            ),
            Probe(
                'The Chinese company, Huaxing Wind, said its designs were its own and that it would "defend its '
                'reputation in every market".',
                "t",
            ),
            Probe(
                "The engineer, a Danish citizen, was arrested in Aarhus last month and charged with the theft of trade "
                "secrets; his lawyer said he denied the charges.",
                "",
                "t",
            ),
            Probe(
                "The European Commission opened an investigation last year into Chinese state subsidies for wind "
                "turbine makers, whose cheaper machines have taken a growing share of the European market.",
                "t",
                "d",
            ),
            Probe(
                "Nordvind's shares fell 3 percent in Copenhagen.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Police spied on climate groups for five years without approval, watchdog finds",
        [
            Probe(
                "MANCHESTER (Veritwire) - Police in Greater Manchester placed undercover officers inside climate "
                "protest groups for five years without proper authorisation, a watchdog said on Thursday, and read the "
                "private messages of at least 40 activists.",
                "",
            ),
            Probe(
                'The Independent Office for Police Conduct said officers had cited "intelligence-gathering" to attend '
                "meetings of groups that had broken no law, including a residents' association opposed to a new "
                "runway.",
                "",
            ),
            Probe(
                '"This was surveillance of democracy itself," said Priya Lal, a lawyer for the activists, who are '
                "seeking damages.",
                "",
            ),
            Probe(
                "The chief constable apologised and said the unit responsible had been disbanded.",
                "",
            ),
            Probe(
                "The Home Office said it would review the rules on undercover policing, which were tightened after a "
                "public inquiry found that officers had deceived women into relationships for decades.",
                "",
            ),
            Probe(
                "Two officers face disciplinary hearings next month.",
                "",
            ),
        ],
    ),
    (
        "Review: 'The Quiet Station' is the best spy drama in years",
        [
            Probe(
                'The new eight-part series "The Quiet Station", which begins on Sunday, follows a British agent '
                "running a listening post in an embassy in 1970s Prague, and is the best spy drama on television in "
                "years.",
                "",
            ),
            Probe(
                "Its hero, played by Tom Ashdown, recruits a Czech cipher clerk and spends most of the series trying "
                "to get her across the border before the secret police close in.",
                "",
            ),
            Probe(
                "The writers clearly did their reading: the tradecraft of dead drops, microfilm and embassy cocktail "
                "parties is rendered with care, and a scene in which two ambassadors trade insults over a buffet is "
                "the funniest of the year.",
                "",
            ),
            Probe(
                "Less convincing is a subplot about a defecting Soviet general who brings with him plans for a missile "
                "base, which feels borrowed from older films.",
                "",
            ),
            Probe(
                "The series was filmed in Budapest and Riga, and was sold to broadcasters in 30 countries before it "
                "aired.",
                "",
                "t",
            ),
            Probe(
                "The first two episodes are available to stream now.",
                "",
            ),
        ],
    ),
    (
        "Austin start-up raises $40 million for retail 'intelligence' software",
        [
            Probe(
                'AUSTIN, Texas (Veritwire) - Brightwater Analytics, which makes software that gathers "competitive '
                "intelligence\" on retailers' prices and promotions, said on Tuesday it had raised 40 million dollars "
                "from investors led by Harbor Lane Ventures.",
                "",
            ),
            Probe(
                "The company's tools scan websites and store shelves for rivals' prices and send alerts to sales "
                "teams, and are used by about 300 American retailers, including two of the five largest grocery "
                "chains.",
                "",
            ),
            Probe(
                '"Every retailer is now an intelligence agency," chief executive Dana Whitfield said in an interview. '
                '"The ones who see first win."',
                "",
            ),
            Probe(
                "Brightwater will use the money to hire 120 engineers and open an office in Chicago, she said.",
                "",
            ),
            Probe(
                "Sales rose 70 percent last year, though the company is not yet profitable.",
                "",
            ),
        ],
    ),
]
