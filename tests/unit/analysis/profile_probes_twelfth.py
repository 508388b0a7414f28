"""The twelfth round of blind profile probes: fictional business and politics stories in Reuters, Bloomberg and AP
style (a merger told by two chief executives, a union leader and a competition regulator; a chemicals maker's results
call and a ratings agency; a central bank's cut; a gas tax through a senate; a court ruling on an app maker; a strike
at a carmaker; a listing; a budget; a pork duty in a trade row; a bank chief's exit), written in name shapes earlier
rounds used little ("Y's chief executive, X,"; "X, who heads Y's European operations"; "said X, 54, a partner at law
firm Y"; a role given only a paragraph later; two people of one company; a company named in full and then by a short
form; a body given in full and then by its initials; "a person familiar with the matter"; "people close to the
talks"), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_twelfth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. A central banker,
#: regulator, judge, minister, legislator (an opposition critic included) or trade commissioner is an official; an
#: executive, a company's lawyer, a plaintiffs' lawyer, a banker running a listing, a union or farm-group leader and a
#: citizen are `other`; an economist, analyst, fund manager, rating-agency director, think-tank director or law
#: professor is an analyst; an unnamed spokesman or "people familiar with the matter" are unnamed. An institution is
#: keyed by the fullest name the article gives. Two entries were set right after the first run, as the dev gold reads
#: them: a body the article names in full and then by its initials at the cue ("The RBNZ said", "The EFC's secretary
#: general") is keyed by the full name there too (the dev gold so keys "GM said", "LSE", "the WEF's", "the IMF's").
STORIES = [
    (
        (
            "LONDON (Reuters) - Northwind Holdings agreed on Monday to buy rival parcel carrier Carrow Logistics for "
            "3.1 billion pounds, creating Britain's largest delivery group.",
            "Northwind's chief executive, Helen Marsh, said the deal would save 150 million pounds a year by 2028.",
            '"Our networks fit together like a glove," said Owen Pryce, Carrow\'s chief executive, who will join the '
            "combined board.",
            "Dave Turnbull, general secretary of the Union of Freight Workers, said the union would fight any job "
            "cuts at the depots.",
            '"We have heard promises about synergies before," Turnbull said.',
            "The Competition and Markets Authority said it would decide by March whether to open an in-depth "
            "inquiry into the deal.",
            "A person familiar with the matter said Northwind had approached Carrow twice last year.",
            "Northwind said it expected the deal to close in the second half of next year.",
            "Mark Ellis, an analyst at Pemberton Securities, said the price valued Carrow at 11 times earnings, a "
            "fair multiple for a business of its size.",
        ),
        [
            ("150 million pounds", "Helen Marsh", "other", "Northwind"),
            ("like a glove", "Owen Pryce", "other", "Carrow"),
            ("fight any job cuts", "Dave Turnbull", "other", "Union of Freight Workers"),
            ("promises about synergies", "Dave Turnbull", "other", "Union of Freight Workers"),
            ("in-depth inquiry", "Competition and Markets Authority", "institution", ""),
            ("approached Carrow twice", "", "unnamed", ""),
            ("second half of next year", "Northwind Holdings", "institution", ""),
            ("11 times earnings", "Mark Ellis", "analyst", "Pemberton Securities"),
        ],
    ),
    (
        (
            "FRANKFURT (Bloomberg) - Rheinwerk Chemie reported a 22 per cent drop in third-quarter operating profit "
            "on Thursday, hurt by weak demand from carmakers and builders.",
            "Chief Financial Officer Klaus Berger told analysts on a conference call that the company would cut "
            "1,200 jobs in Germany by the end of next year.",
            '"We believe we have reached the bottom of the cycle," Chief Executive Anja Vogt said in a statement.',
            "Vogt, who has run the company since 2021, said prices for basic chemicals were still falling.",
            "Berger said the company still expected to meet its full-year target for free cash flow.",
            "Thomas Weil, an analyst at brokerage Hauck Lindner, said the job cuts were overdue.",
            "Crestline Ratings said it had changed the outlook on Rheinwerk's credit rating to negative.",
            "Sabine Roth, a senior director at Crestline, said the company's debt would stay high until 2026.",
            "A Rheinwerk spokeswoman said the cuts would be agreed with the works councils.",
        ),
        [
            ("1,200 jobs", "Klaus Berger", "other", "Rheinwerk Chemie"),
            ("bottom of the cycle", "Anja Vogt", "other", "Rheinwerk Chemie"),
            ("still falling", "Anja Vogt", "other", "Rheinwerk Chemie"),
            ("free cash flow", "Klaus Berger", "other", "Rheinwerk Chemie"),
            ("overdue", "Thomas Weil", "analyst", "Hauck Lindner"),
            ("to negative", "Crestline Ratings", "institution", ""),
            ("until 2026", "Sabine Roth", "analyst", "Crestline"),
            ("works councils", "", "unnamed", ""),
        ],
    ),
    (
        (
            "WELLINGTON (Reuters) - The Reserve Bank of New Zealand cut its official cash rate by 50 basis points to "
            "4.75 per cent on Wednesday, its largest cut since 2020.",
            "Governor Alan Whitcombe said the bank had room to cut further if inflation kept easing.",
            "Deputy Governor Christine Haldane, who oversees financial stability, told a parliamentary committee "
            "later in the day that house prices were no longer a worry.",
            "The RBNZ said in its monetary policy statement that growth would stay weak until the middle of next year.",
            "Sharon Tui said the size of the cut had caught the market off guard.",
            "Tui, the chief economist at Kauri Bank, had forecast a cut of a quarter point.",
            '"The bank is now openly worried about jobs," said Mike Rangi, who manages a bond fund at Tasman Capital '
            "in Auckland.",
            "Finance Minister Ruth Penney said the cut would help families with mortgages.",
        ),
        [
            ("room to cut further", "Alan Whitcombe", "official", "Reserve Bank of New Zealand"),
            ("no longer a worry", "Christine Haldane", "official", "Reserve Bank of New Zealand"),
            ("stay weak", "Reserve Bank of New Zealand", "institution", ""),
            ("off guard", "Sharon Tui", "analyst", "Kauri Bank"),
            ("worried about jobs", "Mike Rangi", "analyst", "Tasman Capital"),
            ("families with mortgages", "Ruth Penney", "official", ""),
        ],
    ),
    (
        (
            "CANBERRA (AP) - Australia's Senate passed a bill on Thursday to tax the profits of gas exporters, after "
            "the government struck a late deal with independent senators.",
            "Resources Minister Claire Hollis told parliament the tax would raise A$2 billion a year.",
            "Opposition resources spokesman Dan Mercer, a member of parliament from Queensland, said the tax would "
            "drive investment to Qatar.",
            "Senator Jacqui Lambert, whose vote secured the bill's passage, said she had won a promise of more gas "
            "for local manufacturers.",
            "Rowan Field, chair of the Senate economics committee, said the committee would review the tax after a "
            "year.",
            "People close to the talks said the government had agreed to drop a clause on existing contracts.",
            "The Australian Energy Producers Association said the tax would cost jobs in Western Australia.",
            "Its chief executive, Samantha Reid, said the industry would consider its options.",
        ),
        [
            ("A$2 billion", "Claire Hollis", "official", ""),
            ("investment to Qatar", "Dan Mercer", "official", ""),
            ("local manufacturers", "Jacqui Lambert", "official", ""),
            ("after a year", "Rowan Field", "official", "Senate"),
            ("existing contracts", "", "unnamed", ""),
            ("cost jobs", "Australian Energy Producers Association", "institution", ""),
            ("consider its options", "Samantha Reid", "other", "Australian Energy Producers Association"),
        ],
    ),
    (
        (
            "SAN FRANCISCO (Reuters) - A federal judge ruled on Tuesday that Lumio Networks must face a class action "
            "accusing the app maker of selling users' location data to advertisers.",
            "U.S. District Judge Margaret Kline wrote that the plaintiffs had plausibly alleged the company hid the "
            "sales from users.",
            "Lumio's general counsel, Peter Ashby, said the company would ask an appeals court to review the decision.",
            '"Our users agreed to every use of their data," Ashby said.',
            '"This is a big day for anyone with a phone," said Laura Chen, 54, a partner at law firm Hollis Grant, '
            "which represents the plaintiffs.",
            "Daniel Ortiz, a professor at Hudson University School of Law who studies class actions, said the ruling "
            "made a settlement more likely.",
            "Karen Mills, a lawyer for Lumio, told the court at an earlier hearing that the claims had been filed "
            "too late.",
        ),
        [
            ("hid the sales", "Margaret Kline", "official", ""),
            ("appeals court", "Peter Ashby", "other", "Lumio Networks"),
            ("every use of their data", "Peter Ashby", "other", "Lumio Networks"),
            ("anyone with a phone", "Laura Chen", "other", "Hollis Grant"),
            ("settlement more likely", "Daniel Ortiz", "analyst", "Hudson University School of Law"),
            ("filed too late", "Karen Mills", "other", "Lumio"),
        ],
    ),
    (
        (
            "TURIN (Reuters) - Workers at Valtero Motori's two Italian car plants walked out on Friday in a strike "
            "over pay, halting production of its best-selling city car.",
            "Franco Bellini, who leads the metalworkers' union FLM in Turin, said nine in ten workers had joined the "
            "strike.",
            "Valtero said in a statement that its offer of a 6 per cent rise over two years was fair.",
            "Marco Conti, who heads Valtero's European operations, told Reuters the company could not pay more while "
            "sales were falling.",
            '"We cannot give away money we are not making," Conti said.',
            "Industry Minister Paola Rinaldi said both sides should return to talks because the dispute threatened "
            "suppliers across Piedmont.",
            "Luca Moretti, 47, who has worked on the assembly line for 20 years, said he could no longer pay his "
            "rent on his wage.",
        ),
        [
            ("nine in ten", "Franco Bellini", "other", "FLM"),
            ("6 per cent rise", "Valtero Motori", "institution", ""),
            ("sales were falling", "Marco Conti", "other", "Valtero"),
            ("not making", "Marco Conti", "other", "Valtero"),
            ("return to talks", "Paola Rinaldi", "official", ""),
            ("pay his rent", "Luca Moretti", "other", ""),
        ],
    ),
    (
        (
            "MUMBAI (Bloomberg) - Shares of food delivery start-up Tiffinly jumped 38 per cent on their first day of "
            "trading on Wednesday, after India's biggest technology listing of the year.",
            "Founder and chief executive Arjun Mehta said the company would use the money to expand into 40 more "
            "cities.",
            '"Today belongs to our delivery riders," Mehta said.',
            "Priya Nair, head of equity capital markets at Kotwal Investment Bank, which ran the offer, said demand "
            "from foreign funds had been strong.",
            "Rakesh Gupta, a retired teacher in Pune who bought 200 shares, said he would hold them for his "
            "grandchildren.",
            "The Securities and Exchange Board of India said last month that it would review how start-ups value "
            "themselves before listing.",
            "A SEBI official, who asked not to be named, said the review would not delay listings already approved.",
            "Tiffinly's chief financial officer, Neha Rao, said the company expected to break even within two years.",
        ),
        [
            ("40 more cities", "Arjun Mehta", "other", "Tiffinly"),
            ("delivery riders", "Arjun Mehta", "other", "Tiffinly"),
            ("foreign funds", "Priya Nair", "other", "Kotwal Investment Bank"),
            ("grandchildren", "Rakesh Gupta", "other", ""),
            ("value themselves", "Securities and Exchange Board of India", "institution", ""),
            ("already approved", "", "unnamed", ""),
            ("break even", "Neha Rao", "other", "Tiffinly"),
        ],
    ),
    (
        (
            "OTTAWA (Reuters) - Canada's finance minister, Sarah Whitman, unveiled a budget on Tuesday that raises "
            "taxes on capital gains and adds C$40 billion in new spending over five years.",
            "Whitman told the House of Commons that the tax rise would touch only the wealthiest 0.1 per cent of "
            "Canadians.",
            "Opposition finance critic Greg Lowell said the budget would drive doctors and entrepreneurs out of the "
            "country.",
            "Elena Petrov, director of the Maple Fiscal Institute, a think tank in Toronto, said the deficit figures "
            "rested on optimistic growth forecasts.",
            "Robert Fane, president and chief executive of the Canadian Business Council, said the change to capital "
            "gains would hurt investment.",
            '"This is the wrong tax at the wrong time," Fane said.',
            "The Federation of Small Employers said in a statement that small firms would pay more.",
            "The federation's chief economist, Daniel Roy, said the budget did nothing for productivity.",
        ),
        [
            ("wealthiest 0.1 per cent", "Sarah Whitman", "official", "Canada"),
            ("doctors and entrepreneurs", "Greg Lowell", "official", ""),
            ("optimistic growth", "Elena Petrov", "analyst", "Maple Fiscal Institute"),
            ("hurt investment", "Robert Fane", "other", "Canadian Business Council"),
            ("wrong time", "Robert Fane", "other", "Canadian Business Council"),
            ("pay more", "Federation of Small Employers", "institution", ""),
            ("productivity", "Daniel Roy", "analyst", "Federation of Small Employers"),
        ],
    ),
    (
        (
            "BRUSSELS (Reuters) - China's Ministry of Commerce said on Friday it would impose anti-dumping duties of "
            "up to 40 per cent on European pork from next month, in a widening row over EU tariffs on Chinese "
            "electric cars.",
            "EU Trade Commissioner Lukas Brandt said the bloc would defend its farmers with every tool it had.",
            "Brandt, a former Dutch agriculture minister, said the European Commission would take the case to the "
            "World Trade Organization.",
            "The European Farmers' Confederation (EFC), which speaks for 22 million farmers, said pig farmers in Spain "
            "and Denmark would be hit hardest.",
            "The EFC's secretary general, Hanne Olsen, said the Commission had sacrificed farmers to protect "
            "carmakers.",
            "Javier Ruiz, export director at Spanish pork processor Carnicas del Ebro, said the company sold a "
            "quarter of its output to China.",
            "A Chinese embassy spokesman in Brussels said the duties followed a fair investigation.",
            "Ines Serra, a trade economist at the Lisbon Centre for European Policy, said both sides would lose from "
            "a long fight.",
        ),
        [
            ("40 per cent", "China's Ministry of Commerce", "institution", ""),
            ("every tool", "Lukas Brandt", "official", "EU"),
            ("World Trade Organization", "Lukas Brandt", "official", "European Commission"),
            ("hit hardest", "European Farmers' Confederation", "institution", ""),
            ("protect carmakers", "Hanne Olsen", "other", "European Farmers' Confederation"),
            ("quarter of its output", "Javier Ruiz", "other", "Carnicas del Ebro"),
            ("fair investigation", "", "unnamed", ""),
            ("long fight", "Ines Serra", "analyst", "Lisbon Centre for European Policy"),
        ],
    ),
    (
        (
            "ZURICH (Reuters) - Alpenbank chief executive Martin Graf will step down after a trading loss of 900 "
            "million francs, the Swiss lender said on Sunday.",
            "Chairman Urs Keller said the board had accepted Graf's resignation with regret.",
            "Two people familiar with the matter said the board had pushed Graf to go after the bank's largest "
            "shareholder lost patience.",
            "The Swiss financial regulator, FINMA, said it had opened proceedings against the bank.",
            "Andreas Huber, a banking analyst at Vontal Research in Zurich, said the loss would wipe out a year of "
            "profit.",
        ),
        [
            ("step down", "Alpenbank", "institution", ""),
            ("with regret", "Urs Keller", "other", "Alpenbank"),
            ("lost patience", "", "unnamed", ""),
            ("opened proceedings", "FINMA", "institution", ""),
            ("year of profit", "Andreas Huber", "analyst", "Vontal Research"),
        ],
    ),
]
