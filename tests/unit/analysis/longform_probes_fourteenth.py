"""A fourteenth batch of fictional Canadian news stories of the ordinary web kind for probing the quotes, each a tuple
of paragraphs, two delivered as one long block as a web scraper leaves them: a housing co-operative's eviction notices
(the board president, a tenant couple, a legal-clinic lawyer who "told CBC News", the management company by email, a
city councillor), a minor league baseball team's relocation (the owner, the league commissioner, a mayor, a fan, a
pitcher, the team "in a news release"), a ferry breakdown (the ferry corporation by email and its spokesperson,
stranded travellers, a trucker, an MLA), a provincial court sentencing for fraud (the Crown prosecutor and the defence
lawyer brought back by role only, a victim impact statement read aloud, the judge who "wrote in her decision") and a
township's landfill expansion (the reeve, a farmer and her son, the waste company, a hydrogeologist, the ministry).
Shapes: split quotes with "says X, who …," between them, pronoun chains across sentences, speakers re-introduced by
role only, "told CBC News", a statement that runs on into the next paragraph, and "Y, X's husband, adds". Written for
these tests; none is taken from any corpus. The gold is in test_longform_probes_fourteenth.py."""

from __future__ import annotations

COOP: tuple[str, ...] = (
    "Eleven households at the Maple Commons Housing Co-operative in east Hamilton have received notices telling them "
    "to leave their units by the end of March, and some of them say the board is using a rule about unpaid housing "
    "charges to push out members it does not like. “We followed the bylaws to the letter. Every one of these members "
    "was given three chances to catch up,” board president Dolores Fenwick told CBC News. Fenwick says the co-op is "
    "$240,000 behind on its mortgage and cannot carry members who stop paying. Amir Haddad, who has lived in the "
    "complex for 19 years, says he missed two months of charges after he was laid off from a bakery last spring. “I "
    "paid it all back in September, with the late fees,” says Haddad, who raised three children in the unit. “Then in "
    "January they tell me I am out anyway.” Leila Haddad, Amir’s wife, adds that the family was never invited to the "
    "board meeting where the vote was taken. “Nobody knocked on our door. We found the letter under the mat,” she "
    "says. Jenna Mackie, a lawyer with the Hamilton Community Legal Clinic, says at least four of the notices may not "
    "survive a challenge at the Landlord and Tenant Board. “A co-op is not a landlord like any other. Members have "
    "rights under the Co-operative Corporations Act, and the board has to respect them,” Mackie told CBC News. She "
    "says the clinic has filed applications on behalf of three households. In an email, Riverbend Property Services, "
    "which manages the complex for the board, said it “acts only on the instructions of the co-op’s directors.” The "
    "company said it had no role in the vote. Coun. Paul Okafor, whose ward includes the co-op, says he has asked "
    "city staff whether the municipality’s rent supplement program could help the members who are behind. “These are "
    "working families. Nobody on that list is a stranger to this neighbourhood,” the councillor said. Asked whether "
    "the board would reconsider, the president was firm. “The members voted for these rules. We are not going to "
    "throw them out because the notices are unpopular,” Fenwick said.",
)

BASEBALL: tuple[str, ...] = (
    "The Sault Ste. Marie Lakers, a minor league baseball team that has played at Bondar Field since 1998, will move "
    "to Barrie next season, the club announced Tuesday.",
    "Owner Craig Whitlock said the decision came after the city declined to pay for $6 million in repairs to the "
    "grandstand. “I’ve been trying to make this work for five years. I ran out of road,” Whitlock said at a news "
    "conference at the ballpark. He said attendance had dropped to an average of 900 a game, about half of what the "
    "team drew a decade ago.",
    "The team said in a news release that it would play its final home game in the Sault on Sept. 2 and that season "
    "ticket holders would get a full refund.",
    "Mayor Lorraine Beaulieu said she was disappointed but that council could not justify the cost. “We have a "
    "water plant that needs $40 million. I can’t put a grandstand ahead of clean water,” Beaulieu told CBC News. The "
    "mayor said the city had offered to split the cost of the repairs and that Whitlock turned the offer down.",
    "Whitlock disputes that. “Half of a number that keeps going up is not an offer,” he said.",
    "Frank Ostrowski, who has held the same two seats behind home plate for 22 years, said he learned of the move on "
    "the radio. “My father took me to my first game here. I took my grandson last week,” said Ostrowski, who is 74. "
    "“Now where do I take him?”",
    "Pitcher Danny Ruiz, who grew up in the Sault and is in his third season with the Lakers, said the players found "
    "out an hour before the news conference. “It’s a business. I understand that. But this is my town,” Ruiz said.",
    "Intercounty Baseball League commissioner Warren Pike said in a statement that the league had approved the move "
    "unanimously. He said Barrie had committed to upgrading its stadium and that the league “would welcome a return to "
    "the Sault if a suitable facility becomes available.”",
    "Whitlock said the team would keep its name for at least one season. “The Lakers are the Lakers. Barrie has a lake "
    "too,” he said.",
)

FERRY: tuple[str, ...] = (
    "Hundreds of travellers were stranded on both sides of the Northumberland Strait on Sunday after the only ferry "
    "serving the route between Wood Islands, P.E.I., and Caribou, N.S., broke down for the third time this month. "
    "Bay Ferries said in an email that the MV Confederation had a problem with one of its propulsion units and would "
    "be out of service until at least Wednesday. The company said crews were waiting for a part from Germany. "
    "“We understand how frustrating this is for our customers and we apologize,” spokesperson Nicole Arsenault "
    "wrote. Arsenault said passengers with reservations would be refunded automatically. At the Wood Islands terminal, "
    "Gerald and Anne MacPhee of Montague sat in their car with a cooler of sandwiches. “We were supposed to be at our "
    "granddaughter’s wedding in Truro tomorrow. Now we’re driving to the bridge, three hours the wrong way,” Gerald "
    "MacPhee said. His wife says the couple has stopped booking the ferry for anything that matters. “You can’t count "
    "on it. You just can’t,” she said. Long-haul trucker Dwayne Comeau, who hauls potatoes to Halifax twice a week, "
    "says each breakdown costs him about $600 in fuel and lost time. “I’ve got a load of seed potatoes that was "
    "supposed to be in Truro this morning,” says Comeau, whose truck was fourth in line when the sailing was "
    "cancelled. “The farmers don’t get paid until I get there.” Belfast-Murray River MLA Darlene Compton says she has "
    "written to the federal transport minister asking for a second vessel on the route. “This ferry is 30 years old. "
    "Everybody in the industry knew this summer was going to be a problem,” Compton told CBC News. The MLA said "
    "businesses in the eastern end of the province depend on the service from May to December. Transport Canada said "
    "in a statement that a replacement vessel is being built and should be in service in 2027. Asked what travellers "
    "should do until then, the spokesperson for Bay Ferries said the company posts updates on its website every two "
    "hours. “We would ask people to check before they leave home,” Arsenault said.",
)

SENTENCING: tuple[str, ...] = (
    "A former bookkeeper who stole more than $410,000 from a Saskatoon minor hockey association has been sentenced to "
    "three years in prison.",
    "Karen Lutz, 58, pleaded guilty in November to fraud over $5,000. In Saskatoon provincial court on Friday, Judge "
    "Miriam Obasi said the theft, carried out over seven years, was a “profound breach of trust” against an "
    "organization run by volunteers.",
    "“Ms. Lutz was trusted with the money of children’s sports. She used it to pay for trips, a boat and her own "
    "credit cards,” Obasi wrote in her decision. The judge wrote that the accused had shown remorse but that only a "
    "prison term would meet the need for deterrence.",
    "Crown prosecutor Aaron Goldfarb had asked for four years. He told the court that Lutz had forged the signatures "
    "of two association presidents to hide the withdrawals. “This was not a single lapse. It was a plan, and she "
    "carried it out month after month,” the prosecutor said.",
    "Defence lawyer Sylvie Marchetti argued for a conditional sentence served in the community. She said her client "
    "had a gambling addiction that began after the death of her husband and that she has attended treatment since "
    "her arrest. “She is not asking to be excused. She is asking for a chance to pay the money back,” Marchetti said.",
    "Association president Blair Hnatiuk read a victim impact statement aloud in the courtroom. He said the "
    "association had cancelled two tournaments and raised registration fees by $150 a child to cover the losses. “We "
    "had parents who pulled their kids out of hockey because they couldn’t pay. Those families are the victims here,” "
    "Hnatiuk said.",
    "“We trusted her with everything. She sat at our kitchen tables.",
    "“She was at our kids’ birthday parties,” he read.",
    "Outside the courthouse, the defence lawyer said her client accepted the sentence. “She knew this day was "
    "coming,” Marchetti told reporters.",
    "Goldfarb said the Crown was satisfied. The prosecutor said a restitution order of $410,000 would follow Lutz for "
    "the rest of her life. “Every dollar she earns after prison, the association has a claim on,” he said.",
)

LANDFILL: tuple[str, ...] = (
    "Residents of Ashgrove Township packed the community hall on Monday night as council heard a plan to double the "
    "size of the landfill on Concession 6, a proposal that has split the rural township north of Kingston.",
    "Clearview Waste Solutions, which has operated the site since 2009, wants to raise its annual limit from 150,000 "
    "to 300,000 tonnes. Company vice-president Martin Schell told council the expansion would bring the township "
    "about $1.2 million a year in host fees. “We are not asking anybody to take our word for it. Every monitoring well "
    "on that site is reported to the ministry,” Schell said.",
    "Reeve Gail Sutherland said council would not take a position until the provincial environmental assessment is "
    "complete. She said the township has hired its own consultant to review the company’s studies. “We owe people a "
    "second opinion,” the reeve said. “Council is not going to take the company’s numbers on faith.”",
    "Rhonda Vanderlaan, whose dairy farm sits across the road from the site, says her well water has tasted of metal "
    "since 2019. “I’ve had it tested three times. The company says it’s fine. The ministry says it’s fine. My cows "
    "don’t think it’s fine,” says Vanderlaan, who milks 80 cows with her son. Her son, Josh Vanderlaan, says he has "
    "counted as many as 60 trucks a day on the concession road. “The school bus uses that road,” he said.",
    "Carol Nyberg, a hydrogeologist at Queen’s University who has studied the site at the township’s request, said the "
    "clay under the landfill is thinner on its eastern side than the company’s reports suggest. “That doesn’t mean "
    "there’s contamination,” Nyberg said. “It means nobody has looked hard enough to say there isn’t.” She said two "
    "additional monitoring wells should be drilled before any approval.",
    "The Ministry of the Environment, Conservation and Parks said in an email that the application is under review "
    "and that it “will consider all comments received from the public.” The ministry said a decision is not expected "
    "before next spring.",
    "Schell said the company would pay for the wells Nyberg recommended. “If the science says we have a problem, we "
    "will fix it,” he said. Vanderlaan says she has heard that before. “They said that in 2019,” she said.",
)
