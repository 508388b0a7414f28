"""A fiftieth batch of fictional stories for probing the quotes, in the manner of CANADIAN INVESTIGATIVE AND
ACCOUNTABILITY JOURNALISM ON THE WEB (a public broadcaster's consumer and investigative units, a national paper's
investigations desk, a nonprofit environmental news site): long pieces delivered as two or three long blocks as a web
scraper leaves them; sources who are described and not named ("a former sales manager, who asked not to be named",
"one personal support worker", "two nurses", "another worker"); people named by given name only ("Dana, ... whose
surname Marketplace agreed not to publish"); companies, ministries and agencies answering "in an emailed statement
to CBC News", "in a written statement", "a spokesperson for the ministry wrote"; hidden-camera scenes where a
salesperson speaks; experts with long titles; documents quoted ("an inspection report ... says", "an internal email
... reads", "a memo warns"), which are no speakers; a company or a person that "did not respond" or "declined an
interview" (no quote); pronoun chains and split quotes. The stories: extended warranties sold on hidden camera, a
nursing home chain's charting, a northern mine's tailings dam, a children's charity's fundraising, and migrant
workers' housing at a greenhouse. Written for these tests; none is taken from any corpus, and every person, business,
charity, First Nation and group in them is made up. The gold is in test_longform_probes_fiftieth.py."""

from __future__ import annotations

WARRANTY_PITCH: tuple[str, ...] = (
    "Hidden cameras catch appliance salespeople overselling extended warranties, Marketplace finds",
    "Salespeople at one of Canada’s largest appliance chains told shoppers that their new fridges and washers would "
    "likely break down within a few years and that the manufacturer’s warranty would be worthless, a CBC Marketplace "
    "investigation has found. Marketplace sent producers with hidden cameras into 14 stores of Northvale Appliance "
    "Centre in Ontario, Alberta and Nova Scotia this spring. In 11 of them, staff pushed an extended protection plan "
    "costing up to $480. “Honestly, these compressors go in year three. Everybody comes back,” one salesperson at a "
    "store in Oshawa, Ont., told a producer who was shopping for a $1,900 fridge. Another, in Halifax, said the "
    "manufacturer “never pays out” on its own warranty. Neither statement is accurate, according to repair data "
    "Marketplace obtained from two independent service companies. A former Northvale sales manager, who asked not to "
    "be named because she still works in the industry and fears being blacklisted, said staff were ranked each week "
    "on how many plans they sold. “If you were at the bottom of the board on Friday, you heard about it Monday "
    "morning,” she said. She said managers told staff to “find the fear” in every customer. Northvale did not respond "
    "to questions about the ranking system.",
    "Dana, a retired school secretary in Moncton whose surname Marketplace agreed not to publish because she is in a "
    "dispute with the company, paid $389 for a five-year plan on a dishwasher in 2021. When the machine stopped "
    "draining last winter, she said, the plan’s administrator told her the problem was “user damage” and refused to "
    "send a technician. “I bought the plan so I would never have to argue with anybody. I have done nothing but "
    "argue,” Dana said. Her son, Owen Thibodeau, said he had spent more than 20 hours on the phone on her behalf. The "
    "plans Northvale sells are administered by Ridgeline Warranty Services, a company based in Mississauga. Its own "
    "figures, filed with Ontario’s financial services regulator, show that it paid out about 11 cents in claims for "
    "every dollar of plans sold last year. “That is a very, very profitable product, and it is profitable because "
    "most people never claim,” said Dr. Miriam Achterberg, an associate professor of marketing and consumer behaviour "
    "at the University of Guelph’s Gordon S. Lang School of Business and Economics, who reviewed the footage for "
    "Marketplace. Achterberg said the sales pitches relied on what economists call loss aversion. “You make the small "
    "chance of a big loss feel certain, and then you sell the cure,” she said. In an emailed statement to CBC News, "
    "Ridgeline said it “honours every valid claim” and that Dana’s claim had been reviewed twice. The company said it "
    "could not comment further on a customer’s file without her consent.",
    "Northvale’s chief operating officer, Grant Kovalenko, agreed to an interview after Marketplace showed the company "
    "clips of the footage. “What I saw in some of those clips is not how we train our people, and it is not "
    "acceptable,” he said. Asked about the weekly rankings, Kovalenko said the company tracked the sales of every "
    "product, not just protection plans. “We measure everything. That doesn’t mean we tell anyone to scare a "
    "customer,” he said. He said Northvale would review its training and send a reminder to every store. Ontario’s "
    "Ministry of Public and Business Service Delivery, which enforces the province’s consumer protection law, said in "
    "a statement that misrepresenting a warranty could be an unfair practice and urged shoppers to file complaints. "
    "Consumer advocate Bernadette Aucoin, who spent a decade as a policy analyst at the Consumer Policy Institute of "
    "Canada in Ottawa, said the province had not fined a retailer over an extended warranty in at least five years. "
    "“The law is fine. Nobody enforces it,” she said.",
)

CARE_HOME_RECORDS: tuple[str, ...] = (
    "Nursing home chain logged care that never happened, records and staff say",
    "Personal support workers at a chain of Ontario long-term care homes were told to record baths, repositioning and "
    "meals that residents never received, according to internal records obtained by The Globe and Mail and interviews "
    "with 23 current and former employees. The records, from four homes run by Laurentide Senior Living between 2022 "
    "and 2024, show residents marked as turned every two hours on nights when, staff say, a single worker was "
    "responsible for as many as 40 people. “You chart what the schedule says, not what you did. Everybody knows it,” "
    "said one personal support worker, who has worked at the company’s home in Sudbury for nine years. The Globe is "
    "not naming her or most of the other employees because they fear losing their jobs. Two nurses at a home in "
    "Peterborough said they had raised the problem with their director of care in 2023 and were told to “stop making "
    "waves.” An internal email from that year, sent by a regional manager to staff at the Peterborough home, reads: "
    "“Documentation must be complete by end of shift. Incomplete charts will be addressed.” A former director of care "
    "at another Laurentide home, who left the company last year and asked not to be identified because she signed a "
    "severance agreement, said the message was understood. “Nobody wrote ‘lie’ in an email. They didn’t have to,” she "
    "said.",
    "Margaret, whose father lived at Laurentide’s home in Sudbury until his death in March 2024, said she visited "
    "every afternoon and often found him in the same position she had left him in the day before. The Globe agreed to "
    "use only her first name because her family is considering legal action. His chart for those days shows him "
    "repositioned 12 times a day. “I sat next to that bed. I know what happened in that room and what didn’t,” she "
    "said. Her brother, Philip, said the family had complained to the home twice and received a form letter each "
    "time. The Globe shared the charts with Dr. Anjali Ramaswamy, a geriatrician and the former chief of staff of a "
    "Hamilton long-term care home, who now teaches in McMaster University’s Division of Geriatric Medicine. She said "
    "a pressure ulcer like the one recorded in the father’s final weeks “does not appear in a man who is being turned "
    "every two hours.” Ramaswamy said the pattern in the records was the same across all four homes. “This is not one "
    "bad night or one bad worker. This is a system producing paper,” she said. The province’s own inspection report "
    "for the Sudbury home, released last fall, found that charting was “not reflective of care provided” on one unit "
    "but issued only a written notification. Gavin Brightwater, a former inspector with the province’s long-term care "
    "inspections branch who retired in 2022, said a written notification carries no penalty. “It is a note in a "
    "file,” he said.",
    "Laurentide’s chief executive, Colette Vandermeer, declined an interview. In a written statement, the company said "
    "it “categorically rejects” the suggestion that it instructed staff to falsify records and that its homes are "
    "staffed above the provincial minimum. The statement said the company had hired an outside firm to audit its "
    "charting practices after receiving The Globe’s questions. Asked about the regional manager’s email, Laurentide "
    "said it was “a routine reminder” about paperwork. A spokesperson for Ontario’s Ministry of Long-Term Care, Hana "
    "Okafor, wrote in an email that the ministry takes “any allegation of falsified records extremely seriously” and "
    "that inspectors would follow up. She did not say when. The Ontario Personal Support Workers Association said it "
    "had heard similar reports from members at other operators. Its president, Rosalind Tran, said workers who refuse "
    "to sign off on care they did not give are often the first to lose shifts. “We are asking people to choose "
    "between their rent and their honesty,” she said.",
)

TAILINGS_SEEPAGE: tuple[str, ...] = (
    "Documents show B.C. knew for years about seepage from northern mine’s tailings dam",
    "Provincial inspectors documented water seeping from the base of a tailings dam at the Copper Nook mine in "
    "northwestern British Columbia at least seven times between 2019 and 2024, but the province never ordered the "
    "company to stop it, according to records obtained by The Narwhal through freedom of information requests. The "
    "mine, about 90 kilometres north of Stewart, is owned by Vancouver-based Kestrel Ridge Metals. An inspection "
    "report from August 2021 says seepage samples contained copper at “several times” the province’s guideline for "
    "aquatic life. A later memo from a ministry engineer warns that the dam’s toe drain was “not performing as "
    "designed.” Chief Lorna Nisyok of the Tsesk’aat First Nation, whose territory includes the creek below the dam, "
    "said the nation learned of the reports only when The Narwhal shared them. “For five years they knew and we were "
    "fishing in that water,” she said. Nisyok said the nation had asked the province in writing, twice, to be told of "
    "any problem at the mine. “We were promised a seat at the table. We got a locked filing cabinet,” she said in an "
    "interview at the band office.",
    "A former mines inspector who worked on the Copper Nook file, and who asked not to be named because she is still "
    "employed by the provincial government, said inspectors were discouraged from issuing orders against operating "
    "mines. “You could write whatever you wanted in the report. Getting a manager to sign an order was another "
    "story,” she told The Narwhal. She said the seepage was treated as a maintenance issue rather than a compliance "
    "one. Ian Ferreira, a professor of civil engineering and a tailings specialist at the University of British "
    "Columbia’s Norman B. Keevil Institute of Mining Engineering, reviewed the documents at The Narwhal’s request. He "
    "said seepage at the toe of a dam is not unusual in itself, but that a drain that is not working can raise the "
    "water pressure inside the structure. “The seepage is the symptom. What I’d want to know is what’s happening "
    "inside that embankment, and I don’t see that anyone has checked,” Ferreira said. He added that the province’s "
    "records contained no stability assessment after 2020. Kestrel Ridge Metals said in an emailed statement that "
    "the dam is “safe and stable” and that the seepage is collected and pumped back to the tailings pond. The company "
    "said it had replaced the toe drain last summer.",
    "In an emailed response, a spokesperson for the Ministry of Mining and Critical Minerals wrote that inspectors had "
    "visited the mine 14 times since 2019 and that “compliance and enforcement decisions are based on risk.” The "
    "spokesperson did not answer questions about why no order was issued. Jody Pelletier, who runs a fishing lodge on "
    "the lake downstream and has guided there for 30 years, said the creek’s coho run has been thinner each of the "
    "last four seasons. He said he could not say whether the mine was to blame. “Maybe it’s warm water, maybe it’s "
    "the mine. The point is nobody told us there was anything to look at,” Pelletier said. Ugo Castellanos, a staff "
    "lawyer with the environmental law charity Northern Waters Law Centre, said the province’s approach left First "
    "Nations and the public in the dark. “A regulator that documents a problem for five years and does nothing is not "
    "regulating,” Castellanos said. The Tsesk’aat First Nation has asked the province for an independent review of "
    "the dam, Nisyok said.",
)

CHARITY_FUNDS: tuple[str, ...] = (
    "Children’s charity spent most of its donations on fundraising, documents show",
    "A Toronto-based children’s charity that raised more than $14 million from Canadians over the past three years "
    "spent less than 12 cents of every dollar on programs for children, according to its filings with the Canada "
    "Revenue Agency and documents obtained by CBC’s The Fifth Estate. The charity, Bright Futures Kids Foundation, "
    "says on its website that it provides winter coats, school supplies and summer camp to low-income children across "
    "the country. Most of its money went to a telemarketing firm, Vantage Outreach Group, which keeps as much as 70 "
    "per cent of what its callers raise. Two former callers at Vantage told The Fifth Estate they were given a script "
    "that described the charity’s work in “every province and territory.” “We were told to say it was a local "
    "program, whatever city the donor lived in,” one of them said. The other said supervisors listened in on calls "
    "and docked callers who strayed from the script. Siobhan, an 84-year-old widow in Kelowna, B.C., who asked that "
    "her last name not be used, gave the charity $50 a month for six years. “They called me by my first name like "
    "they knew me,” she said. When The Fifth Estate showed her the charity’s filings, she was quiet for a long moment. "
    "“Six years,” she said finally. “I could have bought coats myself.”",
    "The foundation’s founder and executive director, Darrell Ostrowski, agreed to an interview in the charity’s "
    "office in North York. He said the fundraising costs were the price of reaching donors at all. “Every charity "
    "pays to raise money. People don’t like to hear that, but it’s true,” Ostrowski said. Asked why the charity’s "
    "telemarketing contract had been renewed three times without a tender, he said Vantage was “the only firm that "
    "would take a small charity on.” He acknowledged that Vantage is owned by his brother-in-law, Marcus Lindqvist, "
    "but said he had declared the relationship to the board. Lindqvist did not respond to repeated requests for "
    "comment. Board chair Evelyn Nakamura said in a statement that the board was “reviewing the fundraising "
    "agreement” and had asked Ostrowski to step aside from decisions about it. Kate Oyelaran, a former director "
    "general of the CRA’s charities directorate who now advises non-profits, said the agency’s rules do not set a "
    "maximum for fundraising costs but that spending at this level should draw an audit. “At 88 cents on the dollar, "
    "the question isn’t whether it’s a charity with high costs. It’s whether it’s a charity,” she said. The Canada "
    "Revenue Agency said it cannot comment on specific charities because of privacy laws.",
)

FARM_WORKERS: tuple[str, ...] = (
    "Migrant workers at Niagara greenhouse say they were housed 14 to a bunkhouse and threatened with deportation",
    "Seasonal workers at a large greenhouse operation in Niagara region say they were housed in crowded bunkhouses "
    "with one working toilet and told they would be sent home if they complained, a CBC News investigation has found. "
    "CBC News interviewed nine current and former workers at Verdant Valley Growers in Lincoln, Ont., and obtained "
    "photos and videos they took inside the housing. Luis, a 38-year-old father of three from Tabasco, Mexico, has "
    "worked at the greenhouse for five seasons. CBC News agreed not to publish his surname because he fears he will "
    "not be hired back. He said 14 men shared a bunkhouse built for eight. “In the morning there is a line for the "
    "bathroom like a line for a bus,” Luis said in Spanish through an interpreter. He said a supervisor told the men "
    "that anyone who called the consulate “would be on the next plane.” Another worker, a Jamaican man in his "
    "fifties, said he had worked in Canada for 22 seasons and had never been afraid to speak until this year. Marisol "
    "Quintero-Baird, an organizer with the advocacy group Migrant Harvest Workers Network, said the complaints matched "
    "what she had heard from workers at other farms in the region. “The power is completely on one side. A worker who "
    "speaks up can lose his job, his home and his right to be in the country in one afternoon,” Quintero-Baird said.",
    "Verdant Valley’s owner, Hendrik de Groot, said in an interview that the housing had passed its inspection by the "
    "regional health unit in April. “We follow every rule. If something was wrong, we would have been told,” de Groot "
    "said. He denied that any supervisor had threatened workers. “That is not how we operate. These men are like "
    "family to us,” he said, adding that several workers had returned for more than a decade. Niagara Region Public "
    "Health said in a statement that its inspectors check housing before workers arrive and respond to complaints "
    "during the season, and that it had received none about Verdant Valley this year. Employment and Social "
    "Development Canada, which runs the temporary foreign worker program, said in an emailed statement to CBC News "
    "that it “does not tolerate the abuse or mistreatment of temporary foreign workers” and that it could not say "
    "whether the employer was under investigation. Rebecca Van Loon, a professor of labour studies at Brock "
    "University who has studied the seasonal agricultural worker program for 15 years, said inspections done before "
    "workers move in tell you little about how crowded the housing gets in July. “The bunkhouse is inspected empty. "
    "It’s lived in full,” she said.",
)
