"""The fifteenth round of blind profile probes: fictional business and politics stories in newswire style (short
paragraphs, reported and direct speech) on subjects earlier rounds used little (a drug maker's takeover bid, a strike
at a car plant, a sell-off in government bonds, a budget vote in parliament, an airline merger, a mining royalty
dispute, a court ruling on an app maker, a sovereign rating cut), written in shapes earlier rounds used little
(affiliations in possessives, "Y's board chair, X,"; a title before the name; "Its chief executive, X," after the
company; a body named in full with its initials and then by them; "a spokesman for the ministry"; "officials said";
a rating agency named and then "the agency"; a judge by title alone; a committee chair, a backbencher and a speaker
of parliament), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_fifteenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. A minister, deputy
#: minister, judge, legislator (opposition leader, committee chair, backbencher), speaker of parliament and the head of
#: a state debt agency are officials (a legislator affiliated to the party or committee the article names, the speaker
#: to the house); a board chair, chief executive, general counsel, company spokeswoman, union leader or spokesman and a
#: mining lobby's president are `other`; an analyst at a brokerage or bank, a strategist, a fund manager, an aviation
#: consultant, a rating agency's sovereign analyst and a law lecturer are analysts; "officials said", "traders said",
#: "analysts at Y said", "lawyers for the plaintiffs", "people familiar with the matter" and an unnamed spokesman are
#: unnamed. A body speaking as itself is keyed by the fullest name the article gives it, also where the sentence uses
#: its initials or "the agency" or "the chamber". Two entries were set right after the first run, where the blind gold
#: had left out a quote the guidelines count: a company that rejects an offer "saying it undervalued" it speaks by the
#: participle, and "Zambia will raise …, the government said" is the government's (the dev gold keys it "government").
STORIES = [
    (
        (
            "ZURICH (Reuters) - Helvara Pharma on Monday rejected a 28 billion Swiss franc takeover offer from U.S. "
            "drugmaker Bradwell Therapeutics, saying it undervalued its pipeline of cancer drugs.",
            "Helvara's board chair, Ursula Brenner, said in a statement that the offer was opportunistic and ignored "
            "the value of three late-stage trials.",
            "Bradwell Chief Executive Mark Tolliver told analysts on a call that the company remained committed to a "
            "deal and would not walk away lightly.",
            '"We think the logic of this combination is compelling," Tolliver said.',
            "The Swiss Competition Commission (COMCO) said it had not yet been notified of the bid.",
            "COMCO added that it would look closely at overlaps in treatments for rare blood disorders.",
            "Priya Raman, a healthcare analyst at brokerage Keller Stoddart, said Bradwell would probably need to "
            "raise its offer by at least 10 percent.",
            "People familiar with the matter said Bradwell had lined up financing from two banks.",
        ),
        [
            ("undervalued its pipeline", "Helvara Pharma", "institution", ""),
            ("late-stage trials", "Ursula Brenner", "other", "Helvara Pharma"),
            ("walk away lightly", "Mark Tolliver", "other", "Bradwell Therapeutics"),
            ("logic of this combination", "Mark Tolliver", "other", "Bradwell Therapeutics"),
            ("not yet been notified", "Swiss Competition Commission", "institution", ""),
            ("rare blood disorders", "Swiss Competition Commission", "institution", ""),
            ("at least 10 percent", "Priya Raman", "analyst", "Keller Stoddart"),
            ("financing from two banks", "", "unnamed", ""),
        ],
    ),
    (
        (
            "TURIN (AP) - Thousands of workers walked out at Vantaro Motors' assembly plant outside Turin on Tuesday "
            "in the first strike at the factory in a decade.",
            "Marco Ferrante, who leads the Federation of Metal Workers at the plant, said the strike would go on "
            "until the company withdrew its plan to cut night shifts.",
            '"Our members have given enough," Ferrante told reporters outside the gates.',
            "Vantaro's spokeswoman, Giulia Conti, said the company had offered a pay rise of 6 percent over three "
            "years.",
            "She said production of the compact Ardea model had stopped.",
            "Labour Minister Paolo Rinaldi urged both sides to return to talks, saying a long stoppage would hurt "
            "suppliers across the north.",
            "A spokesman for the ministry said mediators would meet both sides on Thursday.",
            "Officials said the plant built 1,100 cars a day before the strike.",
        ),
        [
            ("night shifts", "Marco Ferrante", "other", "Federation of Metal Workers"),
            ("given enough", "Marco Ferrante", "other", "Federation of Metal Workers"),
            ("6 percent over three", "Giulia Conti", "other", "Vantaro Motors"),
            ("Ardea model", "Giulia Conti", "other", "Vantaro Motors"),
            ("hurt suppliers", "Paolo Rinaldi", "official", ""),
            ("meet both sides on Thursday", "", "unnamed", ""),
            ("1,100 cars", "", "unnamed", ""),
        ],
    ),
    (
        (
            "LONDON (Reuters) - British government bonds suffered their worst day in 18 months on Wednesday, pushing "
            "the 10-year gilt yield above 5 percent, as investors balked at a surge in planned borrowing.",
            "Kate Whitfield, head of rates strategy at Brennock Bank, said investors wanted a bigger discount to "
            "absorb the extra supply.",
            '"This is a buyers\' strike, plain and simple," Whitfield said.',
            "The UK Debt Management Office (DMO) said its auction of 30-year gilts had drawn the weakest demand since "
            "2019.",
            "The DMO's chief executive, Andrew Pell, told lawmakers that the agency could shift issuance towards "
            "shorter maturities if needed.",
            "The Treasury said in a statement that the fiscal rules remained in place and that borrowing would fall "
            "as a share of output by 2029.",
            "Rachel Ng, a fund manager at Harcourt Asset Management, said she had sold longer-dated gilts in recent "
            "weeks.",
            "Traders said the Bank of England was unlikely to step in.",
        ),
        [
            ("bigger discount", "Kate Whitfield", "analyst", "Brennock Bank"),
            ("buyers' strike", "Kate Whitfield", "analyst", "Brennock Bank"),
            ("weakest demand since", "UK Debt Management Office", "institution", ""),
            ("shorter maturities", "Andrew Pell", "official", "UK Debt Management Office"),
            ("share of output", "Treasury", "institution", ""),
            ("longer-dated gilts", "Rachel Ng", "analyst", "Harcourt Asset Management"),
            ("unlikely to step in", "", "unnamed", ""),
        ],
    ),
    (
        (
            "OTTAWA (Reuters) - Canada's House of Commons passed the minority government's budget by 171 votes to 165 "
            "on Thursday after a night of procedural wrangling.",
            "Diane Lafleur, leader of the opposition Conservative Party, said the budget would push the deficit to "
            "its highest level in a decade.",
            '"Canadians will pay for this for a generation," Lafleur told the chamber.',
            "Raj Sandhu, who chairs the Commons finance committee, said the committee had heard from 140 witnesses "
            "before sending the bill back to the house.",
            "Liberal backbencher Tom Hadley, who voted against his own party, said the carbon measures went too far "
            "for his rural riding.",
            "The Speaker of the House of Commons, Anne Morrow, told members the result would stand despite a "
            "complaint about two late votes.",
            "Finance Minister Claire Dubois said the budget was a responsible plan for hard times.",
            "A spokesman for the finance ministry said the deficit figures had been audited.",
        ),
        [
            ("highest level in a decade", "Diane Lafleur", "official", "Conservative Party"),
            ("for a generation", "Diane Lafleur", "official", "Conservative Party"),
            ("140 witnesses", "Raj Sandhu", "official", "finance committee"),
            ("rural riding", "Tom Hadley", "official", "Liberal"),
            ("result would stand", "Anne Morrow", "official", "House of Commons"),
            ("responsible plan", "Claire Dubois", "official", ""),
            ("had been audited", "", "unnamed", ""),
        ],
    ),
    (
        (
            "MADRID (Reuters) - Spanish carrier Iberavia agreed on Monday to merge with regional airline Costa Air in "
            "a deal worth 1.9 billion euros.",
            "Iberavia said the merger would create Europe's fourth-largest airline group by passengers.",
            "Its chief executive, Javier Molina, said both brands would be kept for at least five years.",
            "Costa Air's chief executive, Elena Soto, said no jobs would be lost at the company's base in Malaga.",
            "Ferran Ruiz, an aviation consultant at Skyline Aero Partners, said the combined airline would control "
            "60 percent of the take-off and landing slots at Madrid.",
            "Spain's transport ministry said it would study the deal's effect on routes to the Balearic and Canary "
            "islands.",
            "The Union of Airline Pilots (UAP) said it would call a strike if pilots' seniority lists were merged "
            "without its consent.",
            "UAP spokesman Diego Marin said pilots had not been consulted.",
        ),
        [
            ("fourth-largest airline group", "Iberavia", "institution", ""),
            ("at least five years", "Javier Molina", "other", "Iberavia"),
            ("base in Malaga", "Elena Soto", "other", "Costa Air"),
            ("60 percent of the take-off", "Ferran Ruiz", "analyst", "Skyline Aero Partners"),
            ("Balearic and Canary", "Spain's transport ministry", "institution", ""),
            ("seniority lists", "Union of Airline Pilots", "institution", ""),
            ("not been consulted", "Diego Marin", "other", "Union of Airline Pilots"),
        ],
    ),
    (
        (
            "LUSAKA (Reuters) - Zambia will raise the royalty on copper to 12 percent from January, the government "
            "said on Monday, drawing protests from miners who had been promised stable tax terms.",
            "Mines Minister Charles Mwanza told parliament the increase would bring in an extra $400 million a year.",
            "Mwanza said the country had been short-changed for too long.",
            "Copperbelt Resources' chief executive, Peter Hollins, said the company would review a planned $1 "
            "billion expansion of its Mufuma mine.",
            "The Zambia Chamber of Mines said in a statement that the change broke stability agreements signed in "
            "2019.",
            "The chamber's president, Grace Tembo, said members had not been consulted.",
            "Analysts at Kestrel Capital said the royalty would make Zambia one of the costliest places to mine "
            "copper.",
        ),
        [
            ("royalty on copper", "government", "institution", ""),
            ("$400 million a year", "Charles Mwanza", "official", ""),
            ("short-changed", "Charles Mwanza", "official", ""),
            ("Mufuma mine", "Peter Hollins", "other", "Copperbelt Resources"),
            ("stability agreements", "Zambia Chamber of Mines", "institution", ""),
            ("members had not been consulted", "Grace Tembo", "other", "Zambia Chamber of Mines"),
            ("costliest places", "", "unnamed", ""),
        ],
    ),
    (
        (
            "SAN FRANCISCO (AP) - A federal judge ruled on Friday that Lumora, the maker of a popular photo-sharing "
            "app, had illegally collected face data from millions of its users.",
            "In a 40-page ruling, U.S. District Judge Harriet Kwan said the company had never obtained meaningful "
            "consent from users.",
            "The judge said damages would be decided at a later trial.",
            "Lumora said in a statement that it disagreed with the decision and would appeal.",
            "Its general counsel, Brian Oyelaran, said the app had always told users how their photos were used.",
            "Nadia Hussain, who teaches privacy law at Westbrook University, said the ruling could open the door to a "
            "wave of similar suits.",
            '"Every company that scans faces should be reading this ruling tonight," Hussain said.',
            "Lawyers for the plaintiffs said they would seek at least $2 billion.",
        ),
        [
            ("meaningful consent", "Harriet Kwan", "official", ""),
            ("later trial", "Harriet Kwan", "official", ""),
            ("would appeal", "Lumora", "institution", ""),
            ("photos were used", "Brian Oyelaran", "other", "Lumora"),
            ("similar suits", "Nadia Hussain", "analyst", "Westbrook University"),
            ("reading this ruling", "Nadia Hussain", "analyst", "Westbrook University"),
            ("at least $2 billion", "", "unnamed", ""),
        ],
    ),
    (
        (
            "NEW YORK (Reuters) - Meridian Ratings cut Colombia's sovereign credit rating by one notch to BB on "
            "Tuesday, citing a widening fiscal deficit and rising debt.",
            "Meridian Ratings said in a statement that the government's revenue plans were unlikely to close the gap.",
            "The agency said the outlook on the rating was stable.",
            "Laura Benitez, Meridian's lead sovereign analyst for Colombia, told Reuters that the downgrade reflected "
            "three years of missed targets.",
            "Colombia's finance ministry said the decision did not reflect the strength of the economy.",
            "Deputy Finance Minister Andres Pardo told a news conference in Bogota that the government would present "
            "new tax measures in March.",
            "Carlos Mejia, chief Latin America economist at Norte Bank in New York, said the cut had been largely "
            "priced in.",
        ),
        [
            ("close the gap", "Meridian Ratings", "institution", ""),
            ("outlook on the rating", "Meridian Ratings", "institution", ""),
            ("missed targets", "Laura Benitez", "analyst", "Meridian Ratings"),
            ("strength of the economy", "Colombia's finance ministry", "institution", ""),
            ("new tax measures", "Andres Pardo", "official", ""),
            ("largely priced in", "Carlos Mejia", "analyst", "Norte Bank"),
        ],
    ),
]
