"""An eighty-fifth batch of fictional stories for probing the quotes, in the manner of NUCLEAR ARMS CONTROL,
NON-PROLIFERATION AND INSPECTIONS as the wires, the arms-control press and think-tank web sites write them: a board
meeting of a made-up U.N. nuclear watchdog in Vienna (its director general who "told reporters" and "said in a
confidential report seen by" a news agency, "the agency chief", "the veteran diplomat", Western diplomats "speaking on
condition of anonymity because the report is not public", the board's chair); a state's envoy to the agency and its
foreign ministry's reply ("the ministry said in a statement carried by state media", a spokeswoman at a weekly news
conference, "the envoy", a deputy minister who "wrote on X"); the lapse of the last arms treaty between Washington
and Moscow (a defence minister "according to a transcript posted by the ministry", a senior administration official
on a background call, a foreign ministry spokesman at a regular briefing, a think-tank fellow who is then "the former
negotiator"); a missile test reported by a neighbour's joint chiefs ("the military said in a text message to
reporters", "It said", a defence minister in Tokyo, a colonel who is then "the colonel", a bureau "in a statement
carried by state media"); and the analysts of an arms-control association and an institute ("wrote in an analysis",
"said on the institute's weekly podcast", "wrote on X that") with a retired inspector, in one long paragraph of
several speakers and a quotation split by its cue. Surnames after the first mention, descriptions standing for
people, pronoun chains across paragraphs. Written for these tests; none is taken from any corpus, and every person,
agency, treaty, bureau, institute, association, university and news agency in them is made up (the countries, their
ministries and armies are real kinds of bodies)."""

from __future__ import annotations

BOARD: tuple[str, ...] = (
    "Nuclear watchdog chief warns board of blind spots in Iran monitoring",
    "VIENNA — The director general of the International Nuclear Verification Agency, Aurelio Sandvik-Moreau, told "
    "reporters on Monday that inspectors had lost track of how many centrifuges Iran has built since cameras at two "
    "workshops were taken down last year, as the U.N. watchdog’s 35-nation board opened its quarterly meeting.",
    "“We are flying blind on a part of the programme that matters a great deal,” Sandvik-Moreau said at a news "
    "conference before the session. “That is not a complaint. It is a fact.”",
    "In a confidential report seen by the Kestrel News Agency, the agency chief said Iran’s stock of uranium enriched "
    "to up to 60 percent had grown by 38 kilograms in three months, to an estimated 221 kilograms. The report also "
    "said inspectors had found traces of man-made uranium at a site near Mirabad that Iran has never declared.",
    "Two Western diplomats, speaking on condition of anonymity because the report is not public, said Britain, France "
    "and Germany were drafting a resolution that would censure Iran and could be put to a vote as early as Thursday. "
    "One of them said the United States had not yet decided whether to co-sponsor it.",
    "Sandvik-Moreau declined to say whether he backed a censure. “The board is sovereign. My job is to tell it what we "
    "see and what we do not,” he said, adding that he hoped to travel to Tehran “in the coming weeks” to put the "
    "cameras back.",
    "The veteran diplomat, who ran the agency’s safeguards department for nine years before taking the top job, said "
    "inspectors had still made 14 visits to Iranian sites since March and had found no sign that material had been "
    "moved out of the declared plants.",
    "He also said the agency would need an extra 9 million euros next year to keep up its work in Iran, money he said "
    "no member state had yet offered.",
    "The U.S. ambassador to the agency, Marisol Trevanion, told the board in a statement that Iran’s cooperation had "
    "“gone from poor to worse” since the summer. She said Washington would consult its European partners before "
    "deciding on the draft.",
    "The board’s chair, Ambassador Lucía Etxeberri-Paz of Uruguay, said the meeting would run until Friday and that "
    "the Iran item would be taken up on Wednesday afternoon.",
)

ENVOY: tuple[str, ...] = (
    "Iran warns it will curb inspections if agency board censures it",
    "TEHRAN — Iran will cut back the access of U.N. inspectors to its nuclear sites if the watchdog’s board passes a "
    "resolution against it this week, the foreign ministry said in a statement carried by state media on Tuesday.",
    "“Those who push this resolution will own what comes after it,” the ministry said. “Iran has kept every promise "
    "it made to the agency, and it has been paid with suspicion.”",
    "The ministry’s spokeswoman, Farzaneh Alavipour, told her weekly news conference that Iran could stop letting "
    "inspectors into an enrichment plant near Isfahan within days of a vote. She said the decision would rest with "
    "the Supreme National Security Council, not with the foreign ministry.",
    "Asked whether Iran would leave the Non-Proliferation Treaty, Alavipour said that step was “not on the agenda "
    "today.”",
    "In Vienna, Iran’s ambassador to the agency, Behrouz Naderkhani, called the draft “a political act dressed up as a "
    "technical one.”",
    "The envoy, who has represented Tehran at the agency since 2021, said the uranium traces at Mirabad dated from the "
    "early 2000s and had been explained to inspectors “more than once.” “We answered every question. They keep asking "
    "the same question in a louder voice,” he told reporters outside the agency’s headquarters.",
    "He said Iran remained ready to talk with the agency about the cameras but would not do so “under threat.”",
    "A spokesman for the French foreign ministry, Olivier Marchetti-Loy, said Tehran’s warning “only confirms the "
    "need” for the board to act.",
    "Iran’s deputy foreign minister, Kaveh Rastegarnia, wrote on X: “Our patience with double standards has limits. "
    "The board would be wise not to test them.”",
    "The deputy minister later told state television that Iran had “no wish for a crisis” and would send a technical "
    "team to Vienna before the vote.",
)

TREATY: tuple[str, ...] = (
    "Last arms treaty between Washington and Moscow lapses with no talks in sight",
    "WASHINGTON — The last treaty limiting the nuclear arsenals of the United States and Russia expired at midnight "
    "on Wednesday, leaving the two largest nuclear powers without caps on their long-range weapons for the first time "
    "in more than half a century.",
    "Russia’s defence minister, Arkady Vostrikov, said Moscow would keep to the limits of the Strategic Launcher "
    "Reduction Treaty on deployed warheads for one more year “as long as Washington does the same.”",
    "“We did not choose this. The treaty died of neglect, and the neglect was not ours,” Vostrikov told a meeting of "
    "senior officers in Moscow, according to a transcript posted by the ministry.",
    "He said a new heavy missile would enter service with the strategic forces before the end of the year whatever "
    "Washington decided.",
    "A senior administration official, speaking to reporters on a background call on condition that he not be named, "
    "said the United States would match any Russian restraint but would not sign “a political pledge with no "
    "inspections behind it.”",
    "The official said the president had asked the Pentagon to study loading extra warheads onto submarine-launched "
    "missiles, a step that could be taken within months. “We are studying it. We have not decided it,” the official "
    "said.",
    "Secretary of State Everett Hollingsworth-Baines told reporters at the State Department that the administration "
    "was “ready to sit down tomorrow” with Russia and China together.",
    "China’s foreign ministry spokesman, Zhou Lianbo, said at a regular briefing that China’s arsenal was kept “at the "
    "minimum level” its security required and that Beijing would not take part in three-way talks.",
    "Mariela Vantongeren, a senior fellow at the Lindqvist Institute for Strategic Studies who helped write the "
    "treaty’s inspection annex as a State Department negotiator, said the end of the treaty mattered less for the "
    "number of warheads than for the loss of inspections. “For fifteen years each side could go and look. Tomorrow, "
    "neither can,” she said.",
    "The former negotiator said she did not expect new talks before the U.S. presidential election. She said the "
    "best hope was an informal pledge by both sides to keep sharing data on missile launches.",
)

MISSILE: tuple[str, ...] = (
    "North Korea fires missile into sea off its east coast",
    "SEOUL — North Korea fired what appeared to be an intermediate-range ballistic missile into the sea off its east "
    "coast on Sunday, South Korea’s Joint Chiefs of Staff said, its first launch in two months.",
    "The missile flew about 1,000 kilometres after it was launched from near Pyongyang shortly after 7 a.m., the "
    "military said in a text message to reporters. It said it had stepped up its surveillance and was sharing "
    "information with the United States and Japan.",
    "Japan’s defence minister, Haruto Kanemura, told reporters in Tokyo that the missile had landed outside Japan’s "
    "exclusive economic zone and that there were no reports of damage to ships or aircraft.",
    "“Launches like this one threaten the peace of the whole region, and we have lodged a protest through our embassy "
    "in Beijing,” Kanemura said.",
    "North Korea’s Rocket Industry Bureau said in a statement carried by state media on Monday that the launch had "
    "tested a new guidance system and posed no threat to neighbouring countries.",
    "A spokesman for South Korea’s defence ministry, Col. Bae Dong-yeol, said the launch appeared aimed at the joint "
    "drills that South Korean and U.S. forces are due to start next week. “The North wants to be seen as a country "
    "that cannot be ignored,” the colonel said.",
    "He said the military had not yet determined whether the missile carried a manoeuvring warhead.",
    "Yun Hae-ri, who teaches North Korean studies at Daegyeong University in Seoul, said the timing pointed to the "
    "coming drills. “This is a message with a date on it,” she said.",
    "She said the North had tested more solid-fuel missiles this year than in the three years before it combined.",
)

ANALYSTS: tuple[str, ...] = (
    "As cameras go dark, arms-control experts fear the end of inspections",
    "Analysts at two Washington groups said this week that the loss of inspections in Iran and the lapse of the last "
    "U.S.-Russian treaty had left the world with less insight into nuclear arsenals than at any time since the 1980s.",
    "Priya Ranganathan-Holt, the research director of the Arms Restraint Association, wrote in an analysis published "
    "on Tuesday that “verification is not a courtesy between rivals; it is the thing that makes a treaty worth "
    "signing.”",
    "She wrote that the watchdog’s director general had been right to go public with the gaps in Iran, but that the "
    "board had given him few tools to close them.",
    "Tobias Ekwueme-Strand, who directs the nuclear policy programme at the Ferncliff Institute, said on the "
    "institute’s weekly podcast that the next crisis would be about what nobody could see. “We used to argue about "
    "numbers. Now we argue about guesses,” he said.",
    "Margit Oyelaran-Bos, a retired inspector who spent 22 years with the agency and led teams in Iraq and Libya, was "
    "blunter. “An inspector who cannot go back is not an inspector. She is a historian,” she said. Ranganathan-Holt "
    "disagreed in part, arguing that satellite images and environmental sampling could fill some of the gaps. “Not "
    "all, but some,” she said. Ekwueme-Strand was less sure: he said satellites could show a building but not what "
    "was inside it, and that “a centrifuge hall looks like a warehouse from space.” The retired inspector, asked "
    "about the cameras, said she had installed some of them herself in 2015.",
    "“The agency has never had more money or more inspectors,” Oyelaran-Bos said, “and it has never been allowed to "
    "see less.”",
    "Ranganathan-Holt wrote on X that the board vote would be “the last cheap moment” to press Iran back to the "
    "cameras.",
    "The former inspector said she still kept her agency badge in a drawer. “Just in case they call,” she said.",
)
