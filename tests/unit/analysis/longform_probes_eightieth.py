"""An eightieth batch of fictional stories for probing the quotes, in the manner of ELECTIONS ABROAD as the wires,
international broadcasters' web sites and foreign correspondents write them: an election night in a snap parliamentary
election in Portugal (exit polls, the winner's victory speech, a former finance minister conceding "in a speech to
supporters", a deputy leader of the winning party "speaking on condition of anonymity" about coalition talks, a
party's statement); a parliamentary vote in Georgia with the electoral commission's chairwoman and the head of an
international observer mission ("the mission said in a preliminary statement"); a disputed presidential run-off in
Malawi with the opposition's spokesman, the ruling party's secretary general, the commission's chairman and a
political scientist at a local university; a coalition deal in the Czech Republic announced seven weeks after the vote
by two leaders at a joint news conference; and a broadcaster's correspondent at a South Korean election night, with
"Mr" and "Ms" before surnames, voters at a polling station and analysts. Surnames after the first mention, "the
54-year-old", "the former finance minister", parties and commissions as speakers, single and double quotation marks,
quotes split by their cue, and figures "according to" exit polls, preliminary results and a copy of an agreement.
Written for these tests; none is taken from any corpus, and every person, party, institute, university and mission
in them is made up (the countries, cities and kinds of bodies are real)."""

from __future__ import annotations

NIGHT: tuple[str, ...] = (
    "Portugal’s New Horizon wins most seats but falls short of majority",
    "LISBON, March 9 — Portugal’s centre-right New Horizon party won the most seats in Sunday’s snap parliamentary "
    "election but fell well short of a majority, according to exit polls and preliminary results, setting the stage "
    "for weeks of coalition talks in a country that has now voted three times in four years.",
    "With 96 percent of the votes counted, New Horizon had 31.8 percent, against 27.4 percent for the governing Labour "
    "Left alliance, the electoral commission said. The hard-right Sovereignty party came third with 14 percent, its "
    "best result ever.",
    "“The Portuguese people have asked for change, and tonight they have chosen us to lead it,” New Horizon’s leader, "
    "Duarte Vasconcelos-Amaral, told cheering supporters at a hotel in central Lisbon. The 61-year-old former mayor of "
    "Braga said he would begin talks “with every party that respects the constitution” on Monday, a phrase widely read "
    "as ruling out a deal with Sovereignty.",
    "Inês Calheiros-Brandão, the Labour Left leader and a former finance minister, conceded defeat in a speech to "
    "supporters shortly before midnight. “We did not win tonight. I say it plainly, and I take responsibility for it,” "
    "the 54-year-old said, her voice breaking. “But we will be a strong and loyal opposition.” Calheiros-Brandão said "
    "she would not step down as party leader, at least not before a party congress in the spring.",
    "A deputy leader of New Horizon, speaking on condition of anonymity because the party had not yet settled on a "
    "strategy, said informal contacts with the small liberal Open Portugal party had begun weeks ago. ‘Nobody wants a "
    "fourth election,’ the official said. ‘That is our strongest card, and theirs.’",
    "Sovereignty’s leader, Tomás Ferraz-Lobato, said his party had “earned the right to be heard” and would not accept "
    "being shut out. “Whoever ignores a million Portuguese voters will pay for it at the next election,” he told "
    "reporters outside the party’s headquarters. The party said in a statement later that it was “open to talks with "
    "anyone”, but set conditions, including a referendum on immigration.",
    "Turnout was 63 percent, up from 59 percent at the last vote, according to the commission. Political analysts said "
    "the result reflected fatigue with the outgoing government after a housing crisis and a corruption inquiry that "
    "brought it down in November. “Voters were not enthusiastic about New Horizon. They were tired of the "
    "alternative,” said Matilde Sarmento-Queirós, a political scientist at the Tejo Institute of Political Studies.",
    "Vasconcelos-Amaral, asked whether he would govern as a minority, would not be drawn. ‘Tonight we celebrate,’ he "
    "said. ‘Tomorrow we count.’",
)

OBSERVERS: tuple[str, ...] = (
    "Georgia’s ruling party wins parliamentary vote marred by pressure on voters, observers say",
    "TBILISI — Georgia’s governing Unity and Progress party won a fourth term in Saturday’s parliamentary election, "
    "the Central Election Commission said on Sunday, but international observers said the vote had been marred by "
    "widespread pressure on public-sector workers and an uneven playing field.",
    "With nearly all precincts counted, Unity and Progress had 52.1 percent of the vote, according to preliminary "
    "results published on the commission’s website. The main opposition bloc, Democratic Path, had 24 percent.",
    "The commission’s chairwoman, Tamar Gelashvili-Orbeli, told a news conference in Tbilisi that the vote had been "
    "“calm, orderly and transparent” and that complaints filed by the opposition at 211 polling stations would be "
    "examined “one by one.” Turnout, she said, was 58.4 percent. “No election in the world is perfect,” "
    "Gelashvili-Orbeli said, “but no one can say that this result does not reflect the will of voters.”",
    "The international observer mission, which deployed more than 400 observers across the country, struck a "
    "different tone. The mission said in a preliminary statement that the election had been “competitive and well "
    "administered” on the day itself but that the campaign was “marked by an imbalance of resources, intimidation of "
    "voters and the misuse of administrative power.”",
    "“We saw teachers, doctors and civil servants told by their superiors how to vote, and in some cases asked to "
    "photograph their ballots,” the head of the mission, Karin Lindqvist-Haugen, a former Norwegian foreign minister, "
    "said at a news conference. “That is not a free choice, even if the counting is clean.” Lindqvist-Haugen said the "
    "mission would publish its final report within two months.",
    "Irakli Dolidze-Kapanadze, who leads Democratic Path, called the election “a theft carried out in daylight” and "
    "said the bloc would not take up its seats in parliament. ‘We will not lend our names to this parliament,’ the "
    "47-year-old told thousands of supporters who gathered outside the parliament building on Sunday evening.",
    "Unity and Progress dismissed the criticism. ‘The opposition lost, and it is looking for someone to blame,’ the "
    "party said in a statement, adding that the observers had relied on “unverified claims from partisan groups.” The "
    "party’s general secretary, Nikoloz Abramia-Sulava, said the government would “study the mission’s "
    "recommendations carefully.”",
    "Natia Gabunia-Rees, who studies elections at the Mtkvari Centre for Electoral Studies in Tbilisi, said the "
    "observers’ statement would make it harder for the government to mend its ties with Brussels. “The mission has "
    "written down, in careful diplomatic language, what Georgians already knew,” she said.",
)

RUNOFF: tuple[str, ...] = (
    "Malawi opposition rejects run-off result as president is declared winner",
    "LILONGWE (Wire) — Malawi’s electoral commission on Thursday declared President Chisomo Kalua-Mphande the winner "
    "of last week’s presidential run-off with 50.4 percent of the vote, a margin of fewer than 60,000 votes, but his "
    "challenger, Wezzie Mhango-Nkhoma, refused to concede and said she would go to court.",
    "“This result was written before a single ballot was cast,” said Kondwani Phiri-Msiska, a spokesman for "
    "Mhango-Nkhoma’s Alliance for National Renewal, at a news conference in Blantyre. He said the party’s agents had "
    "been turned away from tallying centres in at least four districts of the Southern Region, and that tally sheets "
    "from 312 polling stations had been altered with correction fluid. “Correction fluid has become the most powerful "
    "politician in this country,” Phiri-Msiska said.",
    "The ruling People’s Progress Movement dismissed the allegations. Its secretary general, Mathews Gondwe-Chisale, "
    "said the opposition had “lost fairly and should accept it like democrats.” ‘Every party had monitors in every "
    "centre. They signed the result sheets. Now they say they did not see what they signed,’ Gondwe-Chisale told "
    "reporters at the party’s headquarters in Lilongwe.",
    "The commission’s chairman, Justice Dalitso Mwale-Chimwaza, said the commission had investigated every complaint "
    "before announcing the result and found none that would have changed the outcome. Asked about the altered tally "
    "sheets, he said the corrections had been “made openly, in the presence of party monitors, and countersigned.”",
    "According to the commission’s final figures, Kalua-Mphande won 3,412,880 votes and Mhango-Nkhoma 3,354,102. "
    "Turnout was 64 percent, down from 71 percent in the first round in September, when neither candidate won a "
    "majority.",
    "The dispute now moves to the courts, where Malawi has a precedent: in 2020 the Constitutional Court annulled a "
    "presidential election over irregularities and ordered a rerun. “The court showed five years ago that it will look "
    "at the evidence, not at who is sitting in State House,” said Thokozani Mzumara-Lungu, a political scientist at "
    "Lake Malawi University in Zomba. But the opposition, she said, would have to prove that the irregularities were "
    "large enough to change the result, “and 58,000 votes is not a small number to explain away.”",
    "Mhango-Nkhoma, 58, a former health minister who finished first in the first round, told supporters at a rally in "
    "Blantyre on Friday that they should stay calm and stay at home. ‘We will fight this in court, not in the "
    "streets,’ she said. ‘I will not give anyone an excuse to shoot our young people.’ Police said they had "
    "arrested 23 people after protesters burned tyres in the city overnight.",
    "The president, who is 67, called for unity in a televised address on Thursday night. “The election is over. Now "
    "we must all go back to work,” Kalua-Mphande said, without mentioning his opponent by name.",
)

COALITION: tuple[str, ...] = (
    "Czech centre-right and liberals agree coalition deal seven weeks after election",
    "PRAGUE — The Czech Republic’s centre-right Forward party and the liberal Citizens’ Voice agreed on Wednesday to "
    "form a coalition government, seven weeks after an inconclusive election, ending a stalemate that had left the "
    "country with a caretaker cabinet through the budget season.",
    "“We have agreed on a programme, on the ministries and on the person who will lead the government,” Forward’s "
    "leader, Radek Holoubek, told a joint news conference with his new partner in Prague. “The Czech Republic will "
    "have a government before Christmas.” Holoubek, 49, a former finance minister, is expected to be appointed prime "
    "minister by the president next week.",
    "Markéta Šindelářová, who leads Citizens’ Voice, said the deal would give her party five of the 16 ministries, "
    "including foreign affairs and education, and a veto over any change to the country’s support for Ukraine. “We did "
    "not join this government to hold a ministry. We joined it to hold a line,” she added.",
    "The two leaders, who traded insults during the campaign, appeared at ease. Asked about a television debate in "
    "which he had called her programme “a fairy tale for students,” Holoubek laughed. ‘I have read it more carefully "
    "since,’ he said. ‘Some of the fairy tales are now in our coalition agreement.’",
    "According to a copy of the agreement seen by reporters, the coalition will raise defence spending to 3 percent of "
    "economic output by 2030, cut the number of civil servants by a tenth and introduce a tax on second homes, a "
    "demand of Citizens’ Voice that Forward had opposed during the campaign.",
    "The deal gives the coalition 104 of the 200 seats in the lower house, a narrow majority. Vojtěch Pazdera, a "
    "political scientist at the Brno Institute of Public Affairs, said the majority would be tested quickly. “Four "
    "votes is nothing. One rebel with a grievance and a television camera can bring it down,” he said. The real test, "
    "Pazdera added, would come with the budget in the spring, “when the tax on second homes stops being a line in an "
    "agreement and becomes a bill that somebody has to pay.”",
    "The outgoing prime minister, Miroslav Kubelka, whose populist Czech Pride party won the most votes in October but "
    "could find no partner, called the deal “a marriage of losers” and said his party would lead “a very loud "
    "opposition.” Czech Pride said in a statement that it would file a motion of no confidence at the first "
    "opportunity.",
    "Šindelářová, 44, brushed the criticism aside. “He had seven weeks to find a partner. We found one in six,” she "
    "said. Holoubek said the two parties would sign the agreement on Friday, and that the first cabinet meeting would "
    "be held “the day after the president says yes.”",
)

SEOUL: tuple[str, ...] = (
    "South Korea election: Opposition on course for landslide, exit poll suggests",
    "South Korea’s opposition Civic Solidarity Party is on course to win a large majority in Wednesday’s parliamentary "
    "election, a joint exit poll by the country’s three main broadcasters suggests, in a blow to the conservative "
    "government two years before the next presidential vote.",
    "The poll projects that the party and its satellite list will take between 178 and 196 of the 300 seats in the "
    "National Assembly. The governing Korea Forward Party is projected to win between 87 and 105.",
    "At the Civic Solidarity headquarters in Seoul, party workers cheered and waved yellow balloons as the figures "
    "appeared on a giant screen. The party’s leader, Kang Ji-hoon, a 58-year-old former human rights lawyer, struck a "
    "cautious note. ‘We will wait for the final count before we celebrate,’ Mr Kang told reporters. ‘The people have "
    "given us a warning as much as a mandate.’",
    "At the governing party’s offices across the city, the mood was sombre. Its chairwoman, Baek Seo-yeon, bowed "
    "deeply before the television cameras and said the party ‘humbly accepts the judgement of the people’. Ms Baek "
    "said she would ‘take full responsibility’ for the defeat, remarks widely seen as a sign that she would resign.",
    "Turnout was 67.2%, the highest for a parliamentary election in more than three decades, the National Election "
    "Commission said.",
    "Voters I spoke to in Suwon, south of Seoul, said rents and the price of food mattered more to them than anything "
    "the parties argued about on television. ‘My rent went up by a third in two years. Nobody in the Assembly seems to "
    "notice,’ said Choi Eun-ji, a 31-year-old nurse, as she left a polling station in a primary school. A retired bus "
    "driver, who gave his name only as Mr Lim, said he had voted for the governing party all his life but had stayed "
    "at home this time. ‘They stopped listening,’ he said.",
    "Analysts say the result, if confirmed, would leave the government struggling to pass legislation for the rest of "
    "its term. ‘It will be a very long two years for the president,’ said Professor Han Do-yoon of the Graduate School "
    "of Public Policy at Sunmore University in Seoul. ‘He can veto bills, but he cannot govern by veto.’",
    "A senior official in the opposition party, who asked not to be named because the results were not final, said "
    "Mr Kang would offer the president talks ‘within days’ on the budget and a stalled pension reform. ‘We want to "
    "show we can govern, not just win,’ the official said. The Civic Solidarity Party said in a statement that it "
    "would ‘not use its majority to settle scores’.",
    "Official results are expected by early Thursday morning local time.",
)
