"""A seventieth batch of fictional stories for probing the quotes, in the manner of HOUSING, REAL ESTATE AND CITY
PLANNING NEWS as city papers, local web news and the business pages write it: residents who "testified" at a zoning
board's hearing, a developer's lawyer and the board's chair, a board that "voted 5-2", a tenants' organiser named by
her first name once she is introduced, a landlord "who declined to give his name", a property manager who "said in an
email", a realtors' association that speaks through its monthly report, a broker and a housing economist at a listings
site, a mayor, a planning director and a council member "who voted against", a homebuilder's chief executive on a
results call and an analyst who "wrote in a note to clients". Present-tense cues ("says", "the broker says"),
descriptions that refer back ("the developer said", "the tenant added", "the economist said") and organisations that
speak through statements, reports, websites and votes. The pieces: a tower approved by a zoning board, a tenants'
union against a wave of evictions, a monthly home-sales report, a city's housing plan, and a homebuilder's quarterly
results. Written for these tests; none is taken from any corpus, and every person, firm, board, union, association,
city, neighbourhood and institute in them is made up (the countries, states and kinds of bodies are real)."""

from __future__ import annotations

ZONING: tuple[str, ...] = (
    "Zoning board approves 31-story tower on Harbor Street over neighbors’ objections",
    "BRANDT HARBOR, Ore. — After nearly six hours of testimony that stretched past midnight, the city’s Zoning Board "
    "of Appeals voted 5-2 early Wednesday to approve a 31-story apartment tower on the site of a former ferry terminal "
    "on Harbor Street, the tallest building the city has ever allowed.",
    "More than 60 residents testified, most of them against the project. Many said the tower would cast a shadow over "
    "Quarry Park for much of the afternoon and bring hundreds of cars to streets that are already full.",
    "“This is a neighborhood of three-story houses. You are putting a wall at the end of it,” said Della "
    "Marchetti-Fold, a retired teacher who has lived on Pier Lane for 41 years and spoke first. “Nobody on this board "
    "would want it at the end of theirs.”",
    "Gideon Ashworth-Pell, a lawyer for the developer, Larchmont Cove Partners, told the board that the tower complied "
    "with the height limits the city council set for the waterfront in 2019 and that the project would add 412 "
    "apartments, 62 of them rented below market rates. “The rules were written for exactly this site. My client "
    "followed them to the letter,” the lawyer said.",
    "The developer said in a statement after the vote that construction would begin next spring and that it expected "
    "the first tenants to move in by 2029.",
    "A city planner, Tobias Renwick-Hale, who reviewed the application for the planning department, testified that "
    "the tower’s shadow would fall on the park for about two hours a day in winter and less in summer, well within "
    "what the code allows.",
    "The board’s chair, Ruth Okonkwo-Lind, said members had weighed the testimony carefully but were bound by the "
    "code. “We are not a popularity contest. We apply the zoning code the council gave us, and this project meets "
    "it,” Okonkwo-Lind said before the vote.",
    "Felix Branwell-Sato, one of the two members who voted against the tower, said he was not convinced by a traffic "
    "study the developer had paid for. “A study paid for by the applicant that finds no traffic problem is not a study "
    "I can lean on,” Branwell-Sato said.",
    "Residents have 21 days to appeal the decision to the state’s land use appeals board. Marchetti-Fold said a group "
    "of neighbors had already hired a lawyer. “We lost a vote. We didn’t lose the argument,” the retired teacher said.",
)

TENANTS: tuple[str, ...] = (
    "Tenants at Belvedere Towers organize as landlord moves to evict dozens",
    "DORSET HEIGHTS, N.J. — The eviction notices arrived on a Friday, taped to the doors of 43 apartments at "
    "Belvedere Towers, a pair of 1960s brick buildings on Canal Avenue. By Monday, the tenants had formed a union.",
    "“They thought we would just pack up and leave. We have been here twenty, thirty years. We are not going "
    "anywhere,” says Marisela Quintanar-Boyd, a home health aide who has lived in a two-bedroom on the ninth floor "
    "since 1998 and now leads the Belvedere Tenants Union.",
    "Marisela says the notices cite “lease violations” that tenants say they have never been told about: a bicycle in "
    "a hallway, a window air conditioner, a relative who stayed too long.",
    "The buildings’ owner, Halvorsen Ridge Holdings, bought Belvedere Towers last year for $38 million. Its property "
    "manager, Curtis Lemaire-Vogt, said in an email that the notices were “a routine enforcement of the lease” and had "
    "nothing to do with plans to renovate the buildings. “Every tenant has the right to contest a notice in court,” he "
    "wrote.",
    "The tenants do not believe him. At a meeting in the building’s laundry room on Sunday, more than 80 people voted "
    "to withhold rent increases until the company agrees to talk.",
    "“We are not asking for anything special. We are asking them to follow the law,” Marisela told the crowd in "
    "English and then in Spanish.",
    "Ferdinand Obuya-Mertz, who has lived on the fourth floor since 1979, said he had received a notice over a bicycle "
    "that belongs to his grandson. “I am 71 years old. Where do I go?” the tenant added.",
    "The landlord of a smaller building nearby, who declined to give his name, said owners were being squeezed by "
    "taxes and insurance costs and that tenants’ groups made the problem worse. “Nobody wants to be the bad guy. But "
    "the numbers have to work,” the landlord said.",
    "Housing lawyers say the notices fit a pattern. Priya Vandeberg-Nash, a staff attorney at the Essex Legal Aid "
    "Society, said her office had seen a rise in eviction filings at buildings bought by investment firms in the past "
    "two years. “When a building changes hands, the notices follow. It happens so often we can predict it,” the "
    "attorney said.",
    "Halvorsen Ridge Holdings did not respond to a request for comment. The company said on its website that it had "
    "“invested more than $4 million in repairs and upgrades” at the buildings since buying them.",
    "Council member Desmond Achterberg-Ruiz, whose ward includes the towers, said he would introduce an ordinance "
    "requiring landlords to give 90 days’ notice before filing for eviction on lease grounds. “If you own a building "
    "in this city, you don’t get to empty it with a roll of tape,” Achterberg-Ruiz said.",
    "On the ninth floor, Marisela has taped a notice of her own to her door: the date of the union’s next meeting. "
    "“They taught us how to use tape,” she says.",
)

MARKET: tuple[str, ...] = (
    "Home sales fall for fourth month as prices hold near record, realtors say",
    "Sales of existing homes in the Tri-County region fell 6.2 percent in October from a year earlier, the fourth "
    "monthly decline in a row, while the median price held near its record at $487,000, the Tri-County Association of "
    "Realtors said in its monthly report on Thursday.",
    "Listings rose 18 percent, the association said, as owners who had waited for mortgage rates to fall gave up and "
    "put their houses on the market.",
    "“Buyers finally have something to look at. What they don’t have is a rate that lets them afford it,” said "
    "Bernadette Solano-Whitfield, the association’s president and a broker with Keystone Hearth Realty in Alder Grove. "
    "She said homes were sitting on the market for a median of 34 days, up from 19 a year ago.",
    "The average rate on a 30-year fixed mortgage stood at 6.9 percent last week, according to a weekly survey by the "
    "lender Harlow National.",
    "Nikolai Brandvold-Ames, a senior economist at the listings site HomeCrest, said the region was moving toward a "
    "buyer’s market for the first time since 2012, though slowly. “Prices are sticky on the way down. Sellers would "
    "rather wait than cut, and most of them can afford to wait,” the economist said.",
    "He said in a note published on the site that he expected the median price to fall between 2 and 4 percent next "
    "year if rates stayed above 6.5 percent.",
    "In Alder Grove, where the median price topped $700,000 this spring, brokers say the change has been sharp. “In "
    "April I had 14 offers on a three-bedroom ranch. In October I had an open house where nobody came,” says Wendell "
    "Farquharson-Oyo, who has sold homes in the town for 22 years.",
    "The broker says some sellers have started offering to pay part of a buyer’s closing costs or to buy down the "
    "mortgage rate, concessions he has not seen in a decade.",
    "Camille Ostrowski-Benn, a nurse who has been looking for a condo with her partner since January, said they had "
    "been outbid four times in the spring and now cannot qualify for the loan they were approved for a year ago. “The "
    "prices came down a little. The rate went up a lot. We are further away than when we started,” she said.",
    "Solano-Whitfield said she expected sales to pick up in the spring if rates eased. “Every buyer I talk to is "
    "waiting for the same number. When it comes, they will all show up at once,” the association’s president said.",
)

HOUSING_PLAN: tuple[str, ...] = (
    "City council adopts housing plan that allows fourplexes on every residential lot",
    "MILLBROOK, Minn. — The Millbrook City Council voted 9-4 on Tuesday night to adopt a housing plan that will allow "
    "buildings of up to four homes on every residential lot in the city, ending single-family-only zoning in a place "
    "where it has covered nearly three-quarters of the land since the 1950s.",
    "Mayor Lucinda Abernathy-Kwan, who made the plan the centerpiece of her campaign, said the vote was “the most "
    "important thing this city has done for housing in my lifetime.”",
    "“We have people who teach our kids and nurse our parents who cannot afford to live here. That is not a housing "
    "market. That is a gate,” the mayor said at a news conference after the vote.",
    "The plan, which the planning department spent two years drafting, sets a goal of 14,000 new homes by 2040 and "
    "removes requirements that new buildings include off-street parking.",
    "Planning director Sunita Halloran-Reyes told the council that the changes alone would not produce the homes. "
    "“Zoning is permission, not construction. The market still has to decide it can build here,” she said.",
    "She said the department would track permits each year and report back to the council in 2027.",
    "Council member Roderick Fenwick-Lowe, who voted against the plan, said it had been rushed and that residents of "
    "his ward on the city’s south side had not been heard. “People bought homes on a street of single-family houses. "
    "This council has decided, for them, that the street will be something else,” Fenwick-Lowe said.",
    "Supporters packed the chamber in yellow shirts printed with “Homes for Millbrook.” Among them was Tariq "
    "Masterson-Ilori, 27, who rents a basement apartment with two roommates. “I grew up here. I would like to be able "
    "to stay here,” he said.",
    "The Millbrook Homeowners Alliance, which collected more than 6,000 signatures against the plan, said in a "
    "statement that it was weighing a lawsuit. “The council has chosen developers over neighborhoods,” the group said.",
    "Evangeline Stroud-Parikh, who studies land use at the Lakeshire Institute, a policy research group, said cities "
    "that had made similar changes saw modest gains at first. “Nobody wakes up the next morning to a fourplex on every "
    "corner. It is a slow change, and that is mostly a good thing,” the researcher said.",
)

HOMEBUILDER: tuple[str, ...] = (
    "Ridgeline Homes profit falls as buyers demand incentives; shares slide",
    "Ridgeline Homes, the country’s fifth-largest homebuilder by closings, said on Tuesday that its third-quarter "
    "profit fell 23 percent as it spent more on mortgage-rate buydowns and other incentives to keep buyers signing "
    "contracts.",
    "Net income fell to $214 million, or $3.12 a share, from $278 million a year earlier. Revenue slipped 4 percent to "
    "$2.6 billion.",
    "“Demand is there. The buyer is there. But the buyer needs help with the payment, and we are the ones giving it,” "
    "chief executive Harlan Voskuijlen-Pratt said on a call with analysts.",
    "Voskuijlen-Pratt said the company would keep using rate buydowns as long as mortgage rates stayed above 6 "
    "percent, because they cost less than cutting prices outright. Cutting prices, he said, “resets every appraisal in "
    "the neighborhood, including the ones on homes we haven’t sold yet.”",
    "Chief financial officer Annika Thorvald-Mensah told analysts that gross margin fell to 21.4 percent from 24.9 "
    "percent and that the company expected it to stay near that level through the first half of next year.",
    "Shares of Ridgeline fell 6.8 percent in afternoon trading.",
    "Analysts were split on whether the incentives would pay off. Oswin Hargreave-Lutz, an analyst at Corvid "
    "Securities, wrote in a note to clients that the company was “buying volume at the expense of margin” and cut his "
    "price target to $118 from $131.",
    "“The incentive is the new price cut. It just doesn’t show up in the price,” the analyst wrote.",
    "Liesel Okoro-Dunmore, who covers homebuilders at Fairhaven Capital, said the company was in better shape than "
    "most because it owns much of its land outright. “They can wait out a slow year. Builders that borrowed to buy "
    "lots in 2021 cannot,” she said.",
    "Asked on the call whether the company would slow construction, Voskuijlen-Pratt said it had cut the number of "
    "homes it started in the quarter by 9 percent and would “build to the orders we have, not the orders we hope "
    "for.”",
    "Ridgeline said it now expected to close between 11,800 and 12,200 homes this year, down from an earlier forecast "
    "of 12,500.",
)
