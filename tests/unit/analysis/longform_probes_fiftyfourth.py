"""A fifty-fourth batch of fictional stories for probing the quotes, in the manner of the FACT-CHECK ARTICLES AND
CLAIM-CHECKING NEWS of US and Canadian outlets (a nonprofit fact-checking site, a wire service's fact-check desk, a
public broadcaster's misinformation unit): politicians who "claimed in a Facebook post", "said at a rally", "wrote on
X" or "told supporters"; a claim restated and then checked ("The post says ...", "A campaign ad ... claims ..."); a
"CLAIM:" line and verdict lines ("Our ruling", "We rate this claim False", "The claim is false") that are no quotes;
experts who were asked and "said in an email", "told CheckWorks" or "said in a phone interview"; campaign
spokespeople who "did not respond" or "pointed to" a report; agencies that "said in a statement" and statistics
"according to" a named agency or person; pronoun chains across long explanatory paragraphs. The stories: a state
senator's crime figure, a party's fuel-levy ad, posts about mail-ballot deadlines, a governor's jobs claim, and a
mayoral candidate's post about bike lanes and ambulances. Written for these tests; none is taken from any corpus, and
every person, party, outlet, agency and body in them is made up. The gold is in test_longform_probes_fiftyfourth.py."""

from __future__ import annotations

CRIME_FIGURE: tuple[str, ...] = (
    "Fact check: Did violent crime in Marlow Springs double in two years? No",
    "State Sen. Rhonda Kessler claimed in a Facebook post on March 4 that violent crime in Marlow Springs had "
    "“doubled in just two years” under Mayor Tomas Abernathy. “Families are afraid to walk downtown after dark. The "
    "numbers don’t lie,” Kessler wrote. The post had been shared more than 11,000 times by Friday.",
    "The post says the city recorded 1,900 violent crimes last year, up from 950 in 2022. Kessler did not cite a "
    "source, and her office did not respond to two requests for comment. Her campaign spokesperson, Dana Whitcombe, "
    "pointed to a news story about a rise in carjackings but did not provide crime figures.",
    "The numbers do not support the claim. Marlow Springs recorded 1,012 violent crimes in 2024, compared with 968 in "
    "2022, an increase of about 5%, according to the Marlow Springs Police Department. Violent crime statewide fell 3% "
    "over the same period, according to the State Bureau of Criminal Records.",
    "Police spokesperson Lt. Carla Mendez-Hart said in an email that the department reports its figures to the state "
    "each quarter and posts them online. “There was an uptick in aggravated assaults, and we take that seriously. But "
    "nothing close to a doubling,” she said. Mendez-Hart said the department changed how it counted some domestic "
    "incidents in 2023, which could explain a small part of the rise.",
    "We asked Jerome Okafor-Lind, a criminologist at Westbrook University who studies crime data in mid-sized cities, "
    "how a figure like Kessler’s might arise. He said one common mistake is to compare a full year with a half year, "
    "or to count every call for service as a crime. “People grab a number from a dashboard without reading the "
    "footnotes. Calls are not crimes,” Okafor-Lind said. He added that single-year changes in small cities are noisy "
    "and that a 5% rise could reverse the next year. Nadia Ferreira-Collins, a former police chief in Dalton who now "
    "teaches at the state police academy, told the Verity Project that residents’ fear was real even when the numbers "
    "were flat. “Perception follows the headlines, not the spreadsheet,” she said.",
    "Abernathy, a Democrat, wrote on X that the senator’s post was “fearmongering dressed up as math.” Kessler is "
    "running for governor next year.",
    "Our ruling",
    "Kessler said violent crime in Marlow Springs doubled in two years. Police figures show an increase of about 5%, "
    "and statewide violent crime fell. We rate this claim False.",
)

FUEL_LEVY_AD: tuple[str, ...] = (
    "Does the fuel levy really add 40 cents a litre? Checking a campaign ad",
    "A campaign ad from the Prairie Renewal Party claims the provincial fuel levy adds “40 cents to every litre” of "
    "gasoline. The ad, which began airing in Saskatoon and Regina last week, shows a gas pump ticking upward while a "
    "narrator says families are “paying for Ottawa’s mistakes.” The party’s leader, Gordon Vantreight, repeated the "
    "figure at a rally in Moose Jaw on Saturday. “Forty cents a litre. That is what this government costs you every "
    "time you fill up,” Vantreight told the crowd.",
    "The levy is 17.6 cents a litre this year, according to the provincial Ministry of Finance. Federal and provincial "
    "sales taxes are charged on top of it, which adds roughly another cent, the ministry said in a statement to "
    "Factline. “The rate is set in regulation and published a year in advance,” the statement said.",
    "Asked where the 40-cent figure came from, party spokesperson Melissa Dubé-Hartman said in an email that it "
    "included “the full cost of carbon pricing across the supply chain,” including higher trucking and refining "
    "costs. She pointed to a 2023 study by the Westgate Institute, a think tank, which estimated the indirect costs "
    "of the levy. But the study’s author, economist Farid Lachapelle, told Factline that his report did not say that. "
    "“We estimated indirect costs for a whole household over a year, not per litre. You cannot divide our number by a "
    "tank of gas,” Lachapelle said in a phone interview. He said the institute had received calls from two other "
    "campaigns asking about the same figure.",
    "Other economists reached the same conclusion. Beatrice Oyelaran-Smythe, who teaches energy economics at the "
    "University of Prairie Lakes, said in an email that retail gas prices move mostly with crude oil and the exchange "
    "rate. “In a month when crude jumps, people blame whatever tax is in the news,” she wrote. Prices in the province "
    "averaged $1.58 a litre in October, according to the Canadian Fuel Price Monitor, a private tracking service. The "
    "levy is less than an eighth of that.",
    "Finance Minister Harjit Coldwell-Soto accused the party of “making numbers up” in a post on X on Sunday. "
    "Vantreight replied that the minister was “hiding behind fine print.” Neither responded to questions about the "
    "study.",
    "Factline’s verdict",
    "Misleading. The levy adds 17.6 cents a litre, not 40. The party’s figure rests on a household estimate that was "
    "never meant to be divided by the litre.",
)

BALLOT_DEADLINE: tuple[str, ...] = (
    "FACT FOCUS: Mail ballots postmarked on Election Day will count in Dorrance County",
    "CLAIM: Dorrance County will throw out mail ballots that arrive after Election Day, even if they are postmarked "
    "on time.",
    "CP’S ASSESSMENT: False. State law requires counties to count mail ballots postmarked by Election Day that arrive "
    "within five days. County officials said they have no plans to change that.",
    "THE FACTS: The claim spread widely on social media this week after congressional candidate Wyatt Brannigan-Lowe "
    "wrote on X that the county had “quietly changed the rules” and that late-arriving ballots would be “tossed in "
    "the trash.” His post was viewed more than 2 million times. A similar post on Facebook, shared more than 30,000 "
    "times, said voters should “not trust the mail” and deliver ballots by hand.",
    "Brannigan-Lowe pointed to a county notice posted last month. The notice says ballots “must be received by the "
    "close of polls,” but it refers to ballots returned in person to drop boxes, not by mail, according to the "
    "Dorrance County Elections Office. “We understand why people were confused, and we have reworded the notice,” "
    "Elections Director Patrice Ngata-Ellison said in a statement on Wednesday. “Every mail ballot postmarked by "
    "Election Day and received by the following Monday will be counted. That has not changed.”",
    "Sofia Reyes-Aldridge, a spokesperson for Secretary of State Martin Holloway-Pike, told Continental Press that the "
    "office had contacted the county after seeing the posts. She said the state had received no complaints from "
    "Dorrance voters about rejected mail ballots in the 2024 general election. The secretary himself weighed in on "
    "Thursday. “Spreading false deadlines is a way of keeping people from voting, whatever the intent,” "
    "Holloway-Pike said at a news conference in the state capital.",
    "Election law experts said the confusion was predictable. “Any time a rule has two deadlines, one for drop boxes "
    "and one for mail, someone will mix them up, and someone else will share it,” said Lorraine Baptiste-Kwon, who "
    "teaches election law at Ridgemont Law School. She said courts in several states had upheld postmark rules. "
    "Brannigan-Lowe’s campaign did not respond to emails seeking comment. On Thursday he posted again, writing that "
    "he was “glad the county backed down.”",
    "This is part of Continental Press’s effort to address widely shared misinformation, including work with outside "
    "companies and organizations to add factual context to misleading content that is circulating online.",
)

JOBS_CLAIM: tuple[str, ...] = (
    "Did Gov. Ellison create 200,000 jobs? The number needs context",
    "At a rally in Fort Addison on Sept. 12, Gov. Marcus Ellison told supporters that his administration had "
    "“created 200,000 new jobs” since he took office in 2021. “Two hundred thousand. That’s not a talking point, "
    "that’s paychecks,” Ellison said, to cheers. He made the same claim in a campaign video posted to YouTube and in "
    "a fundraising email three days later.",
    "The state added about 204,000 nonfarm jobs between January 2021 and July 2025, according to the state Department "
    "of Labor and Workforce. But the starting point matters. In January 2021 the state was still short about 150,000 "
    "jobs from its pre-pandemic peak, the department’s figures show. Most of the gain, economists told CheckWorks, was "
    "the state climbing back from that hole.",
    "Ellison’s campaign spokesperson, Tara Fensworth, said in an email that the governor “inherited a crisis and "
    "turned it around.” She pointed to a report by the Growth Alliance of the Midlands, a business group, that "
    "credited the governor’s tax cuts with attracting two battery plants. Asked whether the governor had created the "
    "jobs himself, Fensworth said that no governor creates jobs alone but that “leadership sets the table.” She did "
    "not say how many of the jobs the report attributed to the tax cuts; the report does not give a number.",
    "Economists we asked said governors have limited influence over job numbers. “A governor can help at the margins, "
    "with permits, training, incentives. But a recovery from a pandemic is mostly national,” said Keisha "
    "Varnado-Lutz, a senior economist at the Midcontinent Policy Center, a nonpartisan research group. Varnado-Lutz "
    "said the state’s job growth since 2021 was close to the national average. Another economist, Owen Tasker-Brandt "
    "of Harlow State University, said in an interview that the two battery plants employ about 3,800 people combined. "
    "“That’s real, and the governor deserves some credit for it,” he said. “It is not 200,000.”",
    "Ellison’s Democratic opponent, state Treasurer Joanna Pruitt-Castellanos, said at a debate on Sept. 18 that the "
    "governor was “taking credit for the sunrise.” Her campaign did not respond when asked for her own figures.",
    "Our ruling",
    "Ellison said his administration created 200,000 jobs. The state did add about that many, but most of them "
    "replaced jobs lost in the pandemic, and economists say governors have little control over such numbers. The "
    "statement is accurate but leaves out important context. We rate it Half True.",
)

BIKE_LANES: tuple[str, ...] = (
    "Did bike lanes slow ambulances in Port Keswick? What the data shows",
    "A mayoral candidate in Port Keswick, Ont., says new bike lanes on Harbour Street are costing lives. “Ambulances "
    "are stuck behind planters while patients wait. This is not a theory,” Coun. Alastair MacQuarrie-Doyle wrote on X "
    "on Oct. 2, in a post that has been viewed more than 400,000 times. In a video posted the same day, he claimed "
    "that paramedic response times in the city had “gone up by four minutes” since the lanes opened.",
    "The figure does not match the numbers from the Keswick-Lakeshore Paramedic Service. Median response times in the "
    "city were 8 minutes 41 seconds in the first half of this year, compared with 8 minutes 29 seconds a year "
    "earlier, according to the service. “We have seen no measurable effect of the Harbour Street lanes on our "
    "response times,” Deputy Chief Rosalind Akande-Fleury said in a statement to CPB Truthline. She said crews are "
    "trained to use the lanes themselves when traffic is heavy, and that ambulances are narrow enough to fit.",
    "Twelve seconds is within the normal variation from year to year, according to Marguerite Tan-Oduya, who studies "
    "emergency medical services at Lakeshore Polytechnic. She said in an interview that call volumes rose 9% over "
    "the same period, which alone could explain a small increase. “If you want to know what slows ambulances, look at "
    "hospital offload delays. Crews are sitting in hallways for an hour waiting to hand over patients,” Tan-Oduya "
    "said. She added that the province’s own data showed offload times in the region had doubled since 2019.",
    "MacQuarrie-Doyle did not respond to interview requests. His campaign manager, Devin Okonkwo-Reilly, said the "
    "candidate had heard from “dozens of paramedics” who complained privately about the lanes but would not give "
    "their names. “They are afraid for their jobs,” Okonkwo-Reilly said. The Lakeshore Paramedics Union, which "
    "represents paramedics in the region, said it had received no complaints about the lanes from its members.",
    "Mayor Joan Whitfield-Arsenault, who is not seeking re-election, called the candidate’s post “irresponsible” and "
    "said it had frightened seniors who live near Harbour Street. “My office got calls from people asking whether "
    "they should move,” she told reporters on Thursday.",
    "The bottom line: Response times in Port Keswick rose by 12 seconds, not four minutes, and experts point to other "
    "causes. The claim is false.",
)
