"""A forty-sixth batch of fictional stories for probing the quotes, in the manner of the ENGLISH-LANGUAGE NEWSPAPERS OF
EAST AND SOUTHEAST ASIA (The Straits Times, the South China Morning Post, The Japan Times, The Korea Herald, the
Philippine Daily Inquirer, The Jakarta Post): Singapore and Malaysian style with "Mr", "Ms" and "Dr" and no full
stops, the speaker called by family name or by given name as local usage has it ("Ms Teo Hui Min" then "Ms Teo",
"Mr Tharman Raj" then "Mr Tharman", "Ms Nur Aisyah Rahmat" then "Ms Aisyah"), Chinese, Korean and Japanese names
family name first, Filipino names with nicknames in quotation marks ("Senator Juan ‘Johnny’ Reyes"), Indonesian single
names, the cues of that press ("said in response to queries from The Straits Times", "told ST", "said in a Facebook
post", "wrote in a post on Weibo", "said at a doorstop", "told the Inquirer in a phone interview", "according to a
transcript released by the ministry"), ministers with long portfolio titles, several speakers a block, pronoun
chains and reported speech. The stories: a wider charge for supermarket bags in Singapore, a restart of three-way
trade talks in Busan, a Senate hearing in Manila on missing rice shipments, and haze from fires in Riau. Written for
these tests; none is taken from any corpus, and every person, company and group in them is made up. The gold is in
test_longform_probes_fortysixth.py."""

from __future__ import annotations

BAG_CHARGE: tuple[str, ...] = (
    "Bag charge to cover all outlets of large supermarket chains from July",
    "Large supermarket operators will have to charge at least 10 cents for each disposable carrier bag at all their "
    "outlets from July 1, the National Environment Agency (NEA) said on Tuesday.",
    "Announcing the move in Parliament, Minister for Sustainability and the Environment Teo Hui Min said the charge "
    "had cut bag use by about 70 per cent at the 400 outlets where it already applies. “The numbers tell us that "
    "Singaporeans are prepared to change their habits when given a nudge,” said Ms Teo.",
    "She added that the agency would review the scheme in two years, and did not rule out extending it to convenience "
    "stores.",
    "Senior Minister of State for Sustainability and the Environment Tharman Raj said in a Facebook post that the "
    "extension was “not about the 10 cents”. “It is about asking ourselves whether we really need that extra bag every "
    "time we shop,” wrote Mr Tharman.",
    "In response to queries from The Straits Times, ValuMart Group chief executive Vincent Ong Kah Seng said the chain "
    "would put the proceeds into its community fund, as it had done since the charge began. Mr Ong said shoppers had "
    "mostly taken the charge in their stride.",
    "Ms Nur Aisyah Rahmat, 41, who was shopping at a ValuMart outlet in Tampines on Tuesday, said she already carried "
    "two foldable bags in her handbag. “Last time I kept forgetting, now I just leave them inside,” said Ms Aisyah.",
    "But retiree Govindasamy Raju, 68, told ST the charge weighed on older shoppers. “We buy a little every day "
    "because we cannot carry heavy things. So we pay every day,” said Mr Govindasamy.",
    "Associate Professor Lim Wei Ting of the Kent Ridge Institute of Urban Studies said the charge should be seen as "
    "a first step. “Bags are a visible symbol, but they are a small part of our packaging waste,” said Prof Lim, who "
    "studies waste policy. She said the bigger gain would come from a planned levy on packaging producers.",
    "The Singapore Environment Council said in a statement that it welcomed the move, but urged the Government to "
    "publish how much of the proceeds went to green causes.",
    "Workers’ Party MP Razali Ismail (Aljunied GRC) asked whether lower-income households would get vouchers to offset "
    "the cost. Ms Teo replied that the sums involved were small, but that the ministry would “keep a close eye” on the "
    "impact.",
)

BUSAN_TRADE_TALKS: tuple[str, ...] = (
    "China, Japan and South Korea agree to restart talks on three-way trade pact",
    "The trade ministers of China, Japan and South Korea agreed on Sunday to resume negotiations on a trilateral free "
    "trade agreement stalled for years, South Korea’s Ministry of Trade, Industry and Energy said.",
    "“We have taken a meaningful step towards a more open regional economy,” Trade Minister Ahn Jae-sung told "
    "reporters after the meeting in Busan, which he hosted. Ahn said the first working-level round would be held in "
    "Seoul in the spring.",
    "Chinese Commerce Minister Wang Yuhang said in a statement released by his ministry that Beijing was willing to "
    "“work with its neighbours to oppose protectionism”. The Commerce Ministry later wrote in a post on its official "
    "Weibo account that the meeting had been “candid and pragmatic”.",
    "Japan’s Minister of Economy, Trade and Industry Saito Kenichiro, who attended the meeting for the first time "
    "since taking office in October, said Tokyo hoped to raise market access beyond existing regional deals. “The "
    "three of us share an interest in rules that are high-standard and fair,” Saito said at a news conference, "
    "according to a transcript released by the ministry.",
    "He declined to say whether Tokyo would ease its export controls on chip-making equipment, saying only that "
    "“national security is a separate matter”.",
    "Cheong Min-ji, a senior research fellow at the Korea Institute for Trade Policy Studies, said the agreement was "
    "largely symbolic for now. “The hard issues, farming for Japan and Korea and state subsidies for China, have not "
    "gone away,” Cheong told The Korea Herald in a phone interview. She said a deal was unlikely within two years.",
    "Professor Kawaguchi Yuko of Keiwa University, who has advised the Japanese government on trade, said the restart "
    "reflected worries in all three capitals about American tariffs. “Nobody wants to be the only one left outside,” "
    "she told The Japan Times.",
    "Speaking to the Post, Zhou Liqiang, deputy director of the Centre for Northeast Asian Studies at Haidong "
    "University, said Beijing saw the talks as a way to blunt Washington’s pressure on its neighbours. “This is about "
    "showing that the region can still write its own rules,” Zhou said.",
    "The Korea Business Roundtable said in a statement that it welcomed the agreement. Its vice-chairman, Park "
    "Sung-hoon, said Korean carmakers stood to gain most from lower Chinese tariffs.",
    "Asked about the talks, Chinese foreign ministry spokeswoman Lin Xiaowen told a regular briefing in Beijing that "
    "China “attaches great importance” to cooperation with its two neighbours.",
)

MISSING_RICE: tuple[str, ...] = (
    "Senators grill customs execs over ‘missing’ rice shipments",
    "Senators on Wednesday demanded that the Bureau of Customs (BOC) explain how 43 container vans of imported rice "
    "vanished from the Manila International Container Port last month.",
    "“Forty-three vans do not just disappear into thin air. Somebody signed for them,” Senator Juan ‘Johnny’ Reyes, "
    "who chairs the Senate committee on agriculture, food and agrarian reform, said at the start of the hearing.",
    "Reyes said he would ask the Office of the Ombudsman to file charges against any official found to have “looked "
    "the other way”.",
    "Customs Commissioner Bienvenido Dela Cruz Jr. told the panel that the bureau had relieved six personnel at the "
    "port and that an internal investigation was under way. “We are not hiding anything. We will open our records to "
    "this committee,” Dela Cruz said.",
    "But Senator Ma. Leonora “Leni” Bautista-Santos pressed him on why the shipments had been released through a "
    "“green lane” meant for trusted importers. “Trusted by whom, Commissioner?” she asked.",
    "Agriculture Secretary Francisco “Kiko” Tiangco told the Inquirer in a phone interview that the missing rice, "
    "about 1,200 metric tons, would not affect supply. “Our buffer stock is good for 60 days,” he said.",
    "Jocelyn Magbanua, president of the farmers’ group Samahang Magsasaka ng Gitnang Luzon, said smuggled rice was "
    "pulling farmgate prices of palay down to as low as P17 a kilo. “Our farmers sell at a loss while the smugglers "
    "laugh all the way to the bank,” Magbanua said in Filipino.",
    "Palace Press Officer Claire Villareal-Ocampo said at a briefing that the President had ordered a “full and "
    "transparent accounting” of the shipments.",
    "A customs broker who asked not to be named told the Inquirer that release papers for some of the vans had been "
    "signed on a Sunday, when the port’s examination unit is normally closed.",
    "Reyes later told reporters in an ambush interview that the committee would subpoena the importer, Golden Harvest "
    "Agri-Ventures Corp., whose listed address in Bulacan turned out to be a vacant lot. “We will find them, even if "
    "we have to go door to door,” he said.",
    "Senate Minority Leader Arnulfo “Bong” Villafuerte said in a Facebook post that the hearing showed why the "
    "rice tariff law should be reviewed.",
)

RIAU_HAZE: tuple[str, ...] = (
    "Haze returns as fires flare in Riau, Malaysian schools on alert",
    "Forest and peatland fires in Riau have sent thick haze across the Strait of Malacca, pushing air quality in parts "
    "of peninsular Malaysia to unhealthy levels on Monday, officials said.",
    "Indonesia’s National Disaster Mitigation Agency (BNPB) said 112 hot spots had been detected in Riau on Sunday, up "
    "from 40 a week earlier.",
    "BNPB spokesman Sutarjo said six water-bombing helicopters had been sent to the province. “The fires are mostly on "
    "peatland, so they burn underground. Putting them out from the air is very hard,” Sutarjo told The Jakarta Post on "
    "Monday.",
    "Riau Governor Syamsuddin Harahap declared an emergency on Saturday. “I ask the companies holding concessions to "
    "take responsibility for their land,” he said at a press conference in Pekanbaru, adding that police were "
    "investigating 14 people suspected of setting fires to clear land.",
    "Environment and Forestry Minister Wiratmaja said in a statement that the government had sealed off three "
    "concessions belonging to two palm oil firms. “There will be no compromise,” the minister said.",
    "In Putrajaya, Malaysia’s Minister of Natural Resources and Environmental Sustainability Zulkifli Hassan Basri "
    "said the ministry would send a diplomatic note to Jakarta. “We will raise this at the Asean level. Our people "
    "should not have to breathe this every year,” Mr Zulkifli said at a doorstop after an event.",
    "Education Minister Norhayati Osman said in a Facebook post that schools in areas where the Air Pollutant Index "
    "exceeded 200 would switch to home-based learning.",
    "Singapore’s National Environment Agency said in its daily haze advisory that the 24-hour PSI was expected to stay "
    "in the moderate range.",
    "Rina, 34, a mother of two in Pekanbaru, said her children had been coughing for days. “We keep the windows shut, "
    "but the smoke still comes in,” she said.",
    "Teguh Prasetyo, a campaigner at the watchdog group Hutan Lestari Watch, said many of the hot spots were in the "
    "same concessions that had burned four years earlier. “The companies pay a fine and nothing changes,” he said.",
)
