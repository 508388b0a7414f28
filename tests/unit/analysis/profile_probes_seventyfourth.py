"""The seventy-fourth round of blind profile probes: fictional stories of sovereign debt restructuring, IMF programmes
and bondholders as the wires, the financial press and emerging-markets newsletters write them (no earlier round had
this subject as a whole: the twentieth, twenty-first, twenty-third and thirty-first rounds each had one bond
restructuring or IMF story among other news, and the fiftieth a rating cut of a country's debt): a bond deal in Zambia
with "Zambia's finance minister X" without commas, a bondholder committee as itself, "X, who heads the committee of
bondholders", "The Fund's mission chief for Zambia, X, said at the end of a visit", a central bank governor, an
opposition lawmaker, a rating agency as itself and "The agency said" after it, a portfolio manager at an asset manager
and the minister again under his surname; an IMF review in Ecuador with the Fund as itself, "X, who led the IMF
mission", "Ecuador's economy minister, X", "The lender's resident representative in Quito, X", a government
spokeswoman, a union as itself and "Its president, X", an opposition lawmaker who "said X and urged Y", an economist at
a fiscal centre, a strategist by an inverted cue and the mission's leader again; official creditors in Ethiopia with a
creditor state's finance ministry as itself and "The ministry, which co-chairs ..., said", "Ethiopia's finance minister
X", a group of bondholders, a sovereign-debt lawyer at a law firm, a foreign ministry at a briefing, "The National Bank
of Ethiopia's governor, X", a senior fellow at an institute, a government spokesman and the minister again; a strike
against austerity in Ghana with unions as a group, a union's secretary-general, a finance minister, a central bank
governor, a minority spokesman on finance, "X, who manages emerging-market debt at Y", a sovereign analyst at a rating
agency, a senior economist at an institute, "A government spokesman, X, said Y and urged Z" and the union leader again;
and an oil-linked bond offer in Suriname with "Suriname's finance minister, X", the adviser to a bondholder group at an
investment bank and "The group said", a central bank governor, a rating agency and "The agency said", a fund manager
who "wrote ... in a note to clients", an opposition lawmaker, a partner at a law firm and the minister again), and for
each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_seventyfourth.py).
Blind:
4 wrong of 53. By pattern: "The Fund's mission chief for Zambia, X" found as `analyst` (1); "The lender's resident
representative in Quito, X" found as `other` (1); "The National Bank of Ethiopia's governor, X" found as an
`institution` with no affiliation (1); "X, who heads the committee of bondholders" after the committee was named found
with no affiliation (1).
Then 3 once a name set off after a title with an owner's possessive that ends a body's name is the post holder
(set_off_people.person_after_owned_post, owner_split_titles). Then 2 once "resident" before "representative"
describes the post (role_adjectives). Then 1 once "The Fund's" stands for the one body of the article whose name ends
with "Fund" (head_word_names). Then 0 once "who heads the committee of bondholders" means the committee named before,
a body of private creditors (holders_committees, business_lobbies)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: finance and economy ministers, central bank governors, IMF mission chiefs and the Fund's
#: resident representative, government spokesmen and spokeswomen and, as earlier rounds wrote them, opposition
#: lawmakers are `official` (a minister affiliated to the state that the possessive names, staff to their body, the
#: Fund's staff to the fund's full name the story gives); portfolio and fund managers commenting on the market, a
#: strategist, rating-agency analysts and economists and fellows at institutes and centres are `analyst`; the head of a
#: bondholder committee, an investment bank's adviser to bondholders, union leaders and lawyers are `other`; a group of
#: bondholders and unions not named are `unnamed`; the Fund, committees, groups of bondholders that are named, unions,
#: ministries and rating agencies speaking as themselves are an `institution` under the fullest name the article gives
#: them. "The Fund's", "the lender's", "The agency said", "The ministry, which ..., said", "The group said" and "Its
#: president" are the body named before.
STORIES = [
    (
        (
            "LUSAKA, March 12 (Reuters) - Zambia's finance minister Chanda Mwiinga-Hart said on Tuesday the "
            "government had reached a deal in principle with holders of its $3 billion of international bonds, "
            "clearing the way for the next payout under its programme with the International Monetary Fund.",
            "The Zambia External Bondholder Committee, whose members hold more than half of the bonds, said in a "
            "statement that it backed the terms.",
            "Roderick Ashvale-Penn, who heads the committee of bondholders, said the haircut was deep but that the "
            "new notes would pay more if the country's copper exports beat forecasts.",
            "The Fund's mission chief for Zambia, Ilse Brandvold-Numa, said at the end of a two-week visit to Lusaka "
            "that the terms were in line with the programme's debt targets.",
            "Bank of Zambia Governor Mwansa Lungu-Everett said the deal would ease pressure on the kwacha, which has "
            "lost a fifth of its value against the dollar this year.",
            "Opposition lawmaker Mutinta Hamoonga-Reyes said the government had agreed to pay foreign funds almost in "
            "full while cutting spending on clinics and schools.",
            "Ratings agency Corvane Ratings said it would raise Zambia out of default once the new bonds were issued.",
            "The agency said the country's rating would probably stay deep in junk territory because of its heavy "
            "debts to Chinese lenders.",
            "Sipho Delacroix-Ndlovu, a portfolio manager at Marrowgate Asset Management in London, which holds some "
            "of the bonds, said the copper-linked payments made the deal better than it first looked.",
            "Mwiinga-Hart said the government hoped to sign the final documents by June.",
        ),
        [
            ("deal in principle", "Chanda Mwiinga-Hart", "official", "Zambia"),  # "Zambia's finance minister X"
            ("backed the terms", "Zambia External Bondholder Committee", "institution", ""),  # the committee as itself
            (
                "haircut was deep",
                "Roderick Ashvale-Penn",
                "other",
                "Zambia External Bondholder Committee",
            ),  # "who heads the committee of bondholders"
            (
                "debt targets",
                "Ilse Brandvold-Numa",
                "official",
                "International Monetary Fund",
            ),  # "The Fund's mission chief for Zambia"
            ("pressure on the kwacha", "Mwansa Lungu-Everett", "official", "Bank of Zambia"),  # governor
            ("clinics and schools", "Mutinta Hamoonga-Reyes", "official", ""),  # opposition lawmaker
            ("out of default", "Corvane Ratings", "institution", ""),  # the rating agency as itself
            ("junk territory", "Corvane Ratings", "institution", ""),  # "The agency said"
            (
                "better than it first looked",
                "Sipho Delacroix-Ndlovu",
                "analyst",
                "Marrowgate Asset Management",
            ),  # portfolio manager
            ("final documents", "Chanda Mwiinga-Hart", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "QUITO, May 21 (Reuters) - The International Monetary Fund said on Wednesday its staff had reached an "
            "agreement with Ecuador on the third review of a $4 billion loan programme, which would free about $500 "
            "million once the Fund's board signs off.",
            "Lucía Haverkamp-Ortiz, who led the IMF mission, said at the end of a visit to Quito that the government "
            "had met its targets on tax revenue and reserves, but that fuel subsidies were still too costly.",
            "Ecuador's economy minister, Tomás Villacreses-Lund, said the government would phase out the diesel "
            "subsidy over 18 months and protect cash transfers to the poorest families.",
            "The lender's resident representative in Quito, Anders Malmqvist-Reyes, told a radio station that the "
            "board could vote on the payout in late June.",
            "Government spokeswoman Carla Anrango-Beck said the deal showed that investors could trust Ecuador again.",
            "The country's largest union, the Confederation of Highland Workers, said it would march on the capital "
            "next week against the end of the diesel subsidy.",
            "Its president, José Cayambe-Ruhl, said the Fund's recipe had been tried before and had always ended "
            "with the poor paying the bill.",
            "Rosa Pillajo-Wendt, an opposition lawmaker who sits on the National Assembly's economic committee, said "
            "the assembly had not been shown the letter of intent signed with the Fund and urged the minister to "
            "publish it.",
            "Felipe Quishpe-Marlow, an economist at the Centre for Andean Fiscal Studies in Quito, said the subsidy "
            "cut would raise about 1 percent of gross domestic product a year.",
            "Ecuador's dollar bonds due 2035 rose about 2 cents on the dollar after the announcement, said Marta "
            "Eggleston-Ruiz, a strategist at Baywick Securities in New York.",
            "Haverkamp-Ortiz said the Fund would watch the rollout of the new cash transfers closely.",
        ),
        [
            ("third review", "International Monetary Fund", "institution", ""),  # the Fund as itself
            (
                "fuel subsidies",
                "Lucía Haverkamp-Ortiz",
                "official",
                "International Monetary Fund",
            ),  # "who led the IMF mission", the Fund named in full before
            ("diesel subsidy over 18 months", "Tomás Villacreses-Lund", "official", "Ecuador"),  # economy minister
            (
                "late June",
                "Anders Malmqvist-Reyes",
                "official",
                "International Monetary Fund",
            ),  # "The lender's resident representative"
            ("trust Ecuador", "Carla Anrango-Beck", "official", ""),  # government spokeswoman
            ("march on the capital", "Confederation of Highland Workers", "institution", ""),  # the union as itself
            (
                "poor paying the bill",
                "José Cayambe-Ruhl",
                "other",
                "Confederation of Highland Workers",
            ),  # "Its president, X": a union leader
            ("letter of intent", "Rosa Pillajo-Wendt", "official", ""),  # opposition lawmaker
            ("publish it", "Rosa Pillajo-Wendt", "official", ""),  # "and urged": a second cue
            (
                "1 percent of gross domestic product",
                "Felipe Quishpe-Marlow",
                "analyst",
                "Centre for Andean Fiscal Studies",
            ),  # economist
            ("2 cents", "Marta Eggleston-Ruiz", "analyst", "Baywick Securities"),  # strategist, inverted cue
            ("rollout", "Lucía Haverkamp-Ortiz", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "ADDIS ABABA/PARIS, Jan 30 (Reuters) - Ethiopia's official creditors agreed on Thursday to stretch out "
            "payments on about $8 billion of loans, France's finance ministry said in a statement, a step that "
            "brings the country closer to a deal with the holders of its only international bond.",
            "The ministry, which co-chairs the committee of creditor states with China, said the deal would cut "
            "Ethiopia's debt payments by about $2.5 billion over the next three years.",
            "Ethiopia's finance minister Dawit Alemseged-Holm said the agreement would let the government spend more "
            "on roads and on rebuilding the north after the war.",
            "A group of holders of the $1 billion bond said in a statement that Addis Ababa had offered them far "
            "worse terms than the creditor states had accepted.",
            "Helena Stroud-Achebe, a sovereign-debt lawyer at Pellingham & Rook in London, said the bondholders could "
            "sue in New York but that a court fight would take years and cost both sides dearly.",
            "China's foreign ministry said at a regular briefing that Chinese lenders had taken part on the same "
            "terms as other creditors.",
            "The National Bank of Ethiopia's governor, Mekdes Tefera-Vance, said the birr would keep floating and "
            "that the bank would not return to a fixed rate.",
            "Yohannes Berhe-Lacroix, a senior fellow at the Rift Valley Policy Institute, said the creditor states "
            "had moved faster than in Zambia's case, when talks dragged on for almost three years.",
            "Government spokesman Legesse Tolossa-Grant said the bondholders should accept what others had accepted.",
            "Alemseged-Holm said on Friday he would meet the bondholders' advisers in London next month.",
        ),
        [
            ("$8 billion", "France's finance ministry", "institution", ""),  # a creditor state's ministry, inverted
            ("$2.5 billion", "France's finance ministry", "institution", ""),  # "The ministry, which co-chairs"
            ("rebuilding the north", "Dawit Alemseged-Holm", "official", "Ethiopia"),  # "X's finance minister Y"
            ("far worse terms", "", "unnamed", ""),  # a group of bondholders, not named
            ("court fight", "Helena Stroud-Achebe", "other", "Pellingham & Rook"),  # sovereign-debt lawyer
            ("same terms", "China's foreign ministry", "institution", ""),  # a ministry at its briefing
            (
                "keep floating",
                "Mekdes Tefera-Vance",
                "official",
                "National Bank of Ethiopia",
            ),  # "The National Bank of Ethiopia's governor, X"
            (
                "moved faster",
                "Yohannes Berhe-Lacroix",
                "analyst",
                "Rift Valley Policy Institute",
            ),  # senior fellow
            ("accept what others", "Legesse Tolossa-Grant", "official", ""),  # government spokesman
            ("advisers in London", "Dawit Alemseged-Holm", "official", ""),  # his surname alone
        ],
    ),
    (
        (
            "ACCRA, Sept 4 (Reuters) - Ghana's largest public-sector unions said on Monday they would strike from "
            "next week against a freeze on public wages that the government agreed with the International Monetary "
            "Fund as part of a $3 billion rescue.",
            "Ama Boateng-Keller, secretary-general of the Coalition of Public Service Workers, said teachers and "
            "nurses could not live on pay that had lost half its value to inflation.",
            "Finance Minister Kofi Ofori-Brandt told parliament the wage freeze was painful but that Ghana could not "
            "borrow its way out of a debt crisis.",
            "Bank of Ghana Governor Abena Owusu-Tremaine said inflation had slowed for a fifth straight month and "
            "that the bank could begin to cut rates early next year.",
            "Samuel Adjei-Lorimer, the minority spokesman on finance in parliament, said the government had broken "
            "its promise that no worker would pay for the debt crisis.",
            "Priya Raman-Holt, who manages emerging-market debt at Calderbrook Investors in London, said a long "
            "strike could knock the programme off track and hurt the price of Ghana's new bonds.",
            "Tobias Wrenfield-Asare, a sovereign analyst at Harlow Stanton Ratings, said the wage bill was the "
            "biggest risk to the budget this year.",
            "Akosua Darko-Whitfield, a senior economist at the Accra-based Institute for Budget Integrity, said the "
            "freeze would save less than the government claimed because arrears to contractors were growing.",
            "A government spokesman, Eric Quaye-Lindsey, said the door to talks remained open and urged the unions to "
            "call off the strike.",
            "Boateng-Keller said the unions would meet the minister on Thursday but would not back down before then.",
        ),
        [
            ("freeze on public wages", "", "unnamed", ""),  # unions, not named
            (
                "lost half its value",
                "Ama Boateng-Keller",
                "other",
                "Coalition of Public Service Workers",
            ),  # secretary-general of a union
            ("borrow its way out", "Kofi Ofori-Brandt", "official", ""),  # finance minister
            ("fifth straight month", "Abena Owusu-Tremaine", "official", "Bank of Ghana"),  # governor
            ("broken its promise", "Samuel Adjei-Lorimer", "official", ""),  # minority spokesman on finance
            ("off track", "Priya Raman-Holt", "analyst", "Calderbrook Investors"),  # manages emerging-market debt
            ("wage bill", "Tobias Wrenfield-Asare", "analyst", "Harlow Stanton Ratings"),  # sovereign analyst
            (
                "arrears to contractors",
                "Akosua Darko-Whitfield",
                "analyst",
                "Institute for Budget Integrity",
            ),  # senior economist
            ("door to talks", "Eric Quaye-Lindsey", "official", ""),  # government spokesman
            ("call off the strike", "Eric Quaye-Lindsey", "official", ""),  # "and urged": a second cue
            ("meet the minister", "Ama Boateng-Keller", "other", ""),  # her surname alone
        ],
    ),
    (
        (
            "PARAMARIBO, Nov 2 (Reuters) - Suriname's finance minister, Ravindra Soekhlal-Brink, said on Friday that "
            "the government would offer bondholders a share of future oil revenue in exchange for deeper cuts to the "
            "face value of its bonds.",
            "Lucas Verhoeven-Mack, a managing director at Brackwell Partners, which advises the Suriname Bondholder "
            "Group, said the oil-linked notes would only be worth something if offshore fields came on stream on "
            "time.",
            "The group said in a statement that it would study the offer but that its members wanted a bigger cash "
            "payment up front.",
            "Central Bank of Suriname Governor Marita Kromodimedjo-Vos said reserves had risen to their highest in a "
            "decade.",
            "Aldermoor Ratings said in a report on Monday that it could raise Suriname's rating by several notches "
            "once the exchange was done.",
            "The agency said the oil notes added to the country's risks because they tied its debt payments to a "
            "single commodity.",
            "Oil-linked debt is a gamble on the price of crude, wrote Nadia Pemberton-Sahadew, a fund manager at "
            "Fenwold Capital, in a note to clients.",
            "Opposition lawmaker Ricardo Amatdjais-Kool said the government was selling future oil wealth to pay old "
            "debts.",
            "Peter Vanlierde-Oduya, a partner at law firm Calloway Mertens who has advised several governments in "
            "debt talks, said the oil notes were new territory and could invite lawsuits if output figures were "
            "disputed.",
            "Soekhlal-Brink said the talks should be finished before the end of the year.",
        ),
        [
            ("future oil revenue", "Ravindra Soekhlal-Brink", "official", "Suriname"),  # "X's finance minister, Y"
            (
                "came on stream",
                "Lucas Verhoeven-Mack",
                "other",
                "Brackwell Partners",
            ),  # managing director at the bondholders' adviser
            ("bigger cash payment", "Suriname Bondholder Group", "institution", ""),  # "The group said"
            (
                "highest in a decade",
                "Marita Kromodimedjo-Vos",
                "official",
                "Central Bank of Suriname",
            ),  # governor
            ("several notches", "Aldermoor Ratings", "institution", ""),  # the rating agency as itself
            ("single commodity", "Aldermoor Ratings", "institution", ""),  # "The agency said"
            ("gamble on the price", "Nadia Pemberton-Sahadew", "analyst", "Fenwold Capital"),  # fund manager's note
            ("future oil wealth", "Ricardo Amatdjais-Kool", "official", ""),  # opposition lawmaker
            ("invite lawsuits", "Peter Vanlierde-Oduya", "other", "Calloway Mertens"),  # partner at a law firm
            ("end of the year", "Ravindra Soekhlal-Brink", "official", ""),  # his surname alone
        ],
    ),
]
