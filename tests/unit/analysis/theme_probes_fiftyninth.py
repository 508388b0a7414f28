"""A fifty-ninth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: culture and heritage in world affairs, as agency copy, arts
desks and web features tell it. Looted bronzes handed back by one state to another, a museum loan cancelled after a
senate trip to Taiwan, a cathedral hit by a missile and the UN agency's condemnation, a film festival barring films paid
for by a state at war, a cultural institute shut as a "foreign agent", a painting pulled from a sale under sanctions and
a language dispute between neighbours over schools; with the same pages' look-alikes of no theme: a theatre's "battle"
with its council, a museum's "ambassadors", a town's "culture war" over a statue of a slave "trader", a "treaty" and
"envoys" in a historical novel, the "trade" in old masters in one country's salerooms and a gallery's "campaign".

Boundaries judged here: a state handing looted objects back to another, or funding another's schools, is diplomacy;
the colonial expedition that looted them is military; a festival's bar on a state's films is no theme (the war
behind it optional), as is the state's angry answer to a festival, while the festival's break with a sanctioned bank
is trade; a UN agency condemning a strike on a site is diplomacy and military, a listing of heritage in danger
optional both; a state shutting another state's cultural institute is diplomacy; a painting withdrawn because its
owner is under sanctions is trade, the rest of the sale none; an export bar on one painting and foreign buyers
staying away from a saleroom are optional trade.
Blind, main's rules got 18 of these 81 paragraphs wrong. One was a label slip, relabelled: parents in a border town
saying "the dispute" had become political continue the article's quarrel between two states and take its diplomacy as
optional. 17 are left: trade given to a loan of statues, to cultural loans used as leverage and to a minister's "debt
settled late"; diplomacy given to a museum's ambassadors programme (twice), to envoys and a treaty in a novel (twice)
and to the lead of a painting withdrawn under sanctions; military given to a war drama opening a festival, to Soviet
war memorials and to monuments to the Red Army; diplomacy missed where states hand looted objects back under a deal,
where a UN agency condemns a strike on a site, where a state pays to repair a neighbour's cathedral and where a state
refuses to send weapons apart from its allies; trade missed for art as a way to move wealth across borders and for a
state freezing another state's assets.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYNINTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "The Netherlands hands 119 looted bronzes back to Nigeria",
        [
            Probe(
                "AMSTERDAM, March 14 (Pressline) - The Netherlands on Thursday handed 119 bronze sculptures "
                "looted by British soldiers in 1897 back to Nigeria, in a ceremony attended by ministers of both "
                "governments at the national ethnology museum in Leiden.",
                "d",
                "m",
            ),
            Probe(
                'The Dutch culture minister, Pieter van Damme, called the return "a debt settled late" and said '
                "his government had signed a bilateral agreement with Abuja transferring ownership of the "
                "objects.",
                "d",
            ),
            Probe(
                "The bronzes were seized during a punitive expedition in which British troops burned the royal "
                "palace and killed hundreds of people, and were later sold at auction to European collectors.",
                "m",
                "t",
            ),
            Probe(
                "Nigeria's ambassador to the Netherlands, Adaeze Okonkwo, said the handover showed that "
                'relations between the two countries had "moved from apology to partnership".',
                "d",
            ),
            Probe(
                "The figures will be flown to Lagos next month and shown in a new museum in Benin City, which is "
                "being built with 20 million euros from Germany and a grant from the European Union.",
                "",
                "dt",
            ),
            Probe(
                "Museum director Hanneke Vos said her staff had spent three years tracing the history of each "
                "object through shipping records, letters and old auction catalogues.",
                "",
            ),
            Probe(
                "Germany returned more than 1,100 objects in 2022 under a similar deal, and France passed a law "
                "the year before to give 26 treasures back to Benin.",
                "d",
            ),
            Probe(
                "Britain has resisted such claims. Its largest national museum is barred by a 1963 law from "
                "giving away items for good, and officials in London have instead offered long-term loans.",
                "d",
            ),
            Probe(
                "Critics in Nigeria have questioned who should own the returned works after a presidential "
                "decree in 2023 handed them to the traditional ruler of Benin rather than to the national museum "
                "commission.",
                "",
            ),
            Probe(
                "Some Dutch collectors have also begun handing objects back of their own accord, the museum "
                "said, adding that two private owners had come forward since the ceremony was announced.",
                "",
            ),
        ],
    ),
    (
        "Chinese museum cancels terracotta loan to Prague after senate trip to Taiwan",
        [
            Probe(
                "PRAGUE, Oct 9 (Pressline) - A Chinese state museum has cancelled the loan of 40 terracotta "
                "figures to a Prague exhibition, days after the speaker of the Czech Senate led a delegation of "
                "90 people to Taiwan, the gallery said on Wednesday.",
                "d",
            ),
            Probe(
                "The Vltava Gallery said it had received a two-line letter from the lenders in Xi'an citing "
                '"unforeseen circumstances" and had no choice but to postpone the show, which had been three '
                "years in the planning.",
                "",
                "d",
            ),
            Probe(
                "China's foreign ministry spokesman, asked about the cancellation, said cultural exchanges "
                'required "mutual respect" and that Prague should "stop interfering in China\'s internal '
                'affairs".',
                "d",
            ),
            Probe(
                "Czech Foreign Minister Tomas Hruby said he regretted the decision but that his country would "
                "not let another state dictate where its lawmakers travel.",
                "d",
            ),
            Probe(
                "It is not the first time Beijing has used cultural loans as leverage. In 2019 a Chinese "
                "orchestra's tour of the Czech Republic was called off after Prague's mayor signed a twinning "
                "agreement with Taipei.",
                "d",
            ),
            Probe(
                "Gallery director Jana Kralova said the empty halls would instead host a show of Czech glass "
                "from the gallery's own stores, opening next month.",
                "",
            ),
            Probe(
                "Ticket holders will be offered refunds, and the gallery expects to lose about 12 million crowns "
                "in sales and sponsorship.",
                "",
            ),
            Probe(
                "Trade between the two countries has held up despite the dispute: Czech exports to China rose 8 "
                "percent last year, led by machinery and beer.",
                "t",
                "d",
            ),
            Probe(
                'Analysts said Beijing chose targets that cost it little. "A loan of statues is cheap to cancel. '
                'An order for Czech machinery is not," said Milan Benes, who studies Chinese foreign policy at a '
                "Prague institute.",
                "d",
                "t",
            ),
            Probe(
                "The Senate speaker said he did not regret the trip and planned to return to Taiwan next year "
                "with a delegation of business leaders.",
                "d",
                "t",
            ),
        ],
    ),
    (
        "Missile strike damages Odesa cathedral, UNESCO condemns attack",
        [
            Probe(
                "KYIV, Aug 2 (Pressline) - A Russian missile strike damaged the 19th-century cathedral in the "
                "centre of Odesa overnight, tearing off part of the roof and shattering its stained glass, "
                "Ukrainian officials said.",
                "m",
            ),
            Probe(
                "The cathedral stands within the city's historic centre, which UNESCO added to its list of World "
                "Heritage in Danger in January.",
                "",
                "dm",
            ),
            Probe(
                'UNESCO said in a statement that it "condemns in the strongest terms" the attack on a protected '
                "site and would send experts to assess the damage once it was safe to do so.",
                "dm",
            ),
            Probe(
                'Russia\'s defence ministry said its forces had struck "military targets" in the port and denied '
                "hitting the cathedral, blaming the damage on Ukrainian air defence missiles.",
                "m",
            ),
            Probe(
                "The agency has verified damage to 140 sites across Ukraine since the invasion began, including "
                "66 churches, 18 museums and 12 libraries.",
                "m",
                "d",
            ),
            Probe(
                "Volunteers spent the morning sweeping glass from the nave and carrying icons down to the crypt. "
                '"We will pray here on Sunday, roof or no roof," said the priest, Father Mykola Hrytsenko.',
                "",
                "m",
            ),
            Probe(
                "Italy, which has paid for the restoration of several Odesa monuments, said it would fund "
                'repairs to the cathedral. Its culture minister said in Rome that "an attack on this heritage is '
                "an attack on Europe's\".",
                "d",
                "m",
            ),
            Probe(
                "Under the 1954 Hague Convention, which both Russia and Ukraine have signed, deliberately "
                "targeting cultural property in war can be prosecuted as a war crime.",
                "dm",
            ),
            Probe(
                "Odesa's museums moved most of their collections to storage in western Ukraine in the first "
                "weeks of the war, and many have reopened only for small exhibitions.",
                "",
                "m",
            ),
            Probe(
                "The city's opera house, a symbol of Odesa, has staged performances throughout the war, stopping "
                "when the air raid sirens sound.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Berlin film festival bars films paid for by the Russian state",
        [
            Probe(
                "BERLIN, Jan 20 (Pressline) - The Lindenhof International Film Festival said on Tuesday it would "
                "not screen films made with money from the Russian state or accept delegations from Russian "
                "state bodies, citing the war in Ukraine.",
                "",
                "m",
            ),
            Probe(
                "Independent Russian filmmakers, including those who have left the country, remain welcome, "
                "festival director Katrin Albers told a news conference.",
                "",
            ),
            Probe(
                "Three of the films in this year's competition were shot in Ukraine during the war, among them a "
                "documentary that follows a unit of army medics on the front near Bakhmut.",
                "",
                "m",
            ),
            Probe(
                'Russia\'s culture ministry called the decision "cultural apartheid" and said Russian audiences '
                "would lose nothing by it.",
                "",
                "d",
            ),
            Probe(
                "Germany's culture minister, Lena Hartwig, said the festival was free to choose its own "
                "programme and that the government had not been consulted.",
                "",
            ),
            Probe(
                "The festival also said it would end a sponsorship deal with a bank that is partly owned by the "
                "Russian state and under European Union sanctions.",
                "t",
            ),
            Probe(
                "Last year's Golden Lynx went to a comedy about a family feud over a vineyard, which went on to "
                "sell in 30 countries.",
                "",
                "t",
            ),
            Probe(
                "The festival's market, where distributors buy and sell screening rights, expects 9,000 visitors "
                "and deals worth more than 50 million euros.",
                "",
                "t",
            ),
            Probe(
                "Ukraine's culture minister welcomed the move and urged other festivals in Europe to follow it.",
                "",
                "d",
            ),
            Probe(
                "The festival opens on Feb 12 with a war drama about a young fighter pilot in the Battle of "
                "Britain, starring Tom Ashdown.",
                "",
            ),
        ],
    ),
    (
        "Russia shuts Polish cultural institute as 'foreign agent'",
        [
            Probe(
                "MOSCOW, May 6 (Pressline) - Russia ordered the closure of the Polish cultural institute in "
                'Moscow on Monday, after the justice ministry declared it a "foreign agent" that had sought to '
                '"distort the history" of the two countries.',
                "d",
            ),
            Probe(
                "The institute, which ran Polish language classes, film evenings and a library of 20,000 books, "
                "has 30 days to wind up its affairs, and its Polish staff must leave the country.",
                "",
                "d",
            ),
            Probe(
                "Poland's foreign ministry summoned the Russian ambassador and said Warsaw would respond "
                '"proportionately", a word that in the past has meant the closure of a Russian consulate.',
                "d",
            ),
            Probe(
                "Relations between the two countries have been in deep freeze since Russia invaded Ukraine in "
                "2022. Poland has become the main hub for Western weapons deliveries to Kyiv.",
                "dm",
            ),
            Probe(
                'Russia\'s foreign ministry spokeswoman said the institute had been "a propaganda outlet" and '
                "accused Warsaw of closing Russian schools and pulling down Soviet war memorials.",
                "d",
            ),
            Probe(
                "Poland has removed dozens of monuments to the Red Army since a 2016 law banned the promotion of "
                "communism in public spaces.",
                "",
                "d",
            ),
            Probe(
                "The institute's director, Ewa Lisowska, said students had come to say goodbye. \"Some of them "
                'have been learning Polish for ten years. They are not agents of anything," she said.',
                "",
            ),
            Probe(
                "Rights groups say the foreign agent law, first passed in 2012 and widened several times, has "
                "been used to shut more than 200 Russian media outlets, charities and human rights groups.",
                "",
            ),
            Probe(
                "British and German cultural bodies scaled back their work in Russia in 2018 and 2022 after "
                "rounds of diplomatic expulsions.",
                "d",
            ),
            Probe(
                "Last month Poland closed the Russian consulate in Poznan, accusing Moscow of a campaign of "
                "sabotage that included an arson attack on a Warsaw shopping centre.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Auction house pulls avant-garde painting linked to sanctioned tycoon",
        [
            Probe(
                "LONDON, June 18 (Pressline) - An auction house withdrew a painting expected to fetch 15 million "
                "pounds from its sale on Tuesday, after British officials said it might belong to a Russian "
                "businessman under sanctions.",
                "t",
            ),
            Probe(
                "The Treasury's sanctions office said the painting, a 1913 abstract by a Russian avant-garde "
                "artist, had been consigned through a company in Cyprus that it believed was controlled by the "
                "businessman, Arkady Vorontsov, whose assets were frozen in 2022.",
                "t",
            ),
            Probe(
                "Sanctions bar British firms from dealing in any asset owned or controlled by a listed person, "
                "and breaches carry a prison term of up to seven years.",
                "t",
            ),
            Probe(
                "The auction house, Hartley & Finch, said it had carried out all its checks and that the seller "
                'had given "every assurance" about who owned the work.',
                "",
                "t",
            ),
            Probe(
                "Art has long been a favoured way to move wealth across borders: a painting is easy to store in "
                "a free port, hard to value and often sold privately.",
                "t",
            ),
            Probe(
                "A U.S. Senate report in 2020 found that two sanctioned Russian brothers had bought more than 18 "
                "million dollars of art through shell companies after they were listed.",
                "t",
            ),
            Probe(
                "The rest of Tuesday's sale, of old masters and Impressionists, raised 94 million pounds, the "
                "auction house said, its highest total for a June sale since 2019.",
                "",
            ),
            Probe(
                "A Dutch still life of lemons and oysters sold for 3.1 million pounds, more than twice its "
                "estimate, to a telephone bidder.",
                "",
            ),
            Probe(
                "Vorontsov's lawyers said he had sold the painting in 2019 and no longer had any interest in it. "
                "They said they would challenge his listing in court.",
                "",
                "t",
            ),
            Probe(
                "Britain has frozen more than 25 billion pounds of Russian assets since the invasion of Ukraine, "
                "including yachts, mansions and a football club.",
                "t",
            ),
        ],
    ),
    (
        "Hungary ties Ukraine's EU talks to Hungarian-language schools",
        [
            Probe(
                "BUDAPEST, Sept 1 (Pressline) - Hungary said on Friday it would keep blocking Ukraine's talks on "
                "joining the European Union until Kyiv restored the right of ethnic Hungarians to be taught in "
                "their own language.",
                "d",
            ),
            Probe(
                "A 2017 Ukrainian education law requires secondary schools to teach most subjects in Ukrainian, "
                "which Budapest says threatens the 150,000 Hungarians living in the Transcarpathia region.",
                "d",
            ),
            Probe(
                "Hungarian Foreign Minister Gabor Kis said after talks with his Ukrainian counterpart in "
                'Uzhhorod that "words are not enough" and that Budapest wanted the changes written into law.',
                "d",
            ),
            Probe(
                "Ukraine's foreign minister said Kyiv had already amended the law twice and accused Budapest of "
                'using the minority "as a pretext" to block European aid for Ukraine\'s war effort.',
                "d",
                "mt",
            ),
            Probe(
                "Romania and Moldova had raised similar concerns but reached a deal with Kyiv last year that "
                "lets schools in Romanian-speaking areas keep teaching in Romanian.",
                "d",
            ),
            Probe(
                "In Berehove, a town near the border where half the people speak Hungarian, parents said the "
                'dispute had become political. "My son speaks three languages. I want him to speak them well, '
                'that is all," said Ilona Szabo, a teacher.',
                "",
                "d",
            ),
            Probe(
                "The region's Hungarian-language schools receive money from Budapest for textbooks and teachers' "
                "pay, which Kyiv has called interference.",
                "d",
            ),
            Probe(
                "Hungary has also refused to send weapons to Ukraine or let them cross its territory, setting it "
                "apart from its NATO allies.",
                "dm",
            ),
            Probe(
                "The language question also runs through Ukraine's own culture war: street names, the songs "
                "played on the radio and the language of advertising have all been fought over in parliament "
                "since 2014.",
                "",
            ),
            Probe(
                "A quota passed in 2016 requires radio stations to play at least 35 percent of their songs in "
                "Ukrainian.",
                "",
            ),
        ],
    ),
    (
        "Arts roundup: the Playhouse wins its battle, a novel of envoys and a Turner saved",
        [
            Probe(
                "The Corran Playhouse has won its two-year battle with Westfield council over plans to turn its "
                "car park into flats, after a planning inspector ruled in the theatre's favour on Friday.",
                "",
            ),
            Probe(
                'Artistic director Sam Okoye said the fight had "drained us", and that the theatre would now '
                "launch a campaign to raise 2 million pounds for a new roof.",
                "",
            ),
            Probe(
                "At the Portrait Rooms, a new ambassadors programme will train 40 young people from the city's "
                "estates to lead tours and speak for the museum in schools.",
                "",
            ),
            Probe(
                "The museum's director, Ruth Adler, said the ambassadors would \"take the museum out of its "
                'building and into every neighbourhood".',
                "",
            ),
            Probe(
                "Meanwhile the row over the statue of a slave trader in Harbour Square has become the town's own "
                "culture war, with rival petitions gathering 14,000 signatures between them.",
                "",
            ),
            Probe(
                "On the books pages, Mira Castell's new historical novel, The Salt Treaty, follows two envoys "
                "who must agree a peace between rival Baltic ports in 1370 while one of them plots to poison the "
                "other.",
                "",
            ),
            Probe(
                'Castell said she had spent three years in the archives of the old merchant leagues. "Envoys '
                'then had far more freedom than now. They could start a war on their own," she said.',
                "",
            ),
            Probe(
                "In the salerooms, the trade in old masters held steady: a Flemish portrait of a merchant "
                "fetched 1.2 million pounds at Kingsmere's Edinburgh rooms on Wednesday.",
                "",
            ),
            Probe(
                "Dealers said buyers from the United States and Asia, who drove prices for a decade, were "
                "staying away because of the strong pound and the cost of shipping and insurance.",
                "",
                "t",
            ),
            Probe(
                "The Arden Gallery's campaign to buy a Turner seascape for the nation reached its target on "
                "Thursday, after a lottery grant of 800,000 pounds and 6,000 gifts from the public.",
                "",
            ),
            Probe(
                "The painting had been barred from export for six months to give a British buyer time to match "
                "the price paid by a foreign collector.",
                "",
                "t",
            ),
        ],
    ),
]
