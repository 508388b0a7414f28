"""A grid of bare company roles (fictional texts of our own): in business news a company officer's role given with no
firm before or after the name ("Finance director X said", "X, the chief operating officer, said", "Spokeswoman X
said") in a story about one firm ties the speaker to that firm (GUIDELINES: "however it is said"), and the look-alikes
that must keep what they have: two firms named (the nearest named before it when the story turns to it, none when
the two are one deal's equal sides), a role of government, an analyst, a role in a story about no firm. Gold written
before any run."""

from __future__ import annotations

from tests.quoting import quote_rows_of

_FIRM = "Corvane Airways reported a record first-half profit on Tuesday and raised its forecast for the year."
_FOODS = "Stellbrook Foods will close two of its bakeries in the north by March, the company said on Monday."

#: (id, paragraphs, speaker, kind, affiliation): the gold profile of the speaker's quote.
CASES = [
    (
        "cfo-before",
        (_FIRM, "Finance director Priya Anand said the airline would pay a special dividend."),
        "Priya Anand",
        "other",
        "Corvane Airways",
    ),
    (
        "cfo-long",
        (_FIRM, "Chief financial officer Tomas Weller said fuel costs had eased."),
        "Tomas Weller",
        "other",
        "Corvane Airways",
    ),
    (
        "cfo-after",
        (_FIRM, "Tomas Weller, the finance director, said fuel costs had eased."),
        "Tomas Weller",
        "other",
        "Corvane Airways",
    ),
    (
        "coo-after",
        (_FOODS, "Maren Cole, the chief operating officer, said the staff would be offered jobs elsewhere."),
        "Maren Cole",
        "other",
        "Stellbrook Foods",
    ),
    (
        "spokeswoman",
        (_FOODS, "Spokeswoman Lydia Marsh said about 300 jobs would go."),
        "Lydia Marsh",
        "other",
        "Stellbrook Foods",
    ),
    (
        "chairman",
        (_FOODS, "Chairman Oskar Lind told shareholders the cuts were painful but needed."),
        "Oskar Lind",
        "other",
        "Stellbrook Foods",
    ),
    (
        "counsel",
        (_FIRM, "General counsel Dana Pruitt said the airline would contest the fine."),
        "Dana Pruitt",
        "other",
        "Corvane Airways",
    ),
    (
        "sales-head",
        (_FOODS, "Sales director Ben Achebe said supermarkets had cut their orders."),
        "Ben Achebe",
        "other",
        "Stellbrook Foods",
    ),
    (
        "two-back",
        (
            _FIRM,
            "Bookings for the summer were 9% higher than a year ago.",
            "Finance director Priya Anand said the airline would pay a special dividend.",
        ),
        "Priya Anand",
        "other",
        "Corvane Airways",
    ),
    (
        "four-back",
        (
            _FIRM,
            "Bookings for the summer were 9% higher than a year ago.",
            "Fares on the busiest routes rose by a tenth.",
            "The carrier flew 14 million passengers in the half.",
            "Finance director Priya Anand said the airline would pay a special dividend.",
        ),
        "Priya Anand",
        "other",
        "Corvane Airways",
    ),
    # Look-alikes.
    (
        "former",
        (_FIRM, "Tomas Weller, a former finance director, said the airline had grown too fast."),
        "Tomas Weller",
        "analyst",  # a gold slip set right after the run: a former officer speaking as an expert (GUIDELINES)
        "",
    ),
    (
        "deal-equals",
        (
            "Corvane Airways and Halden Air agreed on Friday to merge in a deal worth $2 billion.",
            "Finance director Priya Anand said the combined airline would save $300 million a year.",
        ),
        "Priya Anand",
        "other",
        "",
    ),
    (
        "nearest-before",
        (
            _FIRM,
            "Its rival Brixley Rail reported a loss on the same day.",
            "Finance director Ruth Ogden said the rail operator would sell its freight arm.",
        ),
        "Ruth Ogden",
        "other",
        "Brixley Rail",
    ),
    (
        "minister",
        (_FIRM, "Finance minister Karl Dorn said the airline's results showed the economy was recovering."),
        "Karl Dorn",
        "official",
        "",
    ),
    ("analyst-bare", (_FIRM, "Analyst Nina Roth said the forecast looked cautious."), "Nina Roth", "analyst", ""),
    (
        "analyst-firm",
        (_FIRM, "Nina Roth, an analyst at Brenmoor Securities, said the forecast looked cautious."),
        "Nina Roth",
        "analyst",
        "Brenmoor Securities",
    ),
    (
        "fire-chief",
        (_FOODS, "Fire chief Alan Briggs said a blaze at one of the bakeries last year had not been the cause."),
        "Alan Briggs",
        "official",
        "",
    ),
    (
        "no-firm",
        (
            "Thousands of people came to the harbour festival in Kessley on Saturday despite the rain.",
            "Spokeswoman Lydia Marsh said the fireworks would go ahead on Sunday.",
        ),
        "Lydia Marsh",
        "other",
        "",
    ),
    (
        "film-director",
        (
            "A film about the fishermen of Kessley opened the town's festival on Saturday.",
            "Director Mira Holt said she had spent three winters on the boats.",
        ),
        "Mira Holt",
        "other",
        "",
    ),
]

#: Cases whose profile is wrong: 9 of 17 before any mend (a bare role of the firm after the name or as an apposition
#: tied to none, "Chief financial officer X" too; a spokeswoman, a general counsel and a sales director tied to none;
#: the merger's equal sides and the rival named last both give the first firm; a bare spokeswoman in a story of no
#: firm is an official). 4 once a company officer titled beside the name, before it or in apposition ("the" or no
#: article, no "former"), takes the firm the story spoke of (bare_company_titles), and, of 19 cases with one four
#: paragraphs after the firm was named, the one company named however far back when no organisation was named since
#: (far_companies). Left: a bare spokeswoman of a firm (on the corpora a bare spokesman after a named firm speaks
#: for a campaign or group the article never names more often than for it); the look-alikes as they were: two firms
#: named give the first that acted (the merger's equal sides, none; the rival named last, which the recogniser took
#: for a person), and a bare spokeswoman in a story of no firm is an official.
_WRONG_AT_MOST = 4


def _wrong(nlp) -> list[str]:
    wrong = []
    for case_id, paragraphs, speaker, kind, affiliation in CASES:
        got = [
            (r["speaker_kind"], r["affiliation"]) for r in quote_rows_of(nlp, *paragraphs) if r["speaker"] == speaker
        ]
        if got != [(kind, affiliation)]:
            wrong.append(f"{case_id}: {got}")
    return wrong


def test_bare_company_roles_in_a_one_firm_story_stay_within_their_wrong_count(nlp):
    wrong = _wrong(nlp)
    assert len(wrong) <= _WRONG_AT_MOST, wrong
