"""A thirty-fifth batch of fictional CANADIAN BUSINESS, ECONOMY AND LABOUR WEB NEWS for probing the quotes: a housing
market that stalls (a realtor in the present tense, two bank economists who write "in a note to clients", a couple of
first-time buyers, a real-estate board's statement and its president), a strike at a pulp mill (a union local's
president, the company's spokesperson, picketers, a provincial labour minister, a mayor), a family hardware store
that closes, told in two long blocks of several speakers each, a lobster price slump (harvesters, their association,
a buyer, a federal department, an economist), and a central bank's rate decision (the governor at a news conference,
a deputy governor, economists and a business group reacting). Written for these tests; none is taken from any corpus,
and every person, firm, town, union and association in them is made up. The gold is in
test_longform_probes_thirtyfifth.py."""

from __future__ import annotations

HOUSING: tuple[str, ...] = (
    "Home sales across Greater Tidewater fell 14 per cent in October from a year earlier, the third monthly drop in "
    "a row, as would-be buyers held off in the hope that mortgage rates would keep falling.",
    "The Tidewater Real Estate Board said in a statement Tuesday that 412 homes changed hands last month, while new "
    "listings climbed to their highest level for an October since 2019. The board said the benchmark price of a "
    "detached home slipped 2.1 per cent to $318,400. “Inventory is finally catching up with demand,” the board said.",
    "“Buyers are out there, they’re just sitting on their hands,” says Renée Gallant, a realtor with Seaside Realty "
    "in Port Ellery who has sold homes in the region for 17 years. “Every second showing, someone asks me whether "
    "they should wait until spring.”",
    "Gallant says sellers have been slow to accept that prices have come off their peak. Some of her listings have "
    "sat for more than 90 days, she says, something she rarely saw two years ago.",
    "Economists expect the lull to be short. In a note to clients, Marguerite Okonjo, a senior economist at "
    "Laurentide Bank, wrote that the cuts already made by the central bank had yet to reach borrowers whose "
    "mortgages renew next year. “We think the spring market will surprise on the upside,” she wrote. The economist "
    "added that first-time buyers would be the first to return.",
    "Desmond Pryce, deputy chief economist at Northshore Financial, was more cautious. Unemployment in the province "
    "has crept up for four months, he said in a note to clients on Wednesday, and buyers who worry about their jobs "
    "do not rush into bidding wars. “Lower rates help, but they do not make anybody feel more secure at work,” Pryce "
    "said.",
    "For Tyler and Ashlyn Boudreau, the pause has been a gift. The couple, both teachers in Shediac Cove, had been "
    "outbid on three houses in 2022 before giving up. This fall they bought a three-bedroom bungalow for $14,000 "
    "under the asking price.",
    "“We honestly couldn’t believe it when the sellers came back and said yes,” Ashlyn Boudreau said. Her husband "
    "said they had set aside money for a bidding war that never came. “We used it on a new furnace instead,” he "
    "said, laughing.",
    "The board’s president, Luc Arsenault, said the slowdown was a return to normal after two frantic years rather "
    "than a sign of trouble. “A balanced market is a healthy market,” he said. “Nobody should read a slow October "
    "as the sky falling.”",
    "Gallant, for her part, is telling clients not to wait too long. “When rates drop again, everybody who has been "
    "waiting will come back at once,” she says.",
)

STRIKE: tuple[str, ...] = (
    "About 640 workers at the Kessler Pulp mill in Port Alderney walked off the job at 12:01 a.m. Monday after "
    "talks on a new contract broke down over pensions and shift scheduling.",
    "Paper and Forest Workers Local 1187 president Darlene Matheson said the union had offered to keep bargaining "
    "through the weekend but the company walked away from the table on Saturday night. “We didn’t want this. Nobody "
    "on that picket line wanted this,” Matheson told reporters outside the mill gate.",
    "The union says the company wants to move newer workers into a defined-contribution pension plan, which "
    "Matheson called “a two-tier system that pits the young guys against the old guys.”",
    "Kessler Pulp spokesperson Gordon Whitfield said the company’s final offer included wage increases of 11 per "
    "cent over four years and was “fair and competitive.” He said the pension change would protect the plan for "
    "workers who are already in it. “We remain ready to return to the table at any time,” Whitfield said in an "
    "emailed statement. The company says the strike will delay shipments to customers in Asia and the U.S.",
    "On the picket line, where workers kept warm around burn barrels, millwright Scott Devereaux said he has worked "
    "at the mill for 26 years and never expected to strike. “My dad retired from this mill. I was supposed to "
    "retire from this mill,” he said. “Now they want my nephew to get half the pension I get.”",
    "Another picketer, who asked not to be named because she feared it could hurt her if she returned to work, "
    "said many families in town had only one income, and it came from the mill.",
    "Provincial Labour Minister Angela Furlotte urged both sides to get back to bargaining. “A strike of this size "
    "hurts everybody in that region, from the restaurants to the trucking companies,” Furlotte said at the "
    "legislature. She said the province would not legislate the workers back “at this point” and that a mediator "
    "was available to both parties.",
    "The mill, which makes pulp for tissue and packaging, is the largest private employer in Port Alderney. Mayor "
    "Kevin Sampson said he had spoken to both the union and the company. “I’m not taking sides. I just want these "
    "people back at work before Christmas,” the mayor said.",
    "No new talks have been scheduled.",
)

HARDWARE: tuple[str, ...] = (
    "After 61 years, Vandermolen’s Hardware on Queen Street in Wetherby will close its doors for good on Jan. 31.",
    "Hank Vandermolen, 74, whose father opened the store in 1964, says there was no single reason. “The big-box "
    "store opened out by the highway in 2009, and we survived that. COVID, we survived that,” he says, leaning on "
    "the counter where he has worked since he was 12. “But my back is done, and neither of my kids wants it, and I "
    "don’t blame them.” His daughter, Jolene Vandermolen-Price, who keeps the store’s books, says the family tried "
    "for two years to find a buyer. “We had two people come close. One of them couldn’t get the financing, and the "
    "other one wanted the building, not the business,” she says. Her brother Pieter, a nurse in Red Alder, says he "
    "grew up in the aisles but never saw himself behind the till. “Dad knew that a long time ago. I think he made "
    "his peace with it before we did,” he says.",
    "Customers have been coming in all month to say goodbye. Marlene Kowalchuk, who has shopped at the store since "
    "the 1970s, said she came in for a box of screws and left in tears. “You could walk in here with a broken thing "
    "in a bag and Hank would tell you what it was and which drawer the part was in,” she said.",
    "The Wetherby and District Chamber of Commerce says the closing is the fourth on Queen Street this year. Its "
    "executive director, Farah Siddiqui, said small retailers are squeezed by higher rents, higher wages and "
    "shoppers who buy online. “Every one of these closings leaves a hole that doesn’t get filled quickly,” Siddiqui "
    "said. Coun. Brent Lachance said the town was looking at a property tax break for downtown storefronts but "
    "admitted it would come too late for the hardware store. “We should have done this five years ago,” he said.",
    "Vandermolen says he will hold a sale through January and give whatever is left to a charity’s resale shop. "
    "Then, he says, he plans to fix the fence at his own house. “Fifty years I’ve been fixing everybody else’s,” he "
    "says. “Mine’s falling down.”",
)

LOBSTER: tuple[str, ...] = (
    "Lobster prices paid to fishermen along the Fundy shore have dropped to their lowest level in six years at the "
    "start of the fall season, and harvesters say the money no longer covers the cost of bait and fuel.",
    "Buyers were paying between $5.50 and $6 a pound at the wharf in Clark’s Bight this week, down from about $8 a "
    "year ago, according to the Fundy Shore Harvesters Association.",
    "“At six bucks, you’re working for nothing,” said Curtis d’Entremont, who fishes out of Clark’s Bight with his "
    "son. He said bait alone costs him about $1,200 a trip. “My son is 23. I don’t know how I tell him this is a "
    "living.”",
    "The association’s president, Yvette LeBlanc, said processors are blaming weak demand in the United States and "
    "China and high stocks of frozen lobster left over from last year. “The processors tell us the freezers are "
    "full,” LeBlanc said. “We tell them that’s not our problem, but at the end of the day they set the price.”",
    "Ralph Eisner, who manages purchasing for Coastline Seafoods, one of the larger buyers in the region, said the "
    "company is paying what the market will bear. “If we pay $8 and sell at a loss, there is no plant next year, "
    "and then nobody has a buyer,” he said.",
    "Fisheries and Oceans Canada said in an email that it does not set or regulate the price of lobster, which is "
    "negotiated between harvesters and buyers. The department said it continues to monitor the health of the "
    "stock, which it described as strong.",
    "Bayview University fisheries economist Imran Chaudhry said the price slump reflects a market that grew used to "
    "record highs during the pandemic. “Restaurants were paying anything for lobster in 2021. That was never going "
    "to last,” Chaudhry said. He said prices could recover if the U.S. dollar stays strong, because most of the "
    "catch is sold south of the border.",
    "LeBlanc said the association has asked the province for a meeting on a minimum price, something harvesters in "
    "other parts of the region have pushed for without success. “We’re not asking for a handout,” she said. “We’re "
    "asking for a floor.”",
)

RATES: tuple[str, ...] = (
    "The Bank of Canada cut its key interest rate by a quarter of a percentage point to 2.5 per cent on Wednesday, "
    "its fifth cut this year, and signalled that it may be close to done.",
    "Governor Helen Abernathy told a news conference in Ottawa that the economy had slowed more than the bank "
    "expected in the summer, as tariffs weighed on exports of steel, aluminum and autos. “Monetary policy cannot "
    "undo the damage from tariffs,” Abernathy said. “What it can do is help the economy adjust.”",
    "In its statement, the bank said inflation had stayed close to its 2 per cent target and that it expected "
    "growth to pick up modestly next year. The bank said it would be ready to respond if the outlook changed.",
    "Asked whether the bank was finished cutting, Abernathy said she would not tie the hands of the governing "
    "council. “We are taking it one decision at a time,” she said. “I would not read any more into it than that.” "
    "The governor said the bank had discussed a larger cut but decided against it.",
    "Senior deputy governor Rashid Tremblay, who appeared alongside her, said household spending had held up better "
    "than business investment. Companies are holding off on new projects until the trade picture is clearer, he "
    "said.",
    "Economists had widely expected the cut. “The bank is signalling a pause, but the data may not let it pause for "
    "long,” said Bernadette Kwan, chief economist at Harbourline Securities. She said she expected one more cut "
    "early next year if job losses continue in manufacturing.",
    "Others saw the door as firmly shut. In a note to clients, Tomas Riedel of Granville Capital Markets wrote that "
    "core inflation measures remain “sticky” and that the bank would want to see several months of data before it "
    "moved again. “We think this is the end of the easing cycle,” Riedel wrote.",
    "Business groups welcomed the cut. The Canadian Small Business Alliance said in a release that small firms were "
    "still struggling with high borrowing costs, and its chief economist, Nadia Fontaine, said the rate cut “will "
    "help at the margins, but it’s not a fix for lost orders.”",
    "The bank’s next decision is scheduled for Jan. 28.",
)
