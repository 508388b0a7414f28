"""A seventy-fourth batch of fictional stories for probing the quotes, in the manner of ENERGY, UTILITIES AND POWER-GRID
NEWS as regional papers, the wires' energy desks and trade newsletters write it: a utility's rate case before a state
commission (the utility's spokeswoman, a commissioner, the public counsel and a ratepayer who "testified"); a week-long
outage after an ice storm (a lineman, a county emergency manager, a mayor, a resident and a cooperative that "said in a
statement"); a fight over a solar farm on farmland (a farmer who leases his land, the developer's project manager, a
neighbor, a township supervisor and a lawyer who "argues"); a pipeline hearing with a tribal chairwoman and the
company's engineer; and a trade-newsletter piece on grid batteries with an analyst at a research firm who "notes", an
executive and a grid operator's spokesman. Long blocks with several speakers, split quotes, present-tense and inverted
cues ("says X", "said X", "notes", "argues", "testified", "acknowledged"), descriptions that refer back ("the
commissioner said", "the lineman said", "the farmer says", "the supervisor says", "the engineer acknowledged", "the
analyst says"), pronoun chains across paragraphs, organisations that speak ("the cooperative said", "the utility
says", "Great Loam said") and people named by title ("Commissioner", "Mayor", "Township Supervisor", "Chairwoman").
Written for these tests; none is taken from any corpus, and every person, utility, cooperative, company, group,
tribe, grid operator, research firm and town in them is made up (the countries, states and kinds of bodies are
real)."""

from __future__ import annotations

RATE_CASE: tuple[str, ...] = (
    "Tamsett Valley Power asks for a 14 percent increase, and customers pack the hearing",
    "JEFFERSON CITY, Mo. — Tamsett Valley Power & Light wants its 410,000 residential customers to pay about $17 more "
    "a month for electricity, and on Wednesday several hundred of them came to the state Public Service Commission’s "
    "hearing room to say what they thought of that.",
    "The utility says the increase, its first in six years, would pay for $2.1 billion in new transmission lines, "
    "storm hardening and a new gas plant near Carrollton. “We have been carrying these costs for years without asking "
    "customers for a dime, and we can’t keep doing that,” said Marguerite Okonkwo-Bell, a spokeswoman for the "
    "utility. “Every dollar in this request is a dollar already in the ground.”",
    "Consumer advocates argue the request is padded. Renata Szabo-Lindqvist, the state’s public counsel, whose office "
    "represents residential ratepayers before the commission, testified that the utility was asking for a 10.8 "
    "percent return on equity when comparable utilities had been granted closer to 9.5 percent. “That gap alone is "
    "worth $61 million a year, and it comes straight out of kitchen-table budgets,” she said.",
    "Commissioner Ambrose Vesey-Adair pressed the utility’s witnesses on the gas plant, which was not in the "
    "company’s last long-term plan. The commissioner said he wanted to know why the utility had not put the plant out "
    "to bid. “I’m not saying it’s the wrong plant. I’m saying I don’t know, and neither does anybody in this room,” "
    "Vesey-Adair said.",
    "The evening session belonged to customers. Dolores Pickering-Nash, 71, a retired school cafeteria manager from "
    "Fulton, testified that her bill had reached $238 in January, in a two-bedroom house she heats with electricity. "
    "She told commissioners she now sets her thermostat at 62 degrees and wears her coat in the kitchen. “I did "
    "everything they told us. I put in the insulation, I bought the bulbs,” Pickering-Nash testified. “What else am I "
    "supposed to give up, the lights?”",
    "Okonkwo-Bell said after the hearing that the company understood the frustration and pointed to a program that "
    "caps bills for about 38,000 low-income households. Customers who qualify, she said, would see no increase at "
    "all. The spokeswoman added that the utility’s rates would remain below the national average even if the "
    "commission approved the full request.",
    "Szabo-Lindqvist was unmoved. “Below the national average is a nice line for a press release,” said the public "
    "counsel, whose office has filed testimony asking the commission to cut the request by more than half. “It "
    "doesn’t pay anybody’s bill in Fulton.”",
)

ICE_STORM: tuple[str, ...] = (
    "A week in the dark: ice storm leaves thousands without power in the hill counties",
    "MOUNT CALDWELL, Ky. — Seven days after freezing rain coated the hill counties in an inch of ice, about 11,000 "
    "homes and businesses served by the Bramble Creek Electric Cooperative were still without power Thursday, and "
    "some may not get it back until next week.",
    "The cooperative said in a statement Thursday morning that crews had restored service to about 29,000 of the "
    "40,000 members who lost it, and that the remaining outages were mostly on long rural lines where a single broken "
    "pole could cut off a dozen homes. It asked members not to call the outage line for estimates, which it said it "
    "could not give.",
    "Curtis Fahey-Mbeki has been a lineman for 22 years and says he has never seen ice like it. He and his four-man "
    "crew have been working 16-hour shifts since Saturday, most of it replacing poles snapped by the weight of ice on "
    "the lines and on the trees that fell across them. “You fix one span, you drive a quarter mile and there’s three "
    "more poles on the ground,” the lineman said. “It’s like somebody went down the road with an axe.”",
    "He said the crews, which include 300 line workers sent by utilities from five states, were sleeping in a church "
    "gym in Mount Caldwell. One woman left a pan of cornbread on the hood of his truck with a note. “We don’t even "
    "know who she is. That cornbread got us through Tuesday,” Fahey-Mbeki said.",
    "Marisol Vandermolen-Osei, the Hollow Pine County emergency manager, said six warming shelters were open in the "
    "county and that 214 people had spent Wednesday night in them. She said her biggest worry was older residents who "
    "stayed home and ran generators indoors. “Please, put the generator outside, away from the windows. I don’t want "
    "to make a third one of those calls,” Vandermolen-Osei said.",
    "Mayor Dwight Kessinger-Rao said the city had put its water treatment plant on backup generators and that the "
    "town’s tap water remained safe to drink. The mayor, who has lived in Mount Caldwell all his life, said he "
    "understood why people were angry at the cooperative, but that he had watched its crews work through the night. "
    "“I’ve been mad at the co-op before. I’m not mad at those linemen,” he said.",
    "Not everyone was as forgiving. Bernadette Ulloa-Finch, who lives with her husband and two grandchildren on "
    "Sawmill Ridge Road, said the family had been cooking on a camp stove and sleeping in the living room around a "
    "kerosene heater. “Four times they said tomorrow. I stopped believing tomorrow,” she said.",
    "The cooperative said the last outages should be repaired by Monday, weather permitting.",
)

SOLAR: tuple[str, ...] = (
    "On Harlow Township’s corn ground, a solar farm divides neighbors",
    "HARLOW TOWNSHIP, Ohio — Emmett Drabowski-Hale’s family has farmed the same 600 acres along County Road 14 since "
    "1911. If the township lets it, 340 of those acres will grow solar panels instead of corn for the next 35 years. "
    "“My great-grandfather would think I’d lost my mind,” the farmer says. “Then he’d see the lease and he’d ask "
    "where to sign.”",
    "The project, called Harlow Prairie Solar, would cover about 1,100 acres leased from four farm families and send "
    "up to 150 megawatts into the regional grid, enough for roughly 30,000 homes, according to its developer, Sunward "
    "Prairie Renewables of Columbus. Kavya Lindgren-Ortiz, the company’s project manager, says the land will go back "
    "to farming when the panels come out. “We’re not paving anything. The soil stays where it is, and we’ll plant "
    "native grasses under the arrays,” she says.",
    "Drabowski-Hale says the lease, which pays about $1,000 an acre a year, would earn his family more than the corn "
    "has in any year since 2012. He has two sons, and neither wants to farm. “People say I’m selling out the farm. "
    "I’m saving it,” he argues.",
    "His neighbor across the road, Francine Tolbert-Asante, sees it differently. She and her husband bought their "
    "house on County Road 14 in 2004 for the view, she says, and the view is about to become a field of glass behind "
    "an eight-foot fence. “I don’t begrudge Emmett a dime. But nobody asked the people who have to look at it,” "
    "Tolbert-Asante says.",
    "She is one of about 200 residents who have joined Keep Harlow Farming, a group that wants the township to ban "
    "solar projects larger than 50 acres. The group’s lawyer, Ingrid Halvorsen-Obi, argues that the township’s zoning "
    "code, written in 1978, never contemplated a power plant on farmland. “This is an industrial use. The code says "
    "industrial uses go in the industrial zone, and this isn’t it,” Halvorsen-Obi says.",
    "Township Supervisor Garrick Mauldin-Ferreira has heard both sides at three meetings since January, each one "
    "longer than the last. Under Ohio law, he notes, the final say on a project this size belongs to the state siting "
    "board, not the township. “People think we can just vote it down. We can’t. What we can do is make sure the state "
    "hears every word that gets said in this room,” the supervisor says.",
    "Supervisor Mauldin-Ferreira says he has not decided how he will vote. Lindgren-Ortiz says the company has "
    "already moved the panels back 300 feet from the nearest houses and will plant a row of evergreens along the "
    "road. The company would also pay the township about $900,000 a year in lieu of taxes, she notes. “That’s a new "
    "roof on the school, every few years, for 35 years,” she says.",
    "Tolbert-Asante says the evergreens will take ten years to grow. “I’m 63,” she says. “I’d like to see the sunset "
    "again before then.”",
)

PIPELINE: tuple[str, ...] = (
    "Tribe tells regulators a pipeline route threatens its water",
    "PIERRE, S.D. — The chairwoman of the Kettle River Tribe told state regulators on Tuesday that a proposed carbon "
    "dioxide pipeline would cross within a mile of the well field that supplies drinking water to the tribe’s 4,800 "
    "members, and asked them to send the company back to redraw its route.",
    "“That water is the only water we have. There is no second well field and there is no river we can drink from,” "
    "Chairwoman Lorena Whitebird-Sandoval told the state’s utilities commission at a hearing that ran past 9 p.m. “If "
    "this pipe breaks, our children will be the ones who find out.”",
    "The 212-mile line, proposed by Great Loam Carbon Transport, would carry carbon dioxide captured at eleven "
    "ethanol plants to an underground storage site in North Dakota. Ravindra Mellingham-Oduya, the company’s lead "
    "pipeline engineer, testified that the route had been moved twice already to avoid wetlands and a cemetery, and "
    "that the pipe would be buried at least four feet deep with shutoff valves every ten miles.",
    "Under questioning from the tribe’s attorney, the engineer acknowledged that the company had not modeled how a "
    "rupture near the well field would affect groundwater. He said such modeling was not required by federal rules "
    "for this kind of pipeline. “We design to the standard, and then we exceed it,” Mellingham-Oduya said. “I would "
    "put my own family next to this line.”",
    "Whitebird-Sandoval said the tribe had learned of the route from a newspaper map, not from the company. The "
    "chairwoman said the tribe would ask a federal court to intervene if the commission approved the permit. “We are "
    "not against anybody’s ethanol. We are for our water,” she said.",
    "Great Loam said in a written statement after the hearing that it had offered to meet with tribal leaders four "
    "times since 2024 and remained willing to talk. The commission is expected to rule in June.",
)

BATTERIES: tuple[str, ...] = (
    "Grid batteries: the interconnection queue is now the bottleneck",
    "Battery storage developers added a record 14 gigawatts of grid-scale capacity in the United States last year, "
    "and they could double that in 2027 if they can get connected. That is the conclusion of a new report from Tallis "
    "Grid Research, which tracks about 2,300 storage projects in the country’s interconnection queues.",
    "Projects now wait an average of 41 months between applying for a grid connection and switching on, up from 26 "
    "months in 2020, notes Yusuf Abernathy-Kwan, the research firm’s head of storage analysis and the report’s lead "
    "author. “The batteries are cheap and the money is there. What’s scarce is a place to plug in,” he says.",
    "Cell prices have fallen by about a third in two years, Abernathy-Kwan notes, which has pushed developers toward "
    "four-hour and even eight-hour systems that can carry solar power well into the evening. But interconnection "
    "studies have not kept pace, he argues: most grid operators still study projects one at a time, in the order they "
    "applied.",
    "Anneliese Varga-Mendel, chief executive of Brightwater Storage, which has 1.8 gigawatts of batteries operating "
    "in Texas and Arizona, says her company now spends as much effort on finding grid capacity as on finding land. "
    "“Five years ago, we’d pick a site and then ask about the interconnection. Now we look at the grid first and go "
    "find a landowner second,” Varga-Mendel says. The company has begun building next to retiring coal plants, she "
    "adds, whose grid connections it can reuse.",
    "The Prairie Interconnection Authority, which runs the grid across parts of six Plains states, says it is "
    "changing that. The operator moved last year to study projects in annual clusters rather than one by one. Its "
    "spokesman, Terrence Oyelaran-Pike, says the first cluster under the new rules, 410 projects, will be finished in "
    "half the time the old process took. “We hear the frustration. We share some of it,” the spokesman says. “But a "
    "battery that connects to a line that can’t carry its power helps nobody.”",
    "Abernathy-Kwan is skeptical that clusters alone will close the gap. Tallis expects the average wait to fall only "
    "to about 36 months by 2028, the report says. “It helps. It doesn’t solve it,” the analyst says.",
)
