"""The seventy-ninth round of blind profile probes: fictional business and political news on a state lottery
operator's contract tender and the challenge to it, the first round on that subject (the sixtieth had a casino licence
vote and a sports-betting launch, no lottery tender). Wire business copy with datelines "CITY, Month Day (Agency) -"
and political pieces, reported speech far more than direct quotes: the award of a national lottery licence with the
regulator at the end of the first sentence, "X, who heads the commission's licensing division", "Y's chief executive,
X" and his surname in a direct quote, "X, a spokeswoman for the losing bidder", an analyst at a brokerage who "wrote in
a note to clients", "The operator's chief financial officer, X", "The company said" and "Its chairman, X" after it, and
a problem-gambling charity's director; a parliamentary committee hearing with the losing bidder as itself "told MPs",
its chief executive, "The committee's chair, X", an opposition MP of a named party, a minister "in a written answer"
and "She added", "A Y spokeswoman, X", a retailers' federation as itself and "Its chief executive, X"; a High Court
ruling with "In a 74-page ruling, Justice X said" and "the judge wrote", "X, a lawyer for Y", the bidder "in a
statement" and "Its chairman, X", "Y's spokeswoman, X", "X, a commissioner at Y", "The commission said", "Analysts at Y
said in a note" and the opposition MP again; a rating agency's review "saying", "X, a senior director at Y" and her
surname, the operator's finance chief, "the company said" after the figures, "Chief Executive X" with the company named
before, a fund manager at an asset manager, a second rating agency as itself and "Y analyst X"; and a US state lottery
contract's protest with the losing bidder as itself "in its protest", a governor, "The lottery's executive director,
X" and his surname, a state senator who chairs a committee, "A Y spokeswoman, X", "Y's lawyer, X", a retailers'
association's president, a problem-gambling group's executive director and a state department as itself. For each
quote the speaker, kind and affiliation were written before the stories were run
(test_profiles_blind_probes_seventyninth.py). Blind: 17 wrong of 49. After the mends: 12 (see
test_profiles_blind_probes_seventyninth.py for the misses by pattern, the steps and what is left)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a gambling regulator's division head and commissioner, a minister, MPs and a committee chair,
#: a judge, a governor, a state lottery's executive director and a state senator hold public office: officials; an
#: analyst at a brokerage, a rating agency's senior director and a fund manager commenting on the market are analysts;
#: a lottery operator's and a bidder's executives, chairmen and spokeswomen, a lawyer for a bidder, a charity's
#: director, a retailers' federation's chief executive and a retailers' association's president are `other` (a lawyer
#: "for Y" tied to Y, as the seventieth round has it); "Analysts at Y said in a note" are `unnamed` of Y; a regulator, a
#: company, a retailers' federation, rating agencies and a state department speaking as themselves are an
#: `institution` under the fullest name the story gives them ("The company said", "The commission said" resolved to
#: it). Shares that "rose", a court that "threw out" a challenge and a bidder that "filed a protest" say nothing: no
#: quotes.
STORIES = [
    (
        (
            "LONDON, March 12 (Cablewire) - Larkspire Lotteries will keep running Britain's state lottery for another "
            "ten years after beating a rival bid from Pellridge Gaming, the Gaming and Lotteries Commission said on "
            "Thursday, ending a tender that had lasted almost two years.",
            "Gareth Wyndham-Lowe, who heads the commission's licensing division, said Larkspire had scored higher on "
            "returns to good causes and on the security of its draw systems, while Pellridge had offered a larger "
            "upfront fee.",
            "Larkspire's chief executive, Martin Edgeworth-Fell, said the company would invest 400 million pounds in "
            "new terminals and an app over the first three years of the licence.",
            '"We were asked to prove we could raise more for good causes without pushing people to play more, and we '
            'did," Edgeworth-Fell told reporters.',
            "Maura Delacey-Pike, a spokeswoman for the losing bidder, said Pellridge was disappointed and was studying "
            "the commission's scoring before deciding whether to challenge it.",
            "Owen Pardoe-Lyle, an analyst at Gannerby Securities, wrote in a note to clients that the fee Pellridge "
            "had offered would have been hard to recover and that the commission had chosen the safer operator.",
            "Larkspire shares rose 6.2% to 318 pence by midday in London.",
            "The operator's chief financial officer, Priya Holloway-Dunn, said on a call with analysts that the new "
            "licence would lower Larkspire's margin by about two percentage points in its first year but lift it "
            "after that.",
            "The company said it expected the licence to begin on Feb. 1 next year, once the commission and the "
            "government had signed it.",
            "Its chairman, Geoffrey Lanyon-Marsh, said the board would consider a share buyback once the licence was "
            "signed.",
            "Niamh Carrow-Pennick, director of the charity Safer Stakes Trust, said the commission had done too little "
            "to limit the instant-win games that drew most of the calls to its helpline.",
        ),
        [
            ("keep running", "Gaming and Lotteries Commission", "institution", ""),  # the regulator at the end
            (
                "returns to good causes",
                "Gareth Wyndham-Lowe",
                "official",
                "Gaming and Lotteries Commission",
            ),  # "X, who heads the commission's licensing division"
            (
                "400 million pounds",
                "Martin Edgeworth-Fell",
                "other",
                "Larkspire Lotteries",
            ),  # "Y's chief executive, X"
            ("pushing people to play more", "Martin Edgeworth-Fell", "other", ""),  # his surname, direct
            (
                "studying the commission's scoring",
                "Maura Delacey-Pike",
                "other",
                "Pellridge Gaming",
            ),  # "X, a spokeswoman for the losing bidder"
            (
                "hard to recover",
                "Owen Pardoe-Lyle",
                "analyst",
                "Gannerby Securities",
            ),  # an analyst at a brokerage, "wrote in a note to clients"
            (
                "two percentage points",
                "Priya Holloway-Dunn",
                "other",
                "Larkspire Lotteries",
            ),  # "The operator's chief financial officer, X"
            ("Feb. 1 next year", "Larkspire Lotteries", "institution", ""),  # "The company said"
            (
                "share buyback",
                "Geoffrey Lanyon-Marsh",
                "other",
                "Larkspire Lotteries",
            ),  # "Its chairman, X" after the company spoke
            (
                "instant-win games",
                "Niamh Carrow-Pennick",
                "other",
                "Safer Stakes Trust",
            ),  # a problem-gambling charity's director
        ],
    ),
    (
        (
            "Ministers faced calls on Tuesday to publish the scoring behind the award of the state lottery licence, "
            "after Pellridge Gaming, the losing bidder, told MPs it had been marked down for promises its rival was "
            "not asked to make.",
            "Pellridge's chief executive, Tobias Quennell, told parliament's culture, media and sport committee that "
            "the Gaming and Lotteries Commission had deducted points for its plan to sell tickets in supermarkets "
            "while ignoring a similar plan in Larkspire's bid.",
            '"We are not sore losers. We are asking to see the marks, which is what any bidder for a public contract '
            'should be able to do," Quennell said.',
            "The committee's chair, Fenella Brocklehurst, said she would write to the commission asking for the full "
            "scoring sheets and would call its chairman to give evidence next month.",
            "Desmond Kilbride-Osei, an opposition Civic Alliance MP who sits on the committee, said the tender had "
            "been run by officials who had worked closely with Larkspire for a decade.",
            "Culture Minister Rowena Attwater-Blythe said in a written answer to parliament that the commission was "
            "independent and that ministers had played no part in scoring the bids.",
            "She added that the government would not delay the signing of the licence while the committee's inquiry "
            "went on.",
            "A Larkspire spokeswoman, Lydia Ransome-Achebe, said its bid had been scored by the same rules as every "
            "other and that the supermarket plans in the two bids were not alike.",
            "The Independent Shopkeepers' Federation, which speaks for 21,000 shops that sell lottery tickets, said "
            "its members feared losing sales if tickets moved into supermarkets under either bidder.",
            "Its chief executive, Kamal Dearlove-Singh, said corner shops earned about 5% of the value of every ticket "
            "they sold and could not afford to lose the customers a weekly draw brought in.",
        ),
        [
            ("marked down", "Pellridge Gaming", "institution", ""),  # the company as itself, "told MPs"
            (
                "deducted points",
                "Tobias Quennell",
                "other",
                "Pellridge Gaming",
            ),  # "Y's chief executive, X"
            ("sore losers", "Tobias Quennell", "other", ""),  # his surname, direct
            (
                "full scoring sheets",
                "Fenella Brocklehurst",
                "official",
                "culture, media and sport committee",
            ),  # "The committee's chair, X"
            (
                "worked closely",
                "Desmond Kilbride-Osei",
                "official",
                "Civic Alliance",
            ),  # an opposition MP
            ("played no part", "Rowena Attwater-Blythe", "official", ""),  # a minister, "in a written answer"
            ("not delay the signing", "Rowena Attwater-Blythe", "official", ""),  # "She added"
            (
                "same rules",
                "Lydia Ransome-Achebe",
                "other",
                "Larkspire",
            ),  # "A Y spokeswoman, X"
            ("feared losing sales", "Independent Shopkeepers' Federation", "institution", ""),  # a retailers' body
            (
                "5% of the value",
                "Kamal Dearlove-Singh",
                "other",
                "Independent Shopkeepers' Federation",
            ),  # "Its chief executive, X" after the body spoke
        ],
    ),
    (
        (
            "LONDON, Sept 30 (Cablewire) - Britain's High Court on Tuesday threw out Pellridge Gaming's challenge to "
            "the award of the state lottery licence to Larkspire Lotteries, clearing the way for the incumbent to sign "
            "a new ten-year contract.",
            "In a 74-page ruling, Justice Cordelia Framlingham said the Gaming and Lotteries Commission had made "
            "errors in scoring two parts of the bids but that neither error would have changed the outcome.",
            '"A tender of this size will rarely be free of mistakes. The question for the court is whether the '
            'mistakes decided it, and they did not," the judge wrote.',
            "Helena Strickmore, a lawyer for Pellridge, said her client would ask the Court of Appeal to hear the "
            "case.",
            "Pellridge said in a statement that the ruling had confirmed the commission's errors and that bidders for "
            "public contracts deserved a process without them.",
            "Its chairman, Hugh Barrowcliffe, said the board would decide within a fortnight whether to fund an "
            "appeal that could cost it a further 5 million pounds.",
            "Larkspire's spokeswoman, Lydia Ransome-Achebe, said the company welcomed a ruling that removed the "
            "uncertainty hanging over thousands of retailers and the charities the lottery funds.",
            "Aisling Markey-Thorne, a commissioner at the Gaming and Lotteries Commission, said the body accepted the "
            "judge's findings on the two errors and would change how it scored future tenders.",
            "The commission said it would sign the licence with Larkspire next week unless an appeal court ordered "
            "it to wait.",
            "Analysts at Fennimore Brokers said in a note that the ruling removed the main risk to their forecasts "
            "for Larkspire's earnings.",
            "Larkspire shares closed 4% higher.",
            "Opposition MP Desmond Kilbride-Osei said the judge's finding of errors proved that the scoring should "
            "have been published from the start.",
        ),
        [
            (
                "neither error",
                "Cordelia Framlingham",
                "official",
                "",
            ),  # a judge, "In a ruling, Justice X said"
            ("rarely be free of mistakes", "Cordelia Framlingham", "official", ""),  # "the judge wrote"
            ("Court of Appeal", "Helena Strickmore", "other", "Pellridge"),  # "X, a lawyer for Y"
            ("confirmed the commission's errors", "Pellridge Gaming", "institution", ""),  # in a statement
            (
                "within a fortnight",
                "Hugh Barrowcliffe",
                "other",
                "Pellridge Gaming",
            ),  # "Its chairman, X" after the firm was named
            (
                "removed the uncertainty",
                "Lydia Ransome-Achebe",
                "other",
                "Larkspire Lotteries",
            ),  # "Y's spokeswoman, X"
            (
                "future tenders",
                "Aisling Markey-Thorne",
                "official",
                "Gaming and Lotteries Commission",
            ),  # "X, a commissioner at Y"
            ("next week", "Gaming and Lotteries Commission", "institution", ""),  # "The commission said"
            ("main risk", "", "unnamed", "Fennimore Brokers"),  # analysts at a brokerage
            ("published from the start", "Desmond Kilbride-Osei", "official", ""),  # an opposition MP
        ],
    ),
    (
        (
            "LONDON, Nov 4 (Cablewire) - Merriden Ratings placed Larkspire Lotteries' credit rating on review for an "
            "upgrade on Wednesday, saying the renewal of its licence had removed the biggest risk to the company's "
            "cash flows.",
            "Ines Vaudrey-Hill, a senior director at Merriden, said the agency could raise the rating by one notch "
            "once the licence was signed, provided Larkspire did not pay a special dividend out of the money it had "
            "set aside for the tender.",
            '"The licence was the question mark over this credit. It is now answered," Vaudrey-Hill said.',
            "Larkspire's half-year operating profit fell 3% to 212 million pounds.",
            "The operator's chief financial officer, Priya Holloway-Dunn, said legal costs of 18 million pounds had "
            "been booked in the period and that none were expected in the second half.",
            "Ticket sales rose 5% to 3.4 billion pounds, the company said, led by its online instant-win games.",
            "Chief Executive Martin Edgeworth-Fell said the company would cut the top prize on two of those games "
            "after new rules from the Gaming and Lotteries Commission limited how fast such games could be played.",
            "Sofia Lindqvist-Ure, who manages a UK equity income fund at Tillhurst Asset Management, which holds "
            "Larkspire shares, said investors had been waiting for the court case to end before buying back in.",
            "A second rating agency, Ashby Frane, said it had kept Larkspire's rating unchanged because the company "
            "planned to borrow to pay for the new terminals.",
            "Gannerby Securities analyst Owen Pardoe-Lyle said the results were in line with his forecasts and that "
            "the shares still traded below those of other European lottery operators.",
            "Larkspire shares were up 2.1% at 331 pence in afternoon trading.",
        ),
        [
            ("biggest risk", "Merriden Ratings", "institution", ""),  # a rating agency as itself, "saying"
            (
                "one notch",
                "Ines Vaudrey-Hill",
                "analyst",
                "Merriden Ratings",
            ),  # "X, a senior director at Y" (rating-agency staff)
            ("question mark", "Ines Vaudrey-Hill", "analyst", ""),  # her surname, direct
            (
                "18 million pounds",
                "Priya Holloway-Dunn",
                "other",
                "Larkspire Lotteries",
            ),  # "The operator's chief financial officer, X"
            ("3.4 billion pounds", "Larkspire Lotteries", "institution", ""),  # "the company said"
            (
                "top prize",
                "Martin Edgeworth-Fell",
                "other",
                "Larkspire Lotteries",
            ),  # "Chief Executive X said the company ..." after the company was named
            (
                "buying back in",
                "Sofia Lindqvist-Ure",
                "analyst",
                "Tillhurst Asset Management",
            ),  # a fund manager commenting on the market
            ("borrow to pay", "Ashby Frane", "institution", ""),  # a second rating agency as itself
            (
                "in line with his forecasts",
                "Owen Pardoe-Lyle",
                "analyst",
                "Gannerby Securities",
            ),  # "Y analyst X"
        ],
    ),
    (
        (
            "TOPEKA, Kan. - The company that has run the state lottery's draws and terminals for 14 years won another "
            "eight-year contract on Friday, but a losing bidder filed a protest within hours.",
            "Quarrendon Interactive, a Nevada company that bid against the incumbent, Tristmoor Gaming Systems, said "
            "in its protest that the state's scoring had given extra points for experience running the current "
            "system, which only Tristmoor had.",
            "Gov. Harriet Vandersloot said she had full confidence in the procurement and that the state would answer "
            "the protest within the 30 days the law allows.",
            "The lottery's executive director, Curtis Engebretsen, told a legislative hearing that the scoring rules "
            "had been published in advance and that Quarrendon had not objected to them at the time.",
            '"They read the rules, they signed the forms and they lost. Now they want the rules rewritten," '
            "Engebretsen said.",
            "State Sen. Dale Morrow-Fisk, a Republican who chairs the Senate's federal and state affairs committee, "
            "said he would hold hearings on whether the lottery should split the contract between two vendors in "
            "future.",
            "A Tristmoor spokeswoman, Becca Haldane-Ortiz, said the company had been chosen because it offered the "
            "lowest price, not because of its past work.",
            "Quarrendon's lawyer, Marcus Oyelaran-Beck, said the company would go to court if the protest was "
            "rejected.",
            "Tom Brizendine-Kay, president of the Prairie Retail Merchants Association, whose members sell most of the "
            "state's tickets, said shop owners wanted the new terminals installed before the holiday season whoever "
            "won.",
            "Carla Wendt-Osgood, executive director of the Plains Problem Gambling Alliance, said the state should "
            "have required the winner to fund a help line from its fees.",
            "The Department of Administration, which runs state purchasing, said it had received the protest and would "
            "not sign the contract until it was resolved.",
        ),
        [
            ("extra points", "Quarrendon Interactive", "institution", ""),  # the bidder as itself, "in its protest"
            ("full confidence", "Harriet Vandersloot", "official", ""),  # a governor
            ("published in advance", "Curtis Engebretsen", "official", ""),  # "The lottery's executive director, X"
            ("rules rewritten", "Curtis Engebretsen", "official", ""),  # his surname, direct
            ("split the contract", "Dale Morrow-Fisk", "official", ""),  # a state senator who chairs a committee
            (
                "lowest price",
                "Becca Haldane-Ortiz",
                "other",
                "Tristmoor Gaming Systems",
            ),  # "A Y spokeswoman, X"
            (
                "go to court",
                "Marcus Oyelaran-Beck",
                "other",
                "Quarrendon Interactive",
            ),  # "Y's lawyer, X"
            (
                "holiday season",
                "Tom Brizendine-Kay",
                "other",
                "Prairie Retail Merchants Association",
            ),  # a retailers' association's president
            (
                "help line",
                "Carla Wendt-Osgood",
                "other",
                "Plains Problem Gambling Alliance",
            ),  # a problem-gambling group's executive director
            ("not sign the contract", "Department of Administration", "institution", ""),  # a state department
        ],
    ),
]
