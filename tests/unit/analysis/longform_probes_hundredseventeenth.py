"""A hundred-and-seventeenth batch of fictional stories for probing the quotes, in the manner of CANADIAN BUSINESS WEB
NEWS AND A WIRE STORY from a business desk: reported speech heavy with figures, an analyst's note to clients, a
conference call with reporters, a press release, and two pages of a results story delivered as one long block as a
web scraper leaves them. The sixty-eighth batch already has a dairy co-op's merger vote in the farm press, so this
one takes a different kind of co-operative and desk: a regional credit union's merger with a larger one in
Saskatchewan and its members' vote. The speakers: the two chief executives ("said on a conference call with
reporters", "Asked whether …, the CEO said …", "the CEO said" with both about), the board chair ("said in an
interview", "the chair said"), a retired schoolteacher who organised a campaign against the deal (described in the
lede and named in the next paragraph), a small-business owner who banks there, an employees' union rep, a provincial
regulator that speaks ("the regulator said") and its spokesperson ("said in an email"), a bank analyst ("wrote in a
note to clients", "noted that", "called the vote “…”"), a second analyst, a professor of finance, unnamed analysts,
and the credit union itself ("said in a release", "according to the release", "the credit union said"). Pronoun
chains run with a man and a woman in turn in the long block. Written for these tests; none is taken from any corpus,
and every person, credit union, securities firm, union, regulator office, university and wire in them is made up (the
province, its towns and kinds of bodies are real). The gold is in test_longform_probes_hundredseventeenth.py."""

from __future__ import annotations

DEAL: tuple[str, ...] = (
    "Tamberlake and Cedarvale credit unions plan merger, putting $3.1B lender to a member vote",
    "REGINA — Two Saskatchewan credit unions plan to merge into a lender with about $3.1 billion in assets and 61,000 "
    "members, a deal that still needs the approval of the members of both institutions in votes set for March.",
    "Tamberlake Credit Union, based in Regina, and Cedarvale Credit Union of Swift Current announced the deal on "
    "Tuesday. The combined credit union would keep the Tamberlake name and have its head office in Regina, Tamberlake "
    "Credit Union said in a release. No branches would close for at least three years, according to the release, and "
    "all 412 employees of the two institutions would be offered jobs.",
    "“Members have told us for years that they want a credit union big enough to lend to the farms and the businesses "
    "that have outgrown us, and small enough to know their names,” Tamberlake chief executive Harlan Quistberg said on "
    "a conference call with reporters. “This is how we get there.” Quistberg, who would lead the merged credit union, "
    "said the deal would save about $9 million a year by 2029, most of it from shared technology and a single banking "
    "system. He said none of the savings would come from layoffs of front-line staff.",
    "Noreen Falkenrath, Cedarvale’s chief executive, said on the same call that her board had looked at staying "
    "independent and decided against it. “We could have kept going on our own for a while. What we couldn’t do was "
    "spend $14 million on a new banking system by ourselves,” she said. Falkenrath, who would become the merged credit "
    "union’s chief operating officer, said Swift Current would keep a regional office with about 60 jobs. Asked "
    "whether the deal was a takeover, the CEO said it was not. “It’s a merger of two co-operatives. Every member gets "
    "one vote, the same as they do today.”",
    "Gideon Ashworthy, who chairs Cedarvale’s board, said the board had voted unanimously to recommend the deal. “We "
    "didn’t come to this lightly. We spent 18 months on it,” Ashworthy said in an interview. “I’d ask members to read "
    "the documents before they make up their minds.”",
    "Priyanka Ostrowe, an analyst at Harbourline Securities who covers Canadian lenders, wrote in a note to clients "
    "that the deal made sense on paper but that credit union mergers often take longer to pay off than promised. “The "
    "savings are real, but they tend to arrive a year or two late,” she wrote. Ostrowe said Cedarvale’s loan book, "
    "heavy with farm and small-business lending, would give the merged lender a higher yield but more risk when crop "
    "prices fall.",
    "Members of both credit unions will vote by mail and at meetings between March 3 and March 17. The merger needs "
    "the support of two-thirds of the votes cast at each credit union, and the approval of the provincial regulator, "
    "the credit unions said.",
)

CAMPAIGN: tuple[str, ...] = (
    "Members organise to fight Saskatchewan credit union merger",
    "SWIFT CURRENT, Sask. (Northlake Press) — A retired schoolteacher who has banked at Cedarvale Credit Union for 41 "
    "years has organised a campaign to stop its merger with a larger Regina credit union, saying the deal would leave "
    "rural members with less say over a lender they built.",
    "Rosalind Pettifer, 68, said more than 900 members had signed up for the campaign, which she calls Keep Cedarvale "
    "Local, since the deal was announced three weeks ago. “Nobody asked us whether we wanted to be bigger,” Pettifer "
    "said in an interview at her kitchen table, where stacks of pamphlets waited to be folded. “They asked us to vote "
    "on something that was already decided.” She said the campaign would hold its own meetings in the same towns as "
    "the credit union’s information sessions.",
    "Tomas Rykiel, who runs a farm-equipment repair shop on the town’s main street and has borrowed from Cedarvale "
    "since 2011, is torn. He said the credit union’s loans officer drove out to see his shop before approving his "
    "first line of credit. “A bank in Regina would have looked at my numbers and said no,” Rykiel said. “I don’t know "
    "if the new outfit will still drive out.” But he said he also understood why a small lender had to spend on "
    "technology. “My kids want to bank on their phones. I get it,” he said.",
    "Delphine Borowiak, president of the local of the Prairie Financial Workers Union that represents about 180 "
    "Cedarvale employees, said the promise of a job offer for every employee was “a good start, not a guarantee.” She "
    "said the union had asked both credit unions to put the promise in writing. “A job offer in Regina isn’t much use "
    "to a teller with kids in school in Swift Current,” Borowiak said.",
    "The Financial Institutions Oversight Office, the provincial regulator, said it would review the merger once "
    "members had voted. “The office looks at whether the merged credit union would be soundly capitalized and well "
    "run. It does not take a position on whether members should vote for it,” spokesperson Kieran Maccaskell said in "
    "an email. The regulator said it had approved four credit union mergers since 2022 and refused none.",
)

SQUEEZE: tuple[str, ...] = (
    "What the Tamberlake-Cedarvale deal says about the squeeze on small credit unions",
    "Credit union mergers have become a fixture of banking on the Prairies, and the proposed deal between Tamberlake "
    "Credit Union and Cedarvale Credit Union shows why, analysts say.",
    "Everett Lindqvist, a professor of finance at Brantwell University who studies co-operative lenders, said the cost "
    "of running a modern banking system has outgrown most credit unions with fewer than 30,000 members. “A credit "
    "union with 20,000 members pays nearly what a bank pays for the same software, and it spreads that over a fraction "
    "of the accounts,” he said. “The math pushes them together.” Lindqvist said the number of credit unions in the "
    "province had fallen by about half in 15 years.",
    "In her note to clients, Priyanka Ostrowe of Harbourline Securities put the merged credit union’s capital ratio at "
    "about 13.5 per cent, comfortably above the provincial minimum. She wrote that she expected the vote to pass at "
    "Tamberlake easily but called the Cedarvale vote “a closer call than management is letting on.” Ostrowe noted that "
    "a merger vote at another Saskatchewan credit union failed in 2023 when it fell short of two-thirds by fewer than "
    "200 votes.",
    "On the conference call Tuesday, an analyst asked Noreen Falkenrath, Cedarvale’s chief executive, why its members "
    "should give up their name. The CEO said the name was “the least important thing we own.” “What members care about "
    "is whether the person who knew their father still answers the phone,” she said. Harlan Quistberg, Tamberlake’s "
    "chief executive, asked about fees, said they would not rise in the first year. He said the merged credit union "
    "would pay members a dividend of about $4 million a year, roughly what the two pay today combined.",
    "Marcus Veldhuis, who follows lenders for Greyfield Capital, was less sure of the pitch. He said the Tamberlake "
    "name means little in the southwest of the province, and members there would notice. “Rural members don’t hate "
    "mergers. They hate finding out the manager they trusted now answers to someone three hours away,” Veldhuis said "
    "in an interview.",
)

VOTE: tuple[str, ...] = (
    "Cedarvale members approve merger by narrow margin",
    "SWIFT CURRENT, Sask. — Members of Cedarvale Credit Union voted to merge with Tamberlake Credit Union by a margin "
    "of 68.4 per cent, just above the two-thirds the deal needed, the credit union said Monday. Tamberlake members "
    "approved the deal with 91 per cent of the vote.",
    "“It was closer than any of us wanted, and I don’t think we should pretend otherwise,” said Noreen Falkenrath, "
    "Cedarvale’s chief executive, at the meeting in the curling rink where the results were read. She said the board "
    "would meet members who voted no in each branch town before the merger takes effect in July. Gideon Ashworthy, the "
    "board chair, stood beside her. He said the vote showed members had read the documents. “People came with "
    "questions, and a lot of them came with the answers already written in the margins,” he said. Rosalind Pettifer, "
    "who led the campaign against the merger, sat in the third row. She said she was disappointed but not surprised. "
    "“We got a third of the vote with pamphlets and a kitchen table. They had a marketing budget,” Pettifer said. She "
    "said the campaign would now press the merged credit union to keep a member-elected seat on its board for the "
    "southwest. Asked whether she would run for it, she laughed. “Ask me in April.” Harlan Quistberg, who will lead "
    "the merged credit union, said in a release that he would meet the campaign’s organisers. “They made us better at "
    "explaining this deal, and I want to hear what they think we still got wrong,” the CEO said. Delphine Borowiak, "
    "who heads the union local for Cedarvale staff, said the union would now negotiate a single contract for the "
    "merged credit union’s employees. She said talks would begin in May. Tomas Rykiel, the repair-shop owner, voted "
    "yes in the end. He said the loans officer who drove out to his shop in 2011 had called him the week before the "
    "vote. “She told me she’s staying. That settled it for me,” Rykiel said. The Financial Institutions Oversight "
    "Office, the provincial regulator, said in a statement that it would now review the application, a process it said "
    "usually takes about 60 days.",
)
