"""A fifty-sixth batch of fictional stories for probing the quotes, in the manner of NEWS OF APPELLATE AND SUPREME
COURT RULINGS in the US and Canada as wires and legal-affairs desks write them: a court that "ruled" and "said in its
decision", a justice who "wrote for the majority" and one who "wrote in a dissent joined by two colleagues",
quotations from the written opinion and the opinion's words inside a reporter's sentence ("The ruling, he wrote,
leaves farmers “…”"), lawyers for each side who "said in an email" or "told reporters outside the courthouse", an
attorney general who "vowed to" appeal, legal scholars brought in for comment ("said X, a law professor at Y who
studies …"), a plaintiff and a defendant, and "according to court filings". The stories: the US Supreme Court on a
state's drone law, the Supreme Court of Canada on a federal port security law, a federal appeals court on emergency
steel tariffs, the British Columbia Court of Appeal on a mine permit, and a state supreme court on pension cuts.
Written for these tests; none is taken from any corpus, and every person, case, company and body in them is made up
(the courts are real kinds of court)."""

from __future__ import annotations

DRONES: tuple[str, ...] = (
    "Supreme Court strikes down Nebraska limits on farm drones",
    "WASHINGTON — The Supreme Court on Thursday struck down a Nebraska law that barred commercial drones from flying "
    "over private farmland, ruling 6-3 that the state had reached into an area Congress left to federal regulators.",
    "Justice Harriet Vandermeer-Osei wrote for the majority that the law “cannot stand” because it conflicted with "
    "rules the Federal Aviation Administration adopted in 2016. “A state may regulate what happens on the ground. It "
    "may not draw its own map of the sky,” she wrote.",
    "Justice Conrad Pellegrino-Watts wrote in a dissent joined by two colleagues that the majority had “handed the "
    "skies above every barn in America to a federal agency that never asked for them.” The ruling, he wrote, leaves "
    "farmers “with less say over their own land than the people flying over it.”",
    "The case, Hartwell Aerial Services v. Nebraska, was brought by a crop-spraying company from Grand Island that was "
    "fined $40,000 under the law in 2023, according to court filings. The company’s owner, Dale Hartwell-Munro, said "
    "in an email that he was “grateful and relieved.” “We were spraying the same fields we had sprayed for 20 years. "
    "The only thing that changed was the aircraft,” he said.",
    "Nebraska Attorney General Lucinda Brannigan-Fry vowed to take the fight to Congress, not the courts. “The court "
    "has told us the sky belongs to Washington. Then Washington needs to write rules that protect the people who live "
    "under it,” she told reporters outside the state Capitol in Lincoln.",
    "Legal scholars said the decision could reach well beyond farms. “This is the first time the court has said "
    "plainly that the airspace over private land is federal ground,” said Rebecca Tamayo-Lund, a law professor at the "
    "University of Iowa who studies aviation law. “Every state with a drone law is now reading this opinion with a "
    "pen in hand.”",
    "Vandermeer-Osei was joined by Chief Justice Samuel Okereke and Justices Ingrid Halvorsen, Martin Delacourt, "
    "Teresa Nakagawa-Bell and Paul Ferreira-Stokes. In a separate concurrence, Halvorsen said she would have gone "
    "further and struck down the law on property grounds as well.",
    "Hartwell-Munro’s lawyer, Simone Achterberg-Nwosu, told reporters outside the courthouse that the ruling “puts "
    "the skies back where the Constitution put them.” She said the company would ask the state to refund its fine.",
)

PORTS: tuple[str, ...] = (
    "Top court upholds Ottawa’s port security law in 5-4 split",
    "OTTAWA — The Supreme Court of Canada has upheld a federal law that lets Ottawa take control of security at major "
    "ports during a national emergency, rejecting Alberta’s argument that it trampled on provincial jurisdiction.",
    "In a 5-4 decision released Friday, the court said Parliament’s power over “navigation and shipping” was broad "
    "enough to cover the law. “Ports are the country’s front door. Parliament is entitled to decide who guards it,” "
    "Justice Amélie Fournier-Okafor wrote for the majority.",
    "Writing for the four dissenting judges, Justice Robert MacAlister-Singh said the majority had read the federal "
    "power so widely that “little would be left for the provinces to do but watch.” The law, he wrote, “treats a "
    "labour dispute at a grain terminal as if it were an invasion.”",
    "Alberta Justice Minister Colette Varga-Lindholm said the province was “disappointed but not surprised” and would "
    "study the ruling before deciding its next step. She told reporters in Edmonton that she had not ruled out asking "
    "the legislature to pass a law of its own.",
    "Federal Public Safety Minister Ahmed Delorme-Kapoor welcomed the decision. “Today’s ruling confirms what we said "
    "from the start: our ports are a national responsibility,” he said in a statement.",
    "The case began in 2022, when Ottawa invoked the law during a strike at the Port of Prince Rupert, according to "
    "court filings. The International Longshore Workers’ Federation, which intervened in the case, said in a "
    "statement that the ruling “gives the federal cabinet a switch it can flip whenever workers say no.”",
    "Lawyer Priya Haldane-Roux, who argued the case for Alberta, said in an email that the dissent “will be read in "
    "law schools for a long time.” Emmanuel Tshibanda, a constitutional law professor at McGill University, said the "
    "majority had drawn a line that future governments would test. “The court gave Ottawa the keys. It did not say "
    "how often it may use them,” he said.",
    "The Canadian Civil Liberties Forum, an intervener, said the majority had given too little weight to the rights "
    "of striking workers. Its general counsel, Farida Oyelaran-Beck, said the group would urge Parliament to amend "
    "the law. “A law this broad needs a leash. The court declined to put one on it, so Parliament must,” she said.",
)

TARIFFS: tuple[str, ...] = (
    "Appeals court says president overstepped with emergency steel tariffs",
    "A federal appeals court ruled Tuesday that the president exceeded his authority when he imposed emergency "
    "tariffs on steel from 14 countries last year, handing a major victory to a group of importers who sued to block "
    "them.",
    "The three-judge panel of the U.S. Court of Appeals for the Federal Circuit said in its decision that the "
    "emergency law the White House relied on “does not hand the president a tax.” “If Congress meant to give away "
    "its power over tariffs, it would have said so in words a reader could find,” Judge Lorraine Abernethy-Quist "
    "wrote in the 2-1 opinion.",
    "In a dissent, Judge Victor Salcedo-Brandt wrote that the majority had “substituted its own view of trade policy "
    "for that of the elected branches.” Courts, he added, “are poorly placed to second-guess a president on what "
    "counts as a threat to the nation’s industry.”",
    "The tariffs remain in place for now. The panel put its ruling on hold for 30 days to give the government time to "
    "ask the Supreme Court to step in. Justice Department spokeswoman Kendra Ostrowski said the department “strongly "
    "disagrees” with the decision and is “reviewing its options,” including an appeal.",
    "The tariffs had raised the importers’ costs by as much as 25 percent, according to court filings. “Our members "
    "have been paying a tax that Congress never voted for,” Nathan Kessler-Obi, chief executive of the Ohio "
    "distributor Kessler Metals, told reporters outside the courthouse in Washington. “Today a court finally said "
    "so.”",
    "Trade lawyers said the decision would not be the last word. “The Supreme Court has never squarely decided how far "
    "this emergency law reaches. It now almost certainly will,” said Marisol Uchenna-Park, a professor at Georgetown "
    "University Law Center who studies trade law. Another, Harold Beckwith-Adeyemi of the law firm Dunmore & Pike, "
    "said importers should keep paying the duties and keep their receipts.",
    "Senator Grace Wilmot-Haynes, a Michigan Republican who had urged the president to impose the tariffs, said on "
    "social media that the ruling was “a gift to Chinese steelmakers.” The White House did not respond to a request "
    "for comment.",
    "Kessler-Obi said the company had paid about $11 million in duties since the tariffs took effect and expected to "
    "get it back “with interest, eventually.”",
)

MINE: tuple[str, ...] = (
    "B.C. appeals court quashes copper mine permit over failure to consult First Nation",
    "VANCOUVER — British Columbia’s highest court has quashed the provincial permit for a copper mine in the northern "
    "Interior, finding that the government failed in its duty to consult the Tsel’kwa First Nation before approving "
    "it.",
    "In a unanimous ruling released Wednesday, the B.C. Court of Appeal said the province had treated consultation as "
    "“a box to be ticked rather than a conversation to be had.” Writing for the three-judge panel, Justice Elaine "
    "Thorsby-Mbeki said officials had given the nation 30 days to respond to a 1,400-page application and then "
    "approved the permit a week after the deadline.",
    "“The honour of the Crown is not satisfied by a deadline,” the judge wrote. “It is satisfied, if at all, by "
    "listening.”",
    "Chief Dolores Ketchum-Aubry of the Tsel’kwa First Nation told reporters outside the courthouse that the nation "
    "was not opposed to mining but would not be “rushed off our own land.” “We asked for time. They gave us a "
    "calendar,” she said. “Today the court gave us back the time.”",
    "Ridgeline Copper Corp., which owns the project, said in a statement that it was “reviewing the decision "
    "carefully” and remained committed to the mine. The company has spent more than $200 million on the site, "
    "according to court filings. Its lawyer, Gareth Pembroke-Saini, said in an email that the company would consider "
    "seeking leave to appeal to the Supreme Court of Canada.",
    "Mines Minister Trevor Osgood-Nakamura said the province would not appeal. “We accept the court’s direction and we "
    "will go back to the table,” he said in the legislature.",
    "Naomi Grayeyes-Hart, a law professor at the University of Victoria who studies Aboriginal law, said the ruling "
    "was one of the clearest statements yet that consultation has to be real. “Courts have said this in general "
    "terms for 20 years. This panel said it with a stopwatch,” she said. She added that other permits approved under "
    "the same timelines could now face challenges.",
)

PENSIONS: tuple[str, ...] = (
    "Michigan Supreme Court strikes down city pension cuts, 4-3",
    "LANSING, Mich. (AP) — The Michigan Supreme Court ruled Monday that the city of Saginaw Falls could not cut the "
    "pensions of retired police officers and firefighters to close a budget gap.",
    "The state constitution treats earned pensions as a contract that “shall not be diminished or impaired,” Justice "
    "Miriam Castellano-Reyes wrote for the 4-3 majority. “A promise made to a firefighter in 1995 is not a promise "
    "the city may renegotiate in 2025 because the money ran short,” she wrote. “The constitution does not have an "
    "exception for hard times.”",
    "Justice Douglas Whitford-Anand, writing in a dissent joined by two colleagues, said the majority had ignored the "
    "city’s near-bankruptcy. “The majority protects the pensions on paper,” he wrote. “It does nothing to protect the "
    "city that has to pay them, and a city that cannot pay protects no one.”",
    "The lead plaintiff, retired fire captain Louis Okonjo-Berry, 71, said he had been paying for his wife’s "
    "medication with a credit card since the cuts took effect in 2023. “I ran into burning buildings for that city "
    "for 31 years. I never once asked whether the city could afford me. I just went. All we asked was that they keep "
    "their word, and now the highest court in this state has said they have to,” Okonjo-Berry told reporters outside "
    "the Hall of Justice in Lansing.",
    "Saginaw Falls Mayor Janet Pruitt-Lozano said in a statement that the ruling would leave the city with a "
    "$38 million hole and that layoffs were now “all but certain.” City attorney Marcus Feeney-Dube said the city had "
    "not decided whether to seek a rehearing.",
    "Michigan Attorney General Harold Voss-Emeka, whose office had sided with the city, vowed to take the case to the "
    "U.S. Supreme Court, arguing that the ruling raised questions under the federal Constitution’s contracts clause. "
    "“This decision ties the hands of every city in Michigan that is one bad year away from insolvency,” he said. "
    "Legal experts were skeptical. “The U.S. Supreme Court almost never reviews a state court’s reading of its own "
    "constitution,” said Aaron Liebowitz-Mensah, a law professor at Wayne State University who studies public "
    "pensions. “The attorney general knows that.”",
    "The ruling restores full pensions to about 900 retirees, according to court filings, and orders the city to "
    "repay the money it withheld, with interest. The court, Castellano-Reyes wrote, “cannot balance a budget by "
    "rewriting a contract the constitution protects.”",
    "Castellano-Reyes was joined by Chief Justice Evelyn Marsh-Tanaka, who wrote separately to say the legislature "
    "should fix the pension law “before the next city runs out of money.”",
)
