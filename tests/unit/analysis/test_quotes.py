"""Quotes on the real spaCy pipeline: each construction of direct and reported speech, on short texts of our own."""

from __future__ import annotations

import pytest

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.analysis.quotes.marks import quotation_spans
from dashboard.schema import SPEAKER_KINDS
from tests.quoting import quote_rows_of

COLUMNS = {
    "article_id",
    "paragraph",
    "speaker",
    "speaker_kind",
    "affiliation",
    "role",
    "cue",
    "quote",
    "sentence",
    "direct",
    "start_char",
    "end_char",
    "last_paragraph",
}


def quotes_of(nlp, *paragraphs: str) -> list[dict]:
    """The quote rows of an article made of these paragraphs, checked for shape and offsets."""
    rows = quote_rows_of(nlp, *paragraphs)
    for row in rows:
        assert set(row) == COLUMNS
        if row["last_paragraph"] != row["paragraph"]:  # from its start in its first paragraph to its end in its last
            first, last = paragraphs[row["paragraph"]], paragraphs[row["last_paragraph"]]
            assert first[row["start_char"] :].startswith(row["quote"][:8])
            assert last[: row["end_char"]].endswith(row["quote"][-8:])
            continue
        text = paragraphs[row["paragraph"]]
        stretch = text[row["start_char"] : row["end_char"]]
        assert stretch.startswith(row["quote"][:8]) and stretch.endswith(row["quote"][-8:])
        assert stretch in row["sentence"] and row["sentence"] in text
        assert row["speaker_kind"] in SPEAKER_KINDS
    return rows


def only(rows: list[dict]) -> dict:
    assert len(rows) == 1, rows
    return rows[0]


def test_direct_quote_with_cue_after_and_appositive_role(nlp):
    row = only(
        quotes_of(
            nlp,
            "\u201cThe harbour will reopen next spring after the repairs,\u201d said Marta "
            "Kovalenko, a senior fellow at the Baltic Policy Institute.",
        )
    )
    assert row["speaker"] == "Marta Kovalenko"
    assert (row["speaker_kind"], row["role"], row["affiliation"]) == (
        "analyst",
        "senior fellow",
        "Baltic Policy Institute",
    )
    assert (row["cue"], row["direct"]) == ("say", True)
    assert "harbour will reopen next spring" in row["quote"]


def test_straight_quotes_after_colon_split_quote_and_quote_only_paragraph(nlp):
    rows = quotes_of(
        nlp,
        'Finance Minister Tomas Reyes said: "We will not raise taxes on small farms this year."',
        "\u201cThe talks were long,\u201d Reyes said, \u201cbut both sides left with a plan for the port.\u201d",
        "\u201cWe expect the first ships by May. Nobody should doubt our resolve.\u201d",
    )
    # the quote-only paragraph carries on the split quote before it: one quote, over two paragraphs
    assert [(r["paragraph"], r["last_paragraph"]) for r in rows] == [(0, 0), (1, 2)]
    assert {r["speaker"] for r in rows} == {"Tomas Reyes"}
    assert all(r["direct"] and r["speaker_kind"] == "official" and r["role"] == "Finance Minister" for r in rows)
    assert rows[0]["quote"] == '"We will not raise taxes on small farms this year."'
    split = rows[1]["quote"]
    assert split.startswith("\u201cThe talks were long") and "plan for the port.\u201d" in split
    assert split.endswith("doubt our resolve.\u201d")


def test_consecutive_quoted_sentences_of_one_speaker_form_one_quote(nlp):
    row = only(
        quotes_of(
            nlp,
            "\u201cThe bridge is safe,\u201d said Maria Lopez. \u201cEngineers checked every cable last week.\u201d",
        )
    )
    assert row["speaker"] == "Maria Lopez"
    assert "bridge is safe" in row["quote"] and "every cable" in row["quote"]


def test_pronoun_resolves_to_the_most_recent_fitting_person(nlp):
    rows = quotes_of(
        nlp,
        "Finance Minister Tomas Reyes met Anna Berg, the head of the farmers' union, on Monday.",
        "He warned that shipping costs could double before the end of the year.",
    )
    row = only(rows)
    assert (row["speaker"], row["cue"], row["direct"]) == ("Tomas Reyes", "warn", False)
    assert row["quote"] == "shipping costs could double before the end of the year"


def test_reported_speech_short_name_and_phrasal_cue(nlp):
    rows = quotes_of(
        nlp,
        "Helen Park, a professor of economics at Northfield University, argued that the new tariffs would hurt "
        "exporters more than importers.",
        "Park pointed out that the currency had lost a third of its value since January.",
    )
    assert [r["cue"] for r in rows] == ["argue", "point out"]
    for row in rows:
        assert (row["speaker"], row["speaker_kind"]) == ("Helen Park", "analyst")
        assert row["affiliation"] == "Northfield University" and "professor" in row["role"]
    assert rows[1]["quote"] == "the currency had lost a third of its value since January"


def test_participle_continues_the_same_quote(nlp):
    row = only(
        quotes_of(
            nlp,
            "Governor Tomas Reyes praised the new rail link between the two cities, noting that "
            "it would cut travel times by half.",
        )
    )
    assert (row["speaker"], row["speaker_kind"], row["role"], row["cue"]) == (
        "Tomas Reyes",
        "official",
        "Governor",
        "praise",
    )
    assert row["quote"].startswith("the new rail link") and row["quote"].endswith("cut travel times by half")


def test_unnamed_sources_have_no_name_and_their_description_as_role(nlp):
    rows = quotes_of(
        nlp,
        "Analysts say the merger could take years to complete because of the regulatory review.",
        "A defense ministry spokesman said the drills would continue until Friday near the coast.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed"), ("", "unnamed")]
    assert rows[0]["role"].lower() == "analysts"
    assert (rows[1]["role"], rows[1]["affiliation"]) == ("spokesman", "defense ministry")  # the body out of the role


def test_institutions_speak_under_their_own_name(nlp):
    rows = quotes_of(
        nlp,
        "The foreign ministry said the talks with its neighbours would continue next week in Vienna.",
        "The Northfield Chamber of Commerce said that local exports had grown for the third year in a row.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [
        ("foreign ministry", "institution"),
        ("Northfield Chamber of Commerce", "institution"),
    ]
    assert rows[1]["quote"] == "local exports had grown for the third year in a row"


def test_documents_and_efforts_are_no_speakers(nlp):
    assert (
        quotes_of(
            nlp,
            "The joint report highlighted the growing trade between the two regions over the past decade.",
            "This partnership underscores the deepening ties between the two cities and their ports.",
        )
        == []
    )


def test_according_to_names_the_source(nlp):
    row = only(
        quotes_of(
            nlp,
            "The factory will close in March and move its production abroad, according to "
            "Daniel Moreau, the plant manager.",
        )
    )
    assert (row["speaker"], row["cue"], row["role"]) == ("Daniel Moreau", "according to", "plant manager")
    assert row["quote"] == "The factory will close in March and move its production abroad"


def test_told_an_outlet_and_a_definite_description_of_a_named_person(nlp):
    rows = quotes_of(
        nlp,
        "Mayor Grace Olsen opened the new library on Monday.",
        "Olsen told the Daily Courier that the city budget would be balanced by next year.",
        "The mayor said the library would stay open on Sundays during the winter months.",
    )
    assert [(r["paragraph"], r["speaker"], r["cue"]) for r in rows] == [
        (1, "Grace Olsen", "tell"),
        (2, "Grace Olsen", "say"),
    ]
    assert all(r["speaker_kind"] == "official" and r["role"] == "Mayor" for r in rows)


def test_premodifier_role_with_from_and_of_affiliations(nlp):
    rows = quotes_of(
        nlp,
        "Korea expert Samuel Ortiz from the Lakeside Institute said the missile test was meant to send a message.",
        "Laura Chen of the Harbor Research Council said the new rules would raise shipping costs for small firms.",
    )
    assert [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in rows] == [
        ("Samuel Ortiz", "analyst", "Lakeside Institute"),
        ("Laura Chen", "analyst", "Harbor Research Council"),
    ]
    assert rows[0]["role"] == "Korea expert"


def test_interview_turn_belongs_to_the_named_speaker(nlp):
    rows = quotes_of(
        nlp,
        "Marta Kovalenko, a senior fellow at the Baltic Policy Institute, spoke to our reporter.",
        "KOVALENKO: We have never seen such demand for grain in the region before.",
    )
    row = only(rows)
    assert (row["speaker"], row["speaker_kind"], row["direct"]) == ("Marta Kovalenko", "analyst", True)
    assert row["quote"] == "We have never seen such demand for grain in the region before."
    assert quotes_of(nlp, "UPDATE: The vote on the harbour budget was delayed by an hour.") == []


def test_scare_quotes_and_titles_are_no_quotes(nlp):
    assert (
        quotes_of(
            nlp, "The ministry's \u201cgreen corridor\u201d plan was printed in \u201cHarbour News\u201d on Tuesday."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('He said "yes" and "no".', [(8, 13), (18, 22)]),
        ('\u201cOpen \u201d and \u201cshut"', [(0, 7), (12, 18)]),
        ("\u201cThe quote goes on in the next paragraph", [(0, 40)]),
        ("A stray \u201d mark and a stray opening \u201c here", []),
        ('She said: "We paid. "We will not pay twice." Then she left.', [(10, 19), (20, 44)]),
    ],
)
def test_quotation_spans_pair_straight_and_curly_marks(text, spans):
    assert quotation_spans(text) == spans


def test_a_quote_whose_next_part_opens_without_closing_the_first_is_one_quote(nlp):
    rows = quotes_of(
        nlp,
        'Lord Hale said: "I gave my honest view of the law. "Nobody leaned on me at any point." '
        "Tom Reed, a former minister, says every one of the memos must be released.",
    )
    assert [(r["speaker"], r["direct"]) for r in rows] == [("Hale", True), ("Tom Reed", False)]
    assert "Nobody leaned on me" in rows[0]["quote"] and "honest view" in rows[0]["quote"]


def test_seed_article_quotes(nlp, seed_article):
    docs = list(nlp.pipe(p.text for p in seed_article.paragraphs))
    rows = quote_rows(seed_article, docs, entity_rows(seed_article.article_id, docs))
    ivanov = [r for r in rows if r["speaker"] == "Philipp Ivanov"]
    assert len(ivanov) == 5
    assert all(r["affiliation"] == "Asia Society Policy Institute" and r["speaker_kind"] == "analyst" for r in ivanov)
    assert {r["cue"] for r in ivanov} == {"highlight", "caution", "note"}
    noted = next(r for r in ivanov if r["cue"] == "note")  # "He noted …": the pronoun resolved to Ivanov
    assert noted["quote"].startswith("the importance of addressing potential escalations")
    putin = [r for r in rows if r["speaker"] == "Vladimir Putin"]
    assert [r["cue"] for r in putin] == ["praise", "underscore"]
    assert all(r["role"] == "Russian President" and r["speaker_kind"] == "official" for r in putin)
    assert not any("joint statement" in r["sentence"] for r in rows)
    assert not any(r["sentence"].startswith("This strategic collaboration underscores") for r in rows)


def test_relative_clause_role_and_anonymity_request_is_no_quote(nlp):
    rows = quotes_of(
        nlp,
        "Nathalie Moreau, who is the director of the Institute of Maritime Affairs in Lisbon, said the summit had "
        "exposed divisions within the alliance.",
        "A senior European diplomat, who asked not to be named, said the bloc would extend the sanctions.",
    )
    assert [(r["paragraph"], r["cue"]) for r in rows] == [(0, "say"), (1, "say")]
    assert (rows[0]["speaker"], rows[0]["speaker_kind"], rows[0]["role"], rows[0]["affiliation"]) == (
        "Nathalie Moreau",
        "analyst",
        "director",
        "Institute of Maritime Affairs",
    )
    assert rows[1]["quote"] == "the bloc would extend the sanctions"


def test_former_officials_speak_as_experts_and_accusations_keep_their_object(nlp):
    rows = quotes_of(
        nlp,
        "Former ambassador Michael Brandt argued that the sanctions had weakened the economy more than admitted.",
        "The foreign ministry accused its neighbour of escalating the conflict at sea.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [
        ("Michael Brandt", "analyst"),
        ("foreign ministry", "institution"),
    ]
    assert (rows[1]["cue"], rows[1]["quote"]) == ("accuse of", "its neighbour of escalating the conflict at sea")


def test_as_a_speaker_noted_attributes_the_clause_around_it(nlp):
    row = only(
        quotes_of(
            nlp,
            "As Helen Park, a professor at Northfield University, noted, the currency has lost a "
            "third of its value since January.",
        )
    )
    assert (row["speaker"], row["cue"], row["direct"]) == ("Helen Park", "note", False)
    assert "the currency has lost a third of its value" in row["quote"]


def test_a_cue_ending_a_paragraph_hands_its_speaker_to_the_quotation_after_it(nlp):
    rows = quotes_of(
        nlp,
        "Asked about the strike, Transport Minister Ruth Adler said:",
        "\u201cThe trains will run again on Monday, and nobody will lose a day of pay.\u201d",
    )
    row = only(rows)
    assert (row["paragraph"], row["speaker"], row["speaker_kind"], row["direct"]) == (1, "Ruth Adler", "official", True)


def test_according_to_a_poll_is_an_unnamed_source(nlp):
    row = only(
        quotes_of(nlp, "Most voters in the region oppose the new toll, according to a survey published on Tuesday.")
    )
    assert (row["speaker"], row["speaker_kind"], row["cue"]) == ("", "unnamed", "according to")
    assert row["role"].startswith("survey")
    assert row["quote"] == "Most voters in the region oppose the new toll"


def test_a_quotation_after_a_colon_belongs_to_the_subject_before_it(nlp):
    row = only(
        quotes_of(
            nlp,
            "Governor Tomas Reyes put it bluntly: \u201cWe cannot afford another year of delays on this bridge.\u201d",
        )
    )
    assert (row["speaker"], row["speaker_kind"], row["direct"], row["cue"]) == ("Tomas Reyes", "official", True, "put")


def test_the_one_forced_to_speak_is_the_speaker(nlp):
    rows = quotes_of(
        nlp,
        "Senator Ann Ross questioned Peter Lang, the bank's chief executive, on Tuesday.",
        "The senator also forced Lang, who was under questioning from the committee, to admit that no senior "
        "managers had been punished.",
    )
    admitted = [r for r in rows if r["cue"] == "admit"]
    assert [(r["speaker"], r["quote"]) for r in admitted] == [("Peter Lang", "no senior managers had been punished")]


def test_a_cue_inserted_between_commas_reports_the_sentence_around_it(nlp):
    rows = quotes_of(
        nlp,
        "Peter Lang runs the regional bank.",
        "These workers, Lang explained earlier in the hearing, were paid well above the local average.",
    )
    row = only([r for r in rows if r["paragraph"] == 1])
    assert (row["speaker"], row["cue"], row["direct"]) == ("Peter Lang", "explain", False)
    assert row["quote"].startswith("These workers") and row["quote"].endswith("above the local average")


def test_a_share_of_those_polled_speaks_as_an_unnamed_group(nlp):
    rows = quotes_of(
        nlp,
        "In the survey of 900 commuters, 63 percent said the mayor was right to close the bridge.",
        "A majority of residents say the new tram line has made their commute shorter.",
    )
    assert [(r["paragraph"], r["speaker"], r["speaker_kind"]) for r in rows] == [(0, "", "unnamed"), (1, "", "unnamed")]
    assert rows[0]["quote"] == "the mayor was right to close the bridge"
    assert "63 percent" in rows[0]["role"]


def test_a_group_named_by_a_proper_noun_keeps_its_name(nlp):
    rows = quotes_of(
        nlp,
        "Republicans said the hearing had raised troubling questions about the ministry.",
        "They argued that the minister should resign.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("Republicans", "other"), ("Republicans", "other")]
    assert rows[1]["quote"] == "the minister should resign"


def test_a_description_whose_proper_adjective_differs_is_not_that_person(nlp):
    rows = quotes_of(
        nlp,
        "Republican presidential nominee Tom Harlan spoke in Dallas on Monday.",
        "The Democratic presidential nominee said the debate had gone well.",
        "The Republican nominee said the moderators were unfair.",
    )
    assert [(r["paragraph"], r["speaker"]) for r in rows] == [(1, ""), (2, "Tom Harlan")]


def test_a_fund_or_panel_speaks_as_an_institution_named_before(nlp):
    rows = quotes_of(
        nlp,
        "The International Monetary Fund cut its forecast on Tuesday.",
        "The fund predicted that advanced economies will grow 1.6 percent next year.",
        "An expert panel warned that the dam was unsafe.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [
        ("International Monetary Fund", "institution"),
        ("expert panel", "institution"),
    ]


def test_a_gerund_after_a_preposition_is_said_by_the_one_the_main_clause_names(nlp):
    rows = quotes_of(
        nlp,
        "Anna Berg spent the week in Vienna.",
        "After saying her left knee was so swollen she could barely walk, she was rushed to hospital.",
        "Critics attacked Mayor Lina Ortiz for saying that the river was safe to swim in.",
    )
    assert [(r["paragraph"], r["speaker"], r["quote"]) for r in rows] == [
        (1, "Anna Berg", "her left knee was so swollen she could barely walk"),
        (2, "Lina Ortiz", "the river was safe to swim in"),
    ]


def test_calling_on_someone_to_act_keeps_whom_and_what(nlp):
    rows = quotes_of(
        nlp,
        'Anna Berg\'s parents have called on police to publish the records "as a matter of fairness" '
        "and called on people to stay calm.",
    )
    assert [(r["cue"], r["quote"]) for r in rows] == [
        ("call on", 'police to publish the records "as a matter of fairness"'),
        ("call on", "people to stay calm"),
    ]


def test_she_is_the_woman_just_named_in_this_paragraph_not_an_earlier_one(nlp):
    rows = quotes_of(
        nlp,
        "Alma Verhoek said the new cranes were working, and she told reporters that traffic had doubled.",
        "Nadia Corvell, a senior fellow at the Oakmere Institute, argued that the port still lacks clear rules. "
        "She cautioned that without those rules, costs would keep rising.",
    )
    cautioned = [q for q in rows if "costs would keep rising" in q["quote"]]
    assert cautioned and cautioned[0]["speaker"] == "Nadia Corvell"
