"""Quotes of a hundred-and-seventeenth batch of blind probes (longform_probes_hundredseventeenth.py, Canadian business
web news and a wire story on a regional credit union's merger and its members' vote: the deal and its conference
call, a members' campaign against it, the squeeze on small credit unions, and the vote): the whole batch against its
gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredseventeenth import CAMPAIGN, DEAL, SQUEEZE, VOTE

QUISTBERG = "Harlan Quistberg|Quistberg"
FALKENRATH = "Noreen Falkenrath|Falkenrath"
ASHWORTHY = "Gideon Ashworthy|Ashworthy"
OSTROWE = "Priyanka Ostrowe|Ostrowe"
PETTIFER = "Rosalind Pettifer|Pettifer"
RYKIEL = "Tomas Rykiel|Rykiel"
BOROWIAK = "Delphine Borowiak|Borowiak"
MACCASKELL = "Kieran Maccaskell|Maccaskell"
LINDQVIST = "Everett Lindqvist|Lindqvist"
VELDHUIS = "Marcus Veldhuis|Veldhuis"
TAMBERLAKE = "Tamberlake Credit Union|Tamberlake|credit union"
CEDARVALE = "Cedarvale Credit Union|Cedarvale|credit union"
REGULATOR = "Financial Institutions Oversight Office|Oversight Office|office|regulator"
BOTH = "credit unions|Tamberlake Credit Union|Cedarvale Credit Union|Tamberlake|Cedarvale|"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Every person is
#: named in full at their first quote in each story and by surname after. Descriptions that refer back ("the CEO
#: said", "the chair said") and pronouns that carry on ("she said", "he said", "she wrote") are the person named or
#: described before, "she" the woman and "he" the man where both are about: in the long block of the vote story
#: "Gideon Ashworthy … stood beside her. He said …" is the chair, and "the CEO said" after "Harlan Quistberg, who will
#: lead the merged credit union, said in a release …" is he, not the other chief executive named before; "Asked
#: whether the deal was a takeover, the CEO said it was not" in a paragraph about Falkenrath is she. A retired
#: schoolteacher described in a wire lede ("…, saying the deal would …") and named in the next paragraph is the
#: speaker of the lede. "X Credit Union said in a release" and "according to the release" are the credit union; "the
#: credit union said Monday" after "Members of Cedarvale Credit Union voted …" is Cedarvale; "the regulator said" and
#: "said it would review" are the regulator's office, and its spokesperson "said in an email" speaks for himself. "the
#: credit unions said" (both) and "analysts say" are groups, optional. A quotation that follows "“…,” X said." with no
#: new cue belongs to the quote before and is optional as a quote of its own, as are "Asked whether …, she laughed.
#: “Ask me in April.”", a second clause of one speaker in one sentence ("but called the Cedarvale vote “…”", "a
#: process it said usually takes"), and an estimate ("put the … capital ratio at about 13.5 per cent"). An analyst's
#: question on the call ("an analyst asked X why …") is no one's quote, optional. Cues: "said on a conference call
#: with reporters", "said on the same call that", "said in an interview", "wrote in a note to clients that", "she
#: wrote", "noted that", "called the Cedarvale vote “…”", "said in an email", "said in a statement that", "said in a
#: release", "according to the release", a lede's "saying". No quote: a headline, "announced the deal", "which she
#: calls Keep Cedarvale Local" (a name), "is torn", "was less sure of the pitch", "voted yes", "stood beside her".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "deal": [
        (TAMBERLAKE, "keep the Tamberlake name", False),
        (TAMBERLAKE, "No branches would close", False),
        (QUISTBERG, "big enough to lend", False),
        (QUISTBERG, "how we get there", True),
        (QUISTBERG, "save about $9 million", False),
        (QUISTBERG, "none of the savings", False),
        (FALKENRATH, "staying independent", False),
        (FALKENRATH, "spend $14 million", False),
        (FALKENRATH, "regional office", False),
        (FALKENRATH, "it was not", False),
        (FALKENRATH, "merger of two co-operatives", True),
        (ASHWORTHY, "voted unanimously", False),
        (ASHWORTHY, "come to this lightly", False),
        (ASHWORTHY, "read the documents", True),
        (OSTROWE, "made sense on paper", False),
        (OSTROWE, "a year or two late", False),
        (OSTROWE, "higher yield", False),
        (BOTH, "two-thirds of the votes cast", True),
    ],
    "campaign": [
        (PETTIFER, "less say over a lender", False),
        (PETTIFER, "more than 900 members", False),
        (PETTIFER, "Nobody asked us", False),
        (PETTIFER, "already decided", True),
        (PETTIFER, "hold its own meetings", False),
        (RYKIEL, "drove out to see his shop", False),
        (RYKIEL, "looked at my numbers", False),
        (RYKIEL, "still drive out", True),
        (RYKIEL, "understood why a small lender", False),
        (RYKIEL, "bank on their phones", False),
        (BOROWIAK, "good start, not a guarantee", False),
        (BOROWIAK, "promise in writing", False),
        (BOROWIAK, "teller with kids", False),
        (REGULATOR, "review the merger once", False),
        (MACCASKELL, "soundly capitalized", False),
        (REGULATOR, "approved four credit union mergers", False),
    ],
    "squeeze": [
        ("", "shows why", True),
        (LINDQVIST, "outgrown most credit unions", False),
        (LINDQVIST, "pays nearly what a bank pays", False),
        (LINDQVIST, "math pushes them", True),
        (LINDQVIST, "fallen by about half", False),
        (OSTROWE, "13.5 per cent", True),
        (OSTROWE, "vote to pass at Tamberlake", False),
        (OSTROWE, "closer call", True),
        (OSTROWE, "fell short of two-thirds", False),
        ("", "give up their name", True),
        (FALKENRATH, "least important thing", False),
        (FALKENRATH, "knew their father", False),
        (QUISTBERG, "not rise in the first year", False),
        (QUISTBERG, "dividend of about $4 million", False),
        (VELDHUIS, "means little in the southwest", False),
        (VELDHUIS, "Rural members", False),
    ],
    "vote": [
        (CEDARVALE, "voted to merge", False),
        (FALKENRATH, "closer than any of us wanted", False),
        (FALKENRATH, "meet members who voted no", False),
        (ASHWORTHY, "read the documents", False),
        (ASHWORTHY, "answers already written", False),
        (PETTIFER, "disappointed but not surprised", False),
        (PETTIFER, "pamphlets and a kitchen table", False),
        (PETTIFER, "member-elected seat", False),
        (PETTIFER, "Ask me in April", True),
        (QUISTBERG, "meet the campaign's organisers", False),
        (QUISTBERG, "made us better at explaining", False),
        (BOROWIAK, "single contract", False),
        (BOROWIAK, "talks would begin in May", False),
        (RYKIEL, "loans officer who drove out", False),
        (RYKIEL, "told me she's staying", False),
        (REGULATOR, "review the application", False),
        (REGULATOR, "usually takes about 60 days", True),
    ],
}

ARTICLES = {
    "deal": DEAL,
    "campaign": CAMPAIGN,
    "squeeze": SQUEEZE,
    "vote": VOTE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 9 of 54 required when the batch was written (blind). By pattern: "the CEO said" with no name in its
#: sentence, once after "an analyst asked X, Cedarvale's chief executive, why …" (the one asked) and once in the long
#: block after another chief executive's quote, is read as unnamed (4); "Members of Cedarvale Credit Union voted to
#: merge with Tamberlake Credit Union …, the credit union said Monday" given to the credit union named last in the
#: sentence, not the one whose members voted (2); a wire lede's described speaker ("A retired schoolteacher … has
#: organised a campaign …, saying …") named in the next paragraph is read as unnamed (2); and "Asked whether the deal
#: was a takeover, the CEO said it was not", a short answer, missed (1).
#: Then 7: "the CEO" is a person the article named "chief executive", and "the chief executive" one it named "CEO"
#: (executive_initials), so the answer to the analyst is Falkenrath's (2); in the long block "the CEO said" after
#: Quistberg's quote now goes to Falkenrath, the one the story calls chief executive, still wrong (2).
#: Then 5: an organisation whose members or shareholders are a clause's subject ("Members of X voted …") acted there
#: (members_subjects), so "the credit union said" after it is Cedarvale, not the credit union named after it (2).
#: Then 4: a short answer cut down to its subject and a finite "be", "do" or "have" after an opening "Asked whether
#: …," is a whole clause (bare_auxiliaries), so "the CEO said it was not" is Falkenrath's quote (1).
#: Left (4): the wire lede's described speaker named in the next paragraph (2), and "the CEO said" in the long block
#: after a chief executive the story does not call so (2).
WRONG_TODAY = 4


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
