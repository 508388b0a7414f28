"""The fifty-eighth round of blind profile probes: fictional environment, parks and conservation news from the wire,
regional papers and environment desks (a national park closed after a wildfire, with park officials, its
superintendent, a ranger, a tour operator and the park service; a fisheries quota cut with a fisheries minister, the
fisheries department, a senior fisheries officer, a fishermen's association and its president and a marine biologist
at a university; an endangered-species listing with a wildlife agency's director, a conservation group's lawyer, a
ranchers' association and a state governor; a wildlife charity founded by a former schoolteacher, with its founder,
its head vet, a donor and a county council's spokeswoman; a pollution fine on a water company with the environment
regulator, its spokesperson, the company's statement, a river-keeper group and its chairman), and for each quote the
speaker, kind and affiliation written before the stories were run (test_profiles_blind_probes_fiftyeighth.py).
Blind:
13 wrong of 45, no gold slip (a national park's superintendent taken for `other` three times; "Ranger Tomas Delgado"
kept with his title "Ranger" as the speaker's name, so both his quotes missed and found under another name, four; "The
Department of Fisheries and Marine Resources said" cut to "Department of Fisheries", missed and found under another
name, two; the river-keeper group "Friends of the Wendle" read as an unnamed group "Friends" of the place "Wendle",
missed and found as unnamed, two; "The charity's head vet" and the group's chairman ("Its chairman") given no
affiliation, two). Not counted by the harness, which checks no affiliation the gold leaves empty: the ranger tied to
"Cedar Hollow" (where he "has worked") and a donor, "a retired farmer from nearby Lower Wenham", to the place "Lower
Wenham"."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a park superintendent, a park ranger, a fisheries minister, a senior fisheries officer, a
#: wildlife agency's director, a state governor, a county council's spokeswoman and an environment regulator's
#: spokesperson hold public office or speak for a public body: officials; a marine biologist at a university is
#: university staff: an analyst; a tour operator, a fishermen's association's president, a conservation group's
#: lawyer, a charity's founder and its vet, a donor and a river-keeper group's chairman are `other`; a park service, a
#: fisheries department, a fishermen's association, a ranchers' association, a water company, a river-keeper group and
#: an environment regulator speaking as themselves are `institution` under the fullest name the article gives them
#: ("the association", "the company", "the regulator" resolved to it); "park officials" are `unnamed`. A court that
#: "heard" something and an agency that "listed" a bird say nothing: no quotes.
STORIES = [
    (
        (
            "MISSOULA, Mont. -- Cedar Hollow National Park will stay closed to visitors for at least six weeks after a "
            "wildfire burned through nearly a third of its forest and destroyed two campgrounds, park officials said "
            "on Thursday.",
            "The Ridgeback Fire, which started on Aug. 3 during a lightning storm, has burned about 41,000 acres and "
            "was 60% contained on Thursday morning.",
            "Marisol Okafor, superintendent of Cedar Hollow National Park, said the main road through the park had "
            "been damaged by falling trees and rockslides and could not be reopened until crews had cleared it and "
            "engineers had checked its bridges.",
            '"We know how many families plan their whole summer around this park, and we are sorry. But we will not '
            "open a road that we cannot promise is safe,\" Okafor said at a briefing at the park's headquarters in "
            "Pine Flat.",
            "She said the park would refund all campground and backcountry permits booked through the end of "
            "September.",
            "Ranger Tomas Delgado, who has worked at Cedar Hollow for 19 years, said the fire had moved faster than "
            "any he had seen, jumping the Alder River in under an hour.",
            '"The trees up on the ridge went in minutes. What you see from the road now is mostly ash," Delgado said.',
            "No visitors or staff were hurt, but rangers evacuated about 1,200 campers over two nights as the fire "
            "approached.",
            "For the businesses that depend on the park, the closure comes at the worst time of the year.",
            "Janet Whitcombe, who runs Bear Creek Outfitters, a rafting and guided-tour company in the gateway town of "
            "Elkhorn, said she had cancelled more than 300 bookings since the fire began.",
            '"August is when we make the money that carries us through the winter. Six weeks closed is the season '
            'gone," Whitcombe said.',
            "The Federal Park Service, which runs Cedar Hollow and 61 other parks, said in a statement that it would "
            "ask Congress for emergency funds to rebuild the two campgrounds.",
        ),
        [
            ("six weeks", "", "unnamed", ""),  # park officials
            ("falling trees", "Marisol Okafor", "official", "Cedar Hollow National Park"),  # superintendent of the park
            ("whole summer", "Marisol Okafor", "official", ""),  # the same, two sentences, one quote
            ("refund all campground", "Marisol Okafor", "official", ""),  # the same, "She said"
            ("moved faster", "Tomas Delgado", "official", ""),  # Ranger, a park's officer
            ("mostly ash", "Tomas Delgado", "official", ""),  # the same
            ("300 bookings", "Janet Whitcombe", "other", "Bear Creek Outfitters"),  # a tour operator, "who runs"
            ("season", "Janet Whitcombe", "other", ""),  # the same
            ("emergency funds", "Federal Park Service", "institution", ""),  # the park service as itself
        ],
    ),
    (
        (
            "GALWAY, Ireland, March 4 (Reuters) - The government will cut the catch quota for Atlantic cod off the "
            "west coast by 38% this year after a survey found the stock at its lowest level since records began, "
            "Fisheries Minister Declan Moriarty said on Tuesday.",
            '"I do not take this decision lightly. If we do not cut now, there will be no cod left to cut," Moriarty '
            "told parliament.",
            "The Department of Fisheries and Marine Resources said the total allowable catch would fall to 6,200 "
            "tonnes from 10,000 tonnes, and that boats would also have to keep their nets off cod for two months from "
            "April, when the fish spawn.",
            "Senior fisheries officer Grainne Keane, who led the survey, said the number of young cod had fallen for "
            "five years in a row.",
            '"The young fish are not coming through. That is the number that worries us most," Keane said.',
            "The Western Fishermen's Association said the cut would tie up dozens of boats for most of the year.",
            "Its president, Padraig Hanlon, who has fished out of Rossaveal for 30 years, said the department had "
            "relied on a survey that sampled too few sites.",
            '"They counted fish in four bays and closed an entire coast. Come out on my boat and I will show you cod," '
            "Hanlon said.",
            "Dr. Aoife Brennan, a marine biologist at the University of Connacht, said the survey matched what her own "
            "team had found in the north of the bay.",
            '"Cod can come back, but only if they are left alone long enough to breed. Other countries learned that '
            'too late," Brennan said.',
            "She said a cut of 38% was at the lower end of what the scientific advice had called for.",
            "The minister said the government would pay boat owners 1,200 euros for each week their boats stayed in "
            "port during the closure.",
        ),
        [
            ("by 38%", "Declan Moriarty", "official", ""),  # Fisheries Minister
            ("decision lightly", "Declan Moriarty", "official", ""),  # the same, "told parliament"
            ("6,200", "Department of Fisheries and Marine Resources", "institution", ""),  # the department as itself
            ("young cod", "Grainne Keane", "official", ""),  # senior fisheries officer
            ("not coming through", "Grainne Keane", "official", ""),  # the same
            ("dozens of boats", "Western Fishermen's Association", "institution", ""),  # the association as itself
            ("too few sites", "Padraig Hanlon", "other", "Western Fishermen's Association"),  # its president
            ("four bays", "Padraig Hanlon", "other", ""),  # the same
            ("her own", "Aoife Brennan", "analyst", "University of Connacht"),  # a marine biologist at a university
            ("long enough to breed", "Aoife Brennan", "analyst", ""),  # the same
            ("lower end", "Aoife Brennan", "analyst", ""),  # the same, "She said"
            ("1,200 euros", "Declan Moriarty", "official", ""),  # "The minister said"
        ],
    ),
    (
        (
            "DENVER (AP) -- The Federal Wildlife Agency on Wednesday listed the sage plover, a small ground-nesting "
            "bird of the high plains, as endangered, after its numbers fell by about 80% in 25 years.",
            "The agency's director, Harold Benning, said the listing would protect about 3.1 million acres of "
            "grassland in Colorado, Wyoming and Nebraska as critical habitat.",
            '"The plover has been telling us for 20 years that the grassland is in trouble. Today we are listening," '
            "Benning said in a statement.",
            "He said ranchers could go on grazing cattle on the land, but that new roads, wells and ploughing would "
            "need a permit.",
            "Conservation groups had sued the agency three times to force a decision.",
            "Leah Okonkwo, a lawyer for the Prairie Defense Fund, which brought the latest suit, said the listing came "
            "years late and protected too little land.",
            '"The agency drew the map around the birds that are left, not around the land they need to come back," '
            'Okonkwo said. "We are reviewing whether to go back to court."',
            "The Plains Cattlemen's Association said the listing would put thousands of family ranches under the "
            "control of federal biologists.",
            '"Ranchers have kept this grass as grass for a hundred years. That is the only reason there is any plover '
            'habitat left at all," the association said in a statement.',
            "Colorado Governor Ellen Marsh, a Democrat, said the state would ask the agency to let it run its own "
            "recovery plan.",
        ),
        [
            ("3.1 million acres", "Harold Benning", "official", "Federal Wildlife Agency"),  # the agency's director
            ("we are listening", "Harold Benning", "official", ""),  # the same, "said in a statement"
            ("grazing cattle", "Harold Benning", "official", ""),  # the same, "He said"
            ("too little land", "Leah Okonkwo", "other", "Prairie Defense Fund"),  # a conservation group's lawyer
            ("drew the map", "Leah Okonkwo", "other", ""),  # the same, one quote over its two quoted parts
            ("family ranches", "Plains Cattlemen's Association", "institution", ""),  # ranchers' body as itself
            ("grass as grass", "Plains Cattlemen's Association", "institution", ""),  # "the association said"
            ("recovery plan", "Ellen Marsh", "official", ""),  # Governor
        ],
    ),
    (
        (
            "HARTWELL -- When Margaret Pell retired from teaching biology at Hartwell Grammar School in 2009, she took "
            "in an injured hedgehog that a pupil had found on the school field.",
            "Fifteen years later, the charity she started in her garage, Hedgerow Wildlife Rescue, treats about 4,000 "
            "animals a year at a hospital on the edge of the town and has a staff of 22.",
            '"I thought I would look after a few hedgehogs and do the crossword," Pell, 74, said. "The hedgehogs had '
            'other ideas."',
            "Pell said the busiest months were May and June, when people bring in baby birds that they think have "
            "been abandoned.",
            '"Nine out of ten of them were fine where they were. Their mother was in the next tree, watching," she '
            "said.",
            "The charity's head vet, Dr. Samir Haddad, said the number of animals hurt by garden netting and strimmers "
            "had doubled in five years.",
            '"We had 140 hedgehogs with strimmer injuries last summer. Most of them could have been saved by someone '
            'looking into the long grass first," Haddad said.',
            "Last year the charity received its largest gift, 250,000 pounds, from Geoffrey Aldous, a retired farmer "
            "from nearby Lower Wenham, which paid for a new intensive-care unit for birds.",
            "\"I have had barn owls on the farm all my life. When one came in hit by a car, Margaret's people saved "
            'it. This was my way of saying thank you," Aldous said.',
            "Pell said she still did the 6 a.m. feeds on Sundays.",
            "Kate Merriman, a spokeswoman for the county council, said the charity had been given a grant of 30,000 "
            "pounds to run talks in local schools.",
        ),
        [
            ("do the crossword", "Margaret Pell", "other", ""),  # the founder, two parts, one quote
            ("busiest months", "Margaret Pell", "other", ""),  # the same
            ("next tree", "Margaret Pell", "other", ""),  # the same, "she said"
            ("garden netting", "Samir Haddad", "other", "Hedgerow Wildlife Rescue"),  # the charity's head vet
            ("strimmer injuries", "Samir Haddad", "other", ""),  # the same
            ("barn owls", "Geoffrey Aldous", "other", ""),  # a donor, a retired farmer
            ("6 a.m. feeds", "Margaret Pell", "other", ""),  # the same founder
            ("30,000", "Kate Merriman", "official", ""),  # a county council's spokeswoman
        ],
    ),
    (
        (
            "LEEDS, England -- The water company Northvale Water has been fined 2.4 million pounds for pumping raw "
            "sewage into the River Wendle on more than 200 days over three years, the Rivers and Environment Agency "
            "said on Friday.",
            "A spokesperson for the agency, Nadia Farrow, said it was the largest fine the agency had imposed on a "
            "water company in the region.",
            '"Northvale knew its pumps at Marsh Lane were failing and chose to let the river take the overflow. That '
            'is not an accident, it is a business decision," Farrow said.',
            "Leeds Crown Court heard that the company had been warned about the pumping station four times since 2019.",
            "In a statement, Northvale Water said it accepted the fine and had spent 18 million pounds since 2022 on "
            "new pumps and storm tanks along the river.",
            '"We are sorry for the harm done to the Wendle and to the people who use it," the company said. "We have '
            'let our customers down, and we will put it right."',
            "Friends of the Wendle, a river-keeper group that has tested the water every week since 2018, said the "
            "fine was too small to change how water companies behave.",
            "Its chairman, Owen Pritchard, a retired chemist, said the group's samples had found bacteria levels at a "
            "swimming spot near Hebden Mill at 40 times the safe limit last summer.",
            '"Two point four million pounds is what Northvale\'s shareholders were paid every nine days last year," '
            'Pritchard said. "Fines like this are a cost of doing business."',
            "The regulator said it had opened investigations into three more pumping stations run by the company.",
        ),
        [
            ("200 days", "Rivers and Environment Agency", "institution", ""),  # the regulator as itself
            ("largest fine", "Nadia Farrow", "official", ""),  # the regulator's spokesperson
            ("business decision", "Nadia Farrow", "official", ""),  # the same
            ("18 million pounds", "Northvale Water", "institution", ""),  # the company's statement
            ("harm done", "Northvale Water", "institution", ""),  # "the company said", one quote over two parts
            ("too small", "Friends of the Wendle", "institution", ""),  # the river-keeper group as itself
            ("40 times", "Owen Pritchard", "other", "Friends of the Wendle"),  # its chairman
            ("every nine days", "Owen Pritchard", "other", ""),  # the same
            ("three more pumping stations", "Rivers and Environment Agency", "institution", ""),  # "The regulator"
        ],
    ),
]
