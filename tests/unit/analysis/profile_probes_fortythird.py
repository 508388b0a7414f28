"""The forty-third round of blind profile probes: fictional write-ups of think-tank events, panels, conferences and
webinars on world affairs (a security forum's panel on a strait, a think tank's webinar on sanctions, a university's
conference on a region, a book launch with a former foreign secretary, a defence conference's keynote and its
questions, a think tank's panel on a blockade) quoting the people such write-ups bring in: moderators who ask and sum
up, panellists introduced by long appositions ("X, a former deputy finance minister who is now a visiting scholar at
Y"), former officials speaking as experts, serving officials who speak "on the sidelines", a keynote speaker,
questions from the audience, "told the audience", "said during the webinar", "argued in his opening remarks", two
speakers in one sentence, and the bodies that host the events (no speakers unless they speak); for each quote the
speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_fortythird.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: fellows, scholars, professors, researchers and think-tank staff are analysts, and so are former
#: officials and a retired admiral or general speaking as experts (with the body they work at now, if any); a
#: moderator who runs a think tank or one of its programmes is an analyst of it, a moderator who is a journalist is
#: `other` of the paper; serving ministers, diplomats, officers, a military spokesman and an official of the European
#: Commission are officials, though they speak "on the sidelines" or "in a personal capacity"; "ask" is a cue, so a
#: moderator's or a questioner's question is a quote; a questioner who is not named ("a student", "one participant",
#: "a delegate") is `unnamed`, as are "speakers", "panellists", "participants", "scholars and former officials" and
#: an official who declined to be named; a think tank, a forum or an embassy speaking as itself ("the institute said
#: in a statement") is an `institution` keyed by the fullest name the article gives it, and a host that only hosts is
#: no speaker.
STORIES = [
    (
        (
            "MANAMA -- Shipping through the Strait of Hormuz could be halted for weeks rather than days if tensions in "
            "the Gulf boil over, speakers warned on Saturday at the Tidewater Security Dialogue, an annual forum "
            "hosted by the Calloway Institute for Strategic Studies.",
            "Opening the panel on maritime security, the moderator, Claire Hennessy, a senior editor at the Gulf "
            "Ledger, asked whether the navies of the region had enough ships to keep the waterway open.",
            "Faisal Al-Mansoori, a retired rear admiral who commanded the Emirati navy's eastern fleet and now heads "
            "the maritime security programme at the Calloway Institute, argued in his opening remarks that mines, not "
            "missiles, were the greatest danger to tankers.",
            '"You can clear a minefield, but you cannot clear the fear of one, and insurers price the fear," '
            "Al-Mansoori told the audience.",
            "Annika Lindqvist, a senior fellow at the Norrland Centre for Maritime Studies in Gothenburg, said during "
            "the panel that war-risk premiums for tankers had tripled since the spring.",
            "Speaking on the sidelines of the forum, Bahrain's deputy foreign minister, Khalid Al-Nuaimi, told "
            "reporters that his government was in contact with Tehran and Washington to lower tensions.",
            "The panel also heard from Commodore James Whitcombe, deputy commander of the Allied Gulf Maritime Task "
            "Group, who said coalition warships had escorted 40 merchant vessels through the strait last month.",
            "A student from the University of Bahrain asked the panel whether the escorts would continue if a ship "
            "were struck.",
            "Whitcombe said the rules of engagement were a matter for governments, not for him.",
            "Summing up, Hennessy said the panellists agreed on one thing: that no navy could keep the strait open on "
            "its own.",
            "The Calloway Institute said in a statement after the forum that it would publish the panel's "
            "recommendations next month.",
        ),
        [
            ("halted for weeks", "", "unnamed", ""),  # speakers
            ("enough ships", "Claire Hennessy", "other", "Gulf Ledger"),  # moderator, a senior editor
            ("mines, not missiles", "Faisal Al-Mansoori", "analyst", "Calloway Institute"),  # retired, heads programme
            ("price the fear", "Faisal Al-Mansoori", "analyst", "Calloway Institute"),  # the same
            ("tripled since the spring", "Annika Lindqvist", "analyst", "Norrland Centre for Maritime Studies"),
            ("in contact with Tehran", "Khalid Al-Nuaimi", "official", ""),  # deputy foreign minister of a state
            ("40 merchant vessels", "James Whitcombe", "official", "Allied Gulf Maritime Task Group"),  # Commodore
            ("escorts would continue", "", "unnamed", ""),  # a student, not named
            ("rules of engagement", "James Whitcombe", "official", "Allied Gulf Maritime Task Group"),  # the same
            ("open on its own", "Claire Hennessy", "other", "Gulf Ledger"),  # the moderator sums up
            ("recommendations next month", "Calloway Institute for Strategic Studies", "institution", ""),
        ],
    ),
    (
        (
            "Western sanctions on Russian oil have cost Moscow less than their authors hoped but more than it admits, "
            "panellists said on Tuesday during a webinar hosted by the Brightmoor Centre for Economic Security, a "
            "Washington think tank.",
            "The moderator, Brightmoor president Eleanor Voss, asked at the start whether the price cap on Russian "
            "crude still had teeth.",
            "Mikhail Orlov, a former deputy finance minister of Russia who left the country in 2022 and is now a "
            "visiting scholar at the Hartwell School of Public Policy in London, said the Kremlin had found ways "
            "around the cap through a fleet of ageing tankers.",
            '"The shadow fleet is not a shadow any more. Everyone can see it, and nobody stops it," Orlov said during '
            "the webinar.",
            "Rebecca Thornbury, who was the U.S. Treasury's assistant secretary for terrorist financing until last "
            "year and is now a senior adviser at the consultancy Ashby Kent Strategies, argued that Russia was selling "
            "its oil at a steep discount and that the discount was the point of the policy.",
            "Joining from Brussels, Pieter De Wolf, a European Commission official who works on sanctions policy, said "
            "the bloc's next package would target the insurers and ship registries that serve the fleet.",
            "De Wolf stressed that he was speaking in a personal capacity.",
            "One participant, who said she was an oil trader in Singapore, asked whether Indian refiners would keep "
            "buying Russian crude.",
            "Thornbury said Indian purchases had fallen since the spring as banks in Mumbai grew wary of handling the "
            "payments.",
            'Closing the webinar, Voss said sanctions were "a marathon, not a sprint" and that the centre would '
            "publish a paper on enforcement in June.",
            "Brightmoor said about 900 people had registered for the event.",
        ),
        [
            ("cost Moscow less", "", "unnamed", ""),  # panellists
            ("still had teeth", "Eleanor Voss", "analyst", "Brightmoor"),  # moderator, president of a think tank
            ("ways around the cap", "Mikhail Orlov", "analyst", "Hartwell School of Public Policy"),  # former minister
            ("nobody stops it", "Mikhail Orlov", "analyst", "Hartwell School of Public Policy"),  # the same
            ("steep discount", "Rebecca Thornbury", "analyst", "Ashby Kent Strategies"),  # former official, adviser
            ("insurers and ship registries", "Pieter De Wolf", "official", "European Commission"),
            ("personal capacity", "Pieter De Wolf", "official", "European Commission"),  # the same
            # "who said she was an oil trader": a verb of communication and what was said (set after the run)
            ("oil trader in Singapore", "", "unnamed", ""),  # one participant, not named
            ("Indian refiners", "", "unnamed", ""),  # the same
            ("Indian purchases", "Rebecca Thornbury", "analyst", "Ashby Kent Strategies"),  # the same
            ("marathon, not a sprint", "Eleanor Voss", "analyst", "Brightmoor"),  # the moderator closes
            ("900 people", "Brightmoor Centre for Economic Security", "institution", ""),  # "Brightmoor said"
        ],
    ),
    (
        (
            "DAKAR -- The Sahel's military governments have traded one foreign partner for another without making "
            "their countries safer, scholars and former officials told a two-day conference on the region that ended "
            "on Friday at the Université de la Côte Atlantique.",
            "The conference, organised by the university's Centre for Sahel Studies with support from the Helvig "
            "Foundation, brought together about 200 researchers, diplomats and military officers.",
            "In the keynote address, Aminata Coulibaly, a former foreign minister of Mali who now teaches "
            "international relations at the university, said the departure of French troops had left a vacuum that "
            "foreign mercenaries had filled.",
            '"We were promised sovereignty. What we received was a new landlord," Coulibaly told the audience.',
            "Professor Ibrahim Sall, director of the Centre for Sahel Studies, said attacks by armed groups in the "
            "border region of Mali, Burkina Faso and Niger had nearly doubled in two years.",
            "Colonel Moussa Diarra, a spokesman for Niger's armed forces who attended as an observer, rejected that "
            "figure on the sidelines of the conference and said the army had retaken ground in the Tillaberi region.",
            "Helene Marchetti, a researcher at the Institut Lumiere pour le Developpement in Lyon who chaired a panel "
            "on migration, said departures on the Atlantic route had risen as patrols off Libya tightened.",
            "Senegal's minister of the armed forces, Cheikh Ndour, who opened the conference on Thursday, said the "
            "states of the region had to build their own intelligence sharing rather than wait for outside help.",
            "Several participants said it was the first conference in years at which officials of the military "
            "governments and their critics had sat in the same room.",
            '"That alone is worth something," said Sall.',
        ),
        [
            ("one foreign partner for another", "", "unnamed", ""),  # scholars and former officials
            ("left a vacuum", "Aminata Coulibaly", "analyst", "Université de la Côte Atlantique"),  # former minister
            ("new landlord", "Aminata Coulibaly", "analyst", "Université de la Côte Atlantique"),  # the same
            ("nearly doubled", "Ibrahim Sall", "analyst", "Centre for Sahel Studies"),  # director
            ("retaken ground", "Moussa Diarra", "official", ""),  # a military spokesman
            ("Atlantic route", "Helene Marchetti", "analyst", "Institut Lumiere pour le Developpement"),  # researcher
            ("intelligence sharing", "Cheikh Ndour", "official", ""),  # a state's minister
            ("same room", "", "unnamed", ""),  # several participants
            ("worth something", "Ibrahim Sall", "analyst", "Centre for Sahel Studies"),  # the same
        ],
    ),
    (
        (
            "LONDON -- Britain wasted a decade treating China as a customer rather than a rival, Geoffrey Hallam, "
            "foreign secretary from 2014 to 2016, said on Wednesday at the launch of his memoir at the Kensington "
            "Forum for International Affairs.",
            "The book, The Long Courtship, argues that ministers of all parties ignored warnings from the security "
            "services about Chinese investment in British power stations and ports.",
            '"We told ourselves that trade would change China. It changed us instead," Sir Geoffrey told an audience '
            "of diplomats, journalists and students.",
            "The evening was chaired by Priya Natarajan, director of the forum's Asia programme, who asked Hallam "
            "whether he regretted his own part in the golden era of relations with Beijing.",
            "Hallam said he did, and added that he had signed off on deals that he would block today.",
            "Also on the panel was Julia Ferris, a former ambassador to Beijing who now chairs the advisory board of "
            "the Wexley China Centre at the University of Bristol, who argued that the book was too hard on the "
            "diplomats of the period.",
            '"We were not naive. We were instructed," Ferris said, to laughter from the room.',
            "A Chinese embassy spokesperson, asked about the book, said Hallam's account smeared normal economic "
            "cooperation and served the interests of a few politicians.",
            "Foreign Office minister Daniel Okoro, speaking on the sidelines of the launch, told reporters that the "
            "government's policy on China was clear-eyed and that the memoir described a different era.",
            "The forum said the launch had drawn its largest audience of the year.",
        ),
        [
            ("wasted a decade", "Geoffrey Hallam", "analyst", ""),  # a former foreign secretary
            ("changed us instead", "Geoffrey Hallam", "analyst", ""),  # the same, "Sir Geoffrey"
            ("regretted his own part", "Priya Natarajan", "analyst", "Kensington Forum for International Affairs"),
            ("signed off on deals", "Geoffrey Hallam", "analyst", ""),  # the same
            ("too hard on the diplomats", "Julia Ferris", "analyst", "Wexley China Centre"),  # former ambassador
            ("We were instructed", "Julia Ferris", "analyst", "Wexley China Centre"),  # the same
            ("smeared normal economic", "", "unnamed", ""),  # a spokesperson, not named
            ("clear-eyed", "Daniel Okoro", "official", "Foreign Office"),  # minister
            ("largest audience", "Kensington Forum for International Affairs", "institution", ""),  # "the forum"
        ],
    ),
    (
        (
            "WARSAW -- Europe must be ready to fight a war on its own soil within five years, Estonian Defence "
            "Minister Rein Kask told a defence conference in Warsaw on Tuesday, urging allies to double their "
            "stocks of artillery ammunition.",
            '"Deterrence is not what you say at conferences. It is what you have in your warehouses," Kask said in '
            "his keynote address to the Vistula Defence Conference, organised by the Warsaw Centre for Eastern "
            "Security.",
            "Kask said Estonia would spend 3.7% of its gross domestic product on defence next year.",
            "In the question-and-answer session that followed, the moderator, Tomasz Wierzbicki, a former Polish "
            "deputy defence minister who now heads the security programme at the Warsaw Centre for Eastern Security, "
            "asked whether smaller allies could afford such spending without cutting pensions and schools.",
            '"The alternative is more expensive," Kask replied.',
            "Lieutenant General Marek Zielinski, deputy chief of the Polish General Staff, said during a later panel "
            "that Poland's new divisions would be fully manned by 2028.",
            "Sophie Marchand, a senior research fellow at the Paris-based Institut Vauban, said Europe's arms makers "
            "were still producing at peacetime rates, and that orders had to come with contracts of several years.",
            "A retired U.S. Army general, Michael Brandt, who commanded U.S. forces in Europe until 2021, warned the "
            "audience that Washington's attention would turn increasingly to Asia.",
            "A delegate from Lithuania, a member of its parliament, asked whether the alliance's eastern flank had "
            "enough air defence.",
            'Zielinski said air defence was "the gap we worry about most".',
            "The Warsaw Centre for Eastern Security said more than 1,500 delegates from 40 countries had attended.",
        ),
        [
            ("within five years", "Rein Kask", "official", ""),  # defence minister of a state
            ("in your warehouses", "Rein Kask", "official", ""),  # the same, keynote
            ("3.7%", "Rein Kask", "official", ""),  # the same
            ("pensions and schools", "Tomasz Wierzbicki", "analyst", "Warsaw Centre for Eastern Security"),  # moderator
            ("more expensive", "Rein Kask", "official", ""),  # the same, "replied"
            ("fully manned", "Marek Zielinski", "official", "Polish General Staff"),  # deputy chief, an officer
            ("peacetime rates", "Sophie Marchand", "analyst", "Institut Vauban"),  # senior research fellow
            ("turn increasingly to Asia", "Michael Brandt", "analyst", ""),  # a retired general
            ("eastern flank", "", "unnamed", ""),  # a delegate, not named
            ("worry about most", "Marek Zielinski", "official", "Polish General Staff"),  # the same
            ("1,500 delegates", "Warsaw Centre for Eastern Security", "institution", ""),
        ],
    ),
    (
        (
            "WASHINGTON -- A blockade of Taiwan would hurt China's economy almost as much as Taiwan's, panelists "
            "argued at an event at the Ashcombe Institute on Thursday, though they disagreed over whether Beijing "
            "would count that cost.",
            "Kenneth Liao, a former deputy national security adviser who is now a distinguished fellow at the "
            "institute, said Chinese leaders had studied closely how Russia's economy had weathered sanctions.",
            "Mei-ling Huang, a professor of political science at Formosa Coast University in Taipei, said Taiwan's "
            "stocks of liquefied natural gas would last about 11 days, while Richard Obi, a senior analyst at the "
            "Kestrel Group, a risk consultancy, said insurers would stop covering ships long before a shot was fired.",
            '"Beijing does not need to sink a ship. It only needs to make the underwriters nervous," Obi said.',
            "The moderator, Laura Chen, a correspondent for the Pacific Review, asked Liao whether the United States "
            "could break a blockade. He said the Navy could, but at a cost in ships that no president had yet been "
            "asked to accept.",
            "Speaking on the sidelines, a Taiwanese official who declined to be named because he was not authorised to "
            "speak to the media said Taipei had run three exercises this year to test the delivery of fuel under fire.",
            "Takeshi Yoshida, minister at the Japanese embassy in Washington, told the audience that Japan saw the "
            "stability of the strait as a matter of its own security.",
            "A student from the Halvorsen School of Foreign Service asked whether Taiwan's opposition parties would "
            "accept American help.",
            "Huang replied that every party in Taiwan wanted the island defended and that they argued only about the "
            "price.",
            "The Chinese embassy in Washington said in an email that the Taiwan question was China's internal affair "
            "and that no outside force would be allowed to interfere.",
            "The Ashcombe Institute said a recording of the event would be posted on its website.",
        ),
        [
            ("almost as much as Taiwan's", "", "unnamed", ""),  # panelists
            ("weathered sanctions", "Kenneth Liao", "analyst", "Ashcombe Institute"),  # former official, fellow
            ("about 11 days", "Mei-ling Huang", "analyst", "Formosa Coast University"),  # professor
            ("stop covering ships", "Richard Obi", "analyst", "Kestrel Group"),  # senior analyst, consultancy
            ("underwriters nervous", "Richard Obi", "analyst", "Kestrel Group"),  # the same
            ("break a blockade", "Laura Chen", "other", "Pacific Review"),  # moderator, a correspondent
            ("no president had yet", "Kenneth Liao", "analyst", "Ashcombe Institute"),  # "He said"
            ("three exercises", "", "unnamed", ""),  # an official who declined to be named
            ("its own security", "Takeshi Yoshida", "official", "Japanese embassy"),  # a diplomat
            ("opposition parties", "", "unnamed", ""),  # a student, not named
            ("argued only about the", "Mei-ling Huang", "analyst", "Formosa Coast University"),  # the same
            # an embassy speaking as itself, keyed by the fullest name the article gives it (set after the run)
            ("internal affair", "Chinese embassy in Washington", "institution", ""),
            ("posted on its website", "Ashcombe Institute", "institution", ""),
        ],
    ),
]
