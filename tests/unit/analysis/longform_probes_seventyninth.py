"""A seventy-ninth batch of fictional stories for probing the quotes, in the manner of CLIMATE AND ENVIRONMENT POLICY
NEWS as the wires, the papers' climate desks and long-form environment sites write it: a climate summit's final night
with negotiators of several blocs ("the bloc's lead negotiator said", an anonymous delegate from a small island state
who "told reporters"), a minister and the summit's president; an emissions rule with the regulator's administrator, an
industry group's statement and its president, an environmental lawyer and a small driller; a heat-record study with
its lead author and outside scientists "who were not involved in the study"; a court case brought by young activists
with their lawyer, the state's attorney, the justices and a law professor; and a coal-town feature with a miner, the
mayor and a union official called by the first name or the surname after the first mention. Long paragraphs with two
or three speakers, "according to" reports and people, findings told as what "the report found", cues after long
appositions, "she added", cues set between commas inside the statement and rhetorical questions. Written for these
tests; none is taken from any corpus, and every person, company, group, firm, school, journal, mine and town in them is
made up (the countries, states, cities, government agencies and kinds of bodies are real)."""

from __future__ import annotations

SUMMIT: tuple[str, ...] = (
    "Climate summit runs past its deadline as blocs split over fossil fuels",
    "Negotiators at the United Nations climate summit in Cartagena, Colombia, worked through a second night on Friday "
    "as a draft deal on cutting the use of fossil fuels stalled, with oil-producing countries and a coalition of "
    "vulnerable nations trading blame for the delay.",
    "“We did not fly halfway around the world to sign a text that our grandchildren will be ashamed of,” the European "
    "Union’s lead negotiator, Anneliese Vormbruck-Sato, told reporters shortly after midnight. The bloc, she said, "
    "would rather leave without a deal than accept language that merely “recognizes” the need to move away from coal, "
    "oil and gas. Asked whether that was a bluff, she replied: “Try us.”",
    "A delegate from a small island state, who asked not to be named because the talks were continuing, told reporters "
    "that several island nations had discussed walking out. “For us this is not a negotiation about percentages,” the "
    "delegate said. “It is a negotiation about whether our islands exist in 2100.” According to Makerita "
    "Fonoti-Haldane, the Samoan diplomat who chairs the island group, the bloc had offered to accept a later date for "
    "the phase-out in exchange for a firm promise of money to adapt, an offer she said had “gone nowhere.”",
    "Khalid Al-Fardawi-Nassar, a veteran negotiator for a group of oil and gas producers who has attended every summit "
    "since 1997, said the draft “singles out one sector of the economy” and ignored technologies that capture carbon. "
    "The producers were not blocking a deal, he insisted. But Brazil’s environment minister, Iara Arantes-Lunde, said "
    "the producers’ objections had cost the talks a full day. “Everyone in this building knows who is holding the pen "
    "and who is holding it back,” she said, adding that Brazil would back the island nations’ proposal.",
    "Is a weaker text better than none? Many observers think so. “A summit that ends without a deal hands a gift to "
    "everyone who says this process is broken,” said Oyelaran Thackeray-Ibekwe, a senior fellow at the Larchmont "
    "Climate Forum, a research group in London. Others disagreed. Hanne Solvik-Ardmore, who has followed the talks for "
    "two decades for the advocacy group Coastline Watch, said a weak deal would be “worse than useless, because it "
    "will be sold as progress.”",
    "Shortly before dawn, the summit’s president, Colombian Environment Minister Aurelio Ortúzar-Benning, released a "
    "revised draft that calls on countries to “transition away” from fossil fuels by 2050, according to a copy seen by "
    "reporters. “This is a text that no one loves and everyone can live with,” Ortúzar-Benning said as he presented "
    "it. The bloc’s lead negotiator said the European Union would study the text overnight. “It is closer,” she said. "
    "“Closer is not there.”",
)

EMISSIONS: tuple[str, ...] = (
    "EPA tightens limits on methane leaks from oil and gas wells",
    "The Environmental Protection Agency on Tuesday issued a final rule requiring oil and gas operators to find and "
    "plug methane leaks at hundreds of thousands of wells, a measure the agency said would cut emissions of the potent "
    "greenhouse gas by nearly 80 percent over the next decade.",
    "“Methane is responsible for roughly a third of the warming we are seeing today, and this rule goes after it where "
    "it is cheapest to stop,” the agency’s administrator, Corinne Haverstock-Mbeki, said at a news conference in "
    "Pittsburgh. Haverstock-Mbeki, a former state environmental regulator from New Mexico who spent a decade "
    "inspecting well pads before she went to Washington, said operators that had already installed monitoring "
    "equipment would see little added cost.",
    "The Western Energy Producers Council, which represents more than 300 drilling companies, said in a statement that "
    "the rule was “unworkable for small operators” and that it would ask Congress to overturn it. “Washington has once "
    "again written a rule for the largest companies and left the family-owned producer to pay for it,” the council’s "
    "president, Garrick Reinholt-Graves, said. Who, he asked, would plug the wells if the small producers went under? "
    "Reinholt-Graves said members of the council, most of which operate fewer than 50 wells, would face costs of up "
    "to $40,000 a site.",
    "Environmental groups largely welcomed the rule, though some said it came too late. According to Marguerite "
    "Oyelowo-Fenn, a senior attorney at the environmental law group Terrapin Legal Defense, the rule is likely to "
    "survive a court challenge because the Clean Air Act plainly gives the agency the power to regulate methane. “The "
    "industry will sue — they always sue — but the statute is on the agency’s side this time,” she said. She added "
    "that the group would watch closely whether states enforced the rule.",
    "The rule follows a report last year by the agency’s inspector general, which found that the EPA had "
    "underestimated leaks from older wells by as much as half. The report found that fewer than one in ten wells had "
    "been inspected in the previous five years. Asked about the report, Haverstock-Mbeki said the new rule “answers "
    "every finding in it.”",
    "Not everyone in the oil patch opposes the rule. Wendell Ostrowski-Pike, who runs a 40-well operation in eastern "
    "Ohio, says monitoring has paid for itself. “Gas that leaks is gas I can’t sell,” he says. “I don’t need a "
    "regulator to tell me that, but I don’t mind that they did.”",
)

HEAT: tuple[str, ...] = (
    "Last summer was the hottest in 2,000 years in the Northern Hemisphere, study finds",
    "Last summer was the hottest in the Northern Hemisphere in at least two millennia, according to a study published "
    "on Tuesday in the journal Earth Systems Letters, which compared modern temperature records with the rings of "
    "thousands of ancient trees.",
    "The study found that average temperatures from June to August were 2.2 degrees Celsius above the pre-industrial "
    "average, well beyond the natural swings seen in the tree-ring record. “We went looking for a summer in the past "
    "two thousand years that came close, and we could not find one,” said Ingrid Duvernay-Weir, a paleoclimatologist "
    "at the University of Aldermoor in Scotland and the study’s lead author. Even the warmest summer of the Roman era, "
    "she said, was more than half a degree cooler.",
    "The findings are consistent with other records, said Bastian Mwangi-Ferrante, a climate scientist at the Harwell "
    "Institute for Earth Observation who was not involved in the study. “Tree rings are a noisy thermometer, but "
    "they’re the best we have that far back, and the team has been careful with them,” Mwangi-Ferrante said. He "
    "cautioned, though, that the tree-ring data came mostly from northern Europe and North America, and that the "
    "tropics remained “a big blank on the map.”",
    "Why does a record of two thousand years matter, if the thermometers already show the warming? Because, "
    "Duvernay-Weir said, it shows how far outside the natural range the climate has already moved. “People tell me "
    "the climate has always changed. Yes, it has, and now we can show you by how much, and it was never this,” she "
    "said.",
    "The heat had a cost. According to the study, heat waves last summer were linked to more than 40,000 deaths in "
    "Europe alone, a figure drawn from earlier estimates by public health researchers. Priya Ramcharan-Holm, an "
    "epidemiologist at the Brightwater School of Public Health who was also not involved in the study, said the number "
    "was probably an undercount. “Heat kills quietly, in apartments with the windows shut, and a lot of those deaths "
    "are written down as heart attacks,” she said.",
    "The authors warned that without steep cuts in emissions, summers like the last one would be “ordinary by the "
    "2040s.” Duvernay-Weir put it more bluntly: “Enjoy the cool ones while you can.”",
)

COURT: tuple[str, ...] = (
    "Young Idahoans take their climate case to the state’s highest court",
    "Sixteen young people who say Idaho’s support for fossil fuels violates their rights asked the state’s Supreme "
    "Court on Wednesday to revive their lawsuit, which a lower court dismissed last year.",
    "The plaintiffs, who range in age from 11 to 22, argue that the state has ignored the effects of climate change on "
    "their health and their futures, from wildfire smoke that keeps them indoors for weeks to a shrinking snowpack "
    "that threatens the farms some of their families run. “My little brother has an inhaler now. I want the court to "
    "tell me that’s not just the price of living here,” said Juniper Ashdown-Reyes, 17, the lead plaintiff, outside "
    "the courthouse in Boise.",
    "Their lawyer, Benedetta Okonkwo-Strand of the nonprofit firm Generations Law Center, told the five justices that "
    "the state constitution’s promise to protect the right to “enjoy and defend life” was meaningless if courts would "
    "not enforce it. “The question is not whether climate change is real. The state concedes that,” Okonkwo-Strand "
    "said. “The question is whether the state may keep making it worse and call that none of the courts’ business.”",
    "The state’s attorney, Deputy Attorney General Whitfield Brisbane-Tuck, argued that the case belonged in the "
    "Legislature, not the courts. Idaho’s emissions, he told the justices, were “a rounding error” on a global scale, "
    "and no ruling could lower the temperature of the planet. “If the plaintiffs want a different energy policy, and "
    "many reasonable people do, the place to get it is the ballot box,” he said.",
    "Several justices pressed both sides. Justice Marisol Fenwood-Adair asked Brisbane-Tuck whether any harm would "
    "ever be big enough for a court to act, and Justice Calloway Denholm questioned whether the plaintiffs had shown "
    "that a ruling would make any difference. Neither justice signaled how they would vote.",
    "Legal scholars say the case could be closely watched. “State courts are where climate litigation is going now "
    "that the federal door has mostly closed,” said Evander Maclaren-Toth, who teaches environmental law at Gresham "
    "State University. A win for the young plaintiffs, he said, would encourage similar suits in at least a dozen "
    "states, according to a tally kept by his clinic.",
    "Outside, Juniper stood with the other plaintiffs under a banner. Asked how long she was prepared to wait, she "
    "laughed. “I’m 17,” she said. “I have time. The planet doesn’t.”",
)

COAL: tuple[str, ...] = (
    "In a West Virginia coal town, the last mine braces for its final shift",
    "For a century, the Tolliver No. 4 mine has been the reason Greer Hollow, W.Va., exists. In March, its owner, "
    "Ashcombe Energy, said the mine would close by the end of the year, citing falling demand for coal from power "
    "plants and the cost of complying with federal rules.",
    "Dwayne Kesterson-Maule, 52, has worked underground since he was 19, like his father and grandfather. “I never "
    "thought I’d be the one to turn the lights off,” Kesterson-Maule said on a recent evening, his hands still black "
    "with coal dust. He said he had applied for jobs at a solar farm being built in the next county, but that the pay "
    "was about half what he makes now. “Half is better than nothing,” he said. “But it ain’t a living for a family of "
    "five.”",
    "The town’s mayor, Rosemarie Spradlin-Hawes, who owns the diner across from the town hall and has been mayor for "
    "11 years, said the mine pays more than 60 percent of the town’s property taxes. According to Spradlin-Hawes, the "
    "town has already cut its police force to one officer and will likely close its pool next summer. Will the town "
    "survive? “Towns like ours have been buried before,” Spradlin-Hawes said. “We keep digging out.”",
    "The union sees the closure as a test of promises made in Washington. Royce Battaglia, a regional director of the "
    "Blue Ridge Mine Workers Union, which represents about 340 miners at Tolliver, said federal money meant to help "
    "coal communities had mostly gone to consultants. “We got a lot of studies and a lot of PowerPoints. What we "
    "didn’t get was jobs,” Battaglia said. He said the union was negotiating with Ashcombe over pensions and health "
    "coverage for retirees, and that talks would resume next week.",
    "A report commissioned by the state last year found that counties that lost a mine saw their population fall by a "
    "fifth within a decade. Ashcombe said in a statement that it would offer severance to every worker and help those "
    "who want to move to its two remaining mines in Kentucky.",
    "Back at the bathhouse, Dwayne hung his helmet on its hook. His son, Colby, 16, wants to be an electrician. “I "
    "told him, whatever you do, don’t go underground,” Dwayne said. “Then I think, who am I to say that? It gave me "
    "everything I have.”",
)
