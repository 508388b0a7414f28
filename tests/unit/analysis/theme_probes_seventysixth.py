"""A seventy-sixth batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: journalists and press freedom across borders, as
agency copy, the regional press, the financial press, the business desk and a local weekly tell them. A foreign
correspondent expelled and his home state's reply, a photographer killed while covering a war, a state broadcaster
banned abroad and its assets frozen under sanctions, two reporters detained at a border, correspondents' visas refused
in retaliation, a press-freedom index that a ministry rejects; with the look-alikes that carry none of the three
themes: a local paper's war of words with a council, a paper's battle for advertising, a football manager's press
briefing, a community radio's licence renewal, a tabloid's "bombshell", a journalism school's exchange with a sister
college abroad, a printer's order of paper, a council press officer's retirement, a quiz night.

Boundaries judged here: a correspondent expelled in answer to another state's measures diplomacy, the home state
summoning an ambassador diplomacy, the correspondent's career in a war only optional military, the foreign ministry on
answering in kind diplomacy, the paper's editor only optional diplomacy, a press association's count of expulsions
only optional diplomacy and military, a diplomat's expulsion weighed with partners diplomacy, relations at their lowest
with weapons to a state at war diplomacy and military; a photographer killed by shelling in a war military, his fixer
wounded military, his war pictures military, a minister asking a court to look into a war crime and summoning an envoy
military and diplomacy, a press group's toll of reporters killed in the war military, an army's bulletin military, a
vigil and a grant no theme, a foreign state's posthumous honour only optional diplomacy; a bloc's ban on a state
broadcaster under sanctions trade and diplomacy (military optional), its accounts frozen trade, a satellite operator
dropping the channel and its contract trade, the broadcaster's state vowing to answer diplomacy (trade optional), the
channel going on through mirrors only optional trade and diplomacy, its ratings no theme, press groups split only
optional diplomacy and trade, a neighbour pushing for the ban diplomacy, the package's ban on exports trade and
diplomacy; reporters held at a border only optional diplomacy, their high commission raising the case diplomacy, their
questioning no theme, a minister on foreign journalists and a bloc's rules on work permits only optional diplomacy (and
trade for the bloc), earlier cases and a complaint to a bloc's court only optional diplomacy, an election with
observers refused only optional diplomacy; visas refused in retaliation diplomacy, a foreign minister raising it with
her counterpart diplomacy, no reporter since relations began only optional diplomacy, a trade thaw trade and diplomacy,
an analyst on the thaw diplomacy (trade optional), a broadcaster's new bureaus only optional diplomacy, the other
state's spokesman diplomacy, a reporter barred on suspicion of spying diplomacy (military optional); a press-freedom
ranking, a ministry rejecting it, the report's findings, other states' places and an editor on advertisers no theme,
the bloc's commission on a candidate's bid to join diplomacy, a toll of journalists killed in wars only optional
military; every look-alike of the local weekly no theme.
Blind, main's rules got none of these 58 paragraphs wrong, and no label slip was found: every label is met and no
theme is given that the labels leave out, the look-alikes of war, battle, shooting, licences and orders included.
Nothing was left to mend. The batch is lenient where the guidelines are open (fifteen paragraphs carry only optional
themes: a reporter's war career, a consular detention told with no word of the state's reply, a bloc's rules on work
permits), so it guards the firm labels and the look-alikes more than it probes the boundaries.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYSIXTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Russia expels German newspaper correspondent; Berlin summons ambassador",
        [
            Probe(
                "MOSCOW, March 3 (Tallis) - Russia ordered the Moscow correspondent of the German daily Nordkurier to "
                "leave the country within a week on Tuesday, withdrawing his press accreditation in what the foreign "
                'ministry called a response to "hostile measures" against Russian media in Germany.',
                "d",
            ),
            Probe(
                "Germany's foreign ministry summoned the Russian ambassador in Berlin on Wednesday and called the "
                'expulsion of Jonas Wehrle "an attack on the free press that will not go unanswered".',
                "d",
            ),
            Probe(
                "Wehrle, 44, has reported from Moscow for six years, covering the war in Ukraine, the call-up of "
                "reservists and the trials of opposition figures.",
                "",
                "m",
            ),
            Probe(
                "A spokeswoman for the Russian foreign ministry said the move mirrored Germany's refusal in January to "
                "accredit two correspondents of the Russian state channel Vesti Mira, and that Moscow would "
                '"answer every unfriendly step in kind".',
                "d",
            ),
            Probe(
                "Nordkurier's editor-in-chief, Sabine Ortloff, said the paper would go on covering Russia from Riga "
                'and would not let its reporting be "dictated by the Kremlin\'s visa office".',
                "",
                "d",
            ),
            Probe(
                "The association of foreign correspondents in Moscow said Wehrle was the ninth foreign journalist "
                "expelled since 2022, and that most Western bureaus now work with half the staff they had before the "
                "war.",
                "",
                "dm",
            ),
            Probe(
                "The German government is weighing whether to expel a Russian diplomat in return, a government "
                "spokesman said, adding that Berlin would coordinate its answer with its European partners.",
                "d",
            ),
            Probe(
                "Relations between Berlin and Moscow have sunk to their lowest point since the Cold War, with Germany "
                "now the second-largest supplier of weapons to Kyiv.",
                "dm",
            ),
        ],
    ),
    (
        "Lyon photographer killed by shelling in eastern Ukraine",
        [
            Probe(
                "LYON - Marc Devillers, a freelance photographer from Lyon who had worked for the regional daily Le "
                "Progrès Alpin, was killed on Sunday when Russian shells hit the car he was travelling in near "
                "Kostiantynivka in eastern Ukraine, his family said.",
                "m",
            ),
            Probe(
                "His Ukrainian fixer, Oleh Marchuk, was badly wounded and taken to a hospital in Dnipro; a second "
                "French reporter in the car escaped with cuts.",
                "m",
            ),
            Probe(
                "Devillers, 37, had covered the war since its first weeks, and his pictures of families sheltering "
                "from the bombing in the metro of Kharkiv won a prize at the Perpignan festival in 2023.",
                "m",
            ),
            Probe(
                "France's foreign minister said Paris would ask the International Criminal Court to investigate the "
                "strike as a possible war crime, and that the Russian charge d'affaires would be summoned.",
                "md",
            ),
            Probe(
                "Reporters Without Borders said Devillers was the 16th journalist killed in Ukraine since the "
                "full-scale invasion, and called on both armies to respect the press vests that mark reporters at the "
                "front.",
                "m",
            ),
            Probe(
                "The Russian defence ministry did not comment on the strike; its daily bulletin said its forces had "
                'hit "a concentration of Ukrainian troops and equipment" in the area on Sunday.',
                "m",
            ),
            Probe(
                "A vigil will be held on Thursday evening on the Place des Terreaux, where his photographs will be "
                "shown on a giant screen, the city hall said.",
                "",
            ),
            Probe(
                "Le Progrès Alpin said it would set up a grant in his name for young photographers from the Rhône "
                "region.",
                "",
            ),
            Probe(
                "Ukraine's president awarded Devillers an order of merit after his death, and the mayor of Kyiv said a "
                "street near the city's press centre would bear his name.",
                "",
                "d",
            ),
        ],
    ),
    (
        "EU bans Belarusian state broadcaster, freezes its assets",
        [
            Probe(
                "BRUSSELS - The European Union banned the Belarusian state broadcaster BelVision from its airwaves and "
                "online platforms on Monday and froze its assets in the bloc, adding it to the sanctions list over its "
                "role in \"the regime's propaganda for Russia's war\".",
                "td",
                "m",
            ),
            Probe(
                "The broadcaster's bank accounts in Lithuania and Latvia, holding about 4 million euros from "
                "advertising and satellite fees, were frozen the same day, according to officials in Vilnius.",
                "t",
            ),
            Probe(
                "The satellite operator Orbisat said it would stop carrying BelVision's three channels by Friday, "
                "ending a contract worth about 1.2 million euros a year.",
                "t",
            ),
            Probe(
                'Belarus\'s foreign ministry called the ban "censorship dressed up as sanctions" and said Minsk would '
                "answer by closing the bureaus of European media still working in the country.",
                "d",
                "t",
            ),
            Probe(
                "BelVision's director general, Arkadz Sumets, said the channel would keep reaching viewers in Europe "
                'through mirror websites and on Telegram, and that its audience had "only grown after every ban".',
                "",
                "td",
            ),
            Probe(
                "The channel's share of viewers in Belarus rose to 14% last year, helped by a new Saturday quiz show "
                "and live ice hockey, according to a Minsk polling firm.",
                "",
            ),
            Probe(
                "Press-freedom groups were split on the ban: a European federation of journalists' unions warned that "
                'silencing state media "sets a precedent autocrats will quote", while exiled Belarusian reporters '
                "welcomed it.",
                "",
                "dt",
            ),
            Probe(
                "Lithuania, which hosts several exiled Belarusian newsrooms, had pushed for the ban for two years, and "
                'its foreign minister said the channel had "told lies about our country for a decade".',
                "d",
                "t",
            ),
            Probe(
                "The measure is part of the bloc's latest package of sanctions against Belarus, which also adds potash "
                "and timber to the list of goods its members may not import.",
                "td",
            ),
        ],
    ),
    (
        "Two Kenyan reporters freed after three days in Tanzanian border custody",
        [
            Probe(
                "NAIROBI - Two Kenyan journalists of the Daily Meridian were released on Friday after three days in "
                "custody at the Namanga border post, where Tanzanian police had held them for entering the country "
                '"without proper accreditation" to cover the election.',
                "",
                "d",
            ),
            Probe(
                "Kenya's foreign ministry said its high commissioner in Dodoma had raised the case with Tanzanian "
                'officials twice, and it thanked the government there for "a swift resolution".',
                "d",
            ),
            Probe(
                "The reporters, Sara Njoroge and Kevin Otieno, said they were questioned about their sources, and that "
                "their phones and laptops were taken from them and returned only on the day they were freed.",
                "",
            ),
            Probe(
                "Tanzania's information minister said the pair had been treated fairly and that foreign journalists "
                'were welcome as long as they "respect the laws of the land".',
                "",
                "d",
            ),
            Probe(
                "The East African Community's rules let citizens of member states cross its borders freely, but "
                "journalists need a separate permit to work in each country, a rule that press unions across the "
                "region want scrapped.",
                "",
                "dt",
            ),
            Probe(
                "It was the third time this year that Kenyan reporters had been held at the border; in March, a "
                "cameraman for a Mombasa station spent a night in a police cell in Tanga.",
                "",
                "d",
            ),
            Probe(
                "The Daily Meridian said it would file a complaint with the East African Court of Justice.",
                "",
                "d",
            ),
            Probe(
                "Tanzania votes in a general election on Sunday; the main opposition candidate has been barred from "
                "running, and several foreign observer missions were refused entry.",
                "",
                "d",
            ),
        ],
    ),
    (
        "China refuses visas to last Australian correspondents",
        [
            Probe(
                "BEIJING - China has refused to renew the visas of the last two Australian correspondents in Beijing, "
                "in what Canberra called retaliation for its decision to bar a reporter of a Chinese state news agency "
                "from the country on security grounds.",
                "d",
            ),
            Probe(
                "Australia's foreign minister said she had raised the case with her Chinese counterpart on the margins "
                'of a regional meeting in Kuala Lumpur and that the government was "deeply disappointed".',
                "d",
            ),
            Probe(
                "For the first time since the two countries established diplomatic relations in 1972, no Australian "
                "news organisation will have a reporter in China.",
                "",
                "d",
            ),
            Probe(
                "The row comes as the two countries try to repair trade ties after Beijing lifted its tariffs on "
                "Australian wine and barley last year; Chinese buyers have returned to Australian lobster and beef.",
                "td",
            ),
            Probe(
                'Analysts said the visa fight was unlikely to derail that thaw. "Beijing keeps its grievances apart '
                'from its shopping list," said Fiona Carrick, a fellow at a Sydney think tank.',
                "d",
                "t",
            ),
            Probe(
                "The Austral Broadcasting Service said it would cover China from Taipei and Hong Kong until its "
                "correspondent could return.",
                "",
                "d",
            ),
            Probe(
                'A spokesman for China\'s foreign ministry said Australian journalists had "abused their status" and '
                'that Beijing would "not take lectures on press freedom from a country that spies on Chinese '
                'reporters".',
                "d",
            ),
            Probe(
                "The reporter barred by Canberra had been told by Australia's security agency that he was in contact "
                "with people it suspected of spying for Beijing, according to a government official.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Serbia falls 12 places in press freedom index; ministry rejects ranking",
        [
            Probe(
                "BELGRADE - Serbia fell 12 places to 103rd in this year's press freedom index, published on Thursday "
                "by the Paris-based group Open Desk International, its lowest place since the index began.",
                "",
            ),
            Probe(
                'The ministry of information rejected the ranking as "political and worthless as a method", saying '
                "Serbia had more private television channels per head than France.",
                "",
            ),
            Probe(
                "The report cited lawsuits filed by ministers against investigative reporters, attacks on journalists "
                "at protests and the sale of two regional dailies to businessmen close to the ruling party.",
                "",
            ),
            Probe(
                "The European Commission said in its latest enlargement report that media freedom remained one of the "
                "main obstacles to Serbia's bid to join the EU, a point the Serbian government disputes.",
                "d",
            ),
            Probe("Norway kept first place for the ninth year running, while Eritrea came last.", ""),
            Probe(
                "Open Desk said the number of journalists killed worldwide had fallen to 54 last year, most of them in "
                "Gaza and Sudan, where reporters working for local outlets were the most exposed.",
                "",
                "m",
            ),
            Probe(
                "\"We don't need an index to tell us; we feel it every time an advertiser pulls out after a critical "
                'story," said Milan Dukic, editor of the daily Dnevni Glas.',
                "",
            ),
        ],
    ),
    (
        "Harwick Chronicle: news in brief",
        [
            Probe(
                "The Chronicle's war of words with the district council flared again this week after the council "
                "barred our reporter from a meeting of its planning committee.",
                "",
            ),
            Probe(
                "The paper's battle for advertising with the free sheet Harwick Extra has cut the price of a "
                "quarter-page advert to 40 pounds.",
                "",
            ),
            Probe(
                "Harwick Town manager Dean Ashby told his weekly press briefing on Thursday that his strikers must "
                '"shoot on sight" against Corbridge United, who have kept five clean sheets in a row.',
                "",
            ),
            Probe(
                "Radio Wendle, the community station run from the old fire station, has had its broadcasting licence "
                "renewed for five years by the regulator.",
                "",
            ),
            Probe(
                "A tabloid's \"bombshell\" about a councillor's allotment row turned out to concern a shed built a "
                "foot over the line.",
                "",
            ),
            Probe(
                "Students of the journalism school at Harwick College are spending two weeks on an exchange with a "
                "sister college in Lille, where they will run a news website in two languages.",
                "",
            ),
            Probe(
                "Printers Loxley & Daughters have ordered 300 tonnes of paper from the mill at Stoneley to print the "
                "county's three weekly papers through the winter.",
                "",
            ),
            Probe(
                "The council's press officer, who has fought off three freedom of information requests from this paper "
                "this year, retires in March after 22 years.",
                "",
            ),
            Probe(
                'A "press freedom" quiz night at the Bell Inn raised 600 pounds for the town\'s food bank.',
                "",
            ),
        ],
    ),
]
