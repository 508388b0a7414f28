"""Entities on the real pipeline: mentions of body paragraphs only, with canonical names per article."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.entities import (
    Mention,
    canonical_names,
    clean_name,
    entity_rows,
    mentions,
)
from dashboard.analysis.entity_labels import mislabelled_organisations, mislabelled_surnames
from dashboard.analysis.names import corrected_label, titled_person


def _rows(nlp, article):
    docs = list(nlp.pipe(p.text for p in article.paragraphs))
    return entity_rows(article.article_id, docs)


def test_seed_entities_have_people_and_organisations(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    found = {(r["canonical"], r["label"]) for r in rows}
    assert ("Philipp Ivanov", "PERSON") in found
    assert ("Asia Society Policy Institute", "ORG") in found
    assert ("Columbia University", "ORG") in found


def test_a_span_without_a_capital_letter_is_no_name(nlp):
    doc = nlp("The coast guard and two cooperatives met the Harbour Board in Port Ellery.")
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, words.index("coast"), words.index("guard") + 1, label="ORG"),
        Span(doc, words.index("cooperatives"), words.index("cooperatives") + 1, label="ORG"),
        Span(doc, words.index("Harbour"), words.index("Board") + 1, label="ORG"),
    ]
    assert [m.text for m in mentions([doc])] == ["Harbour Board"]


def test_no_heading_becomes_an_entity(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    texts = {r["text"] for r in rows}
    for heading in seed_article.headings:
        assert heading not in texts
        assert not any(heading in t for t in texts)


def test_short_and_titled_names_map_to_the_full_name(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    canonical_of = {}
    for r in rows:
        if r["label"] == "PERSON":
            canonical_of.setdefault(r["text"], set()).add(r["canonical"])
    assert canonical_of["Li"] == {"Li Qiang"}
    assert canonical_of["Putin"] == {"Vladimir Putin"}
    assert canonical_of["Ivanov"] == {"Philipp Ivanov"}


def test_offsets_slice_the_paragraph_text(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    assert rows
    for r in rows:
        assert seed_article.paragraphs[r["paragraph"]].text[r["start_char"] : r["end_char"]] == r["text"]


def test_clean_name_strips_titles_articles_and_possessives():
    assert clean_name("President Vladimir Putin", "PERSON") == "Vladimir Putin"
    assert clean_name("Premier Li", "PERSON") == "Li"
    assert clean_name("Rear Admiral Ada Brenn", "PERSON") == "Ada Brenn"
    assert clean_name("the Asia Society Policy Institute", "ORG") == "Asia Society Policy Institute"
    assert clean_name("China\u2019s", "GPE") == "China"
    assert clean_name("President", "PERSON") == "President"


def test_a_company_whose_name_ends_in_apostrophe_s_keeps_it_but_a_person_does_not():
    assert clean_name("Moody\u2019s", "ORG") == "Moody\u2019s"
    assert clean_name("McDonald's", "ORG") == "McDonald's"
    assert clean_name("Christie's", "PERSON") == "Christie"
    assert clean_name("Christie\u2019s", "ORG") == "Christie"
    assert clean_name("Northgate's", "ORG") == "Northgate"


def test_one_entity_has_one_label_within_an_article(nlp, seed_article):
    rows = _rows(nlp, seed_article)
    labels: dict[str, set[str]] = {}
    for r in rows:
        labels.setdefault(r["canonical"], set()).add(r["label"])
    assert all(len(found) == 1 for found in labels.values()), labels
    assert labels["Belarus"] == {"GPE"}


def _canonical(nlp, paragraphs: list[str]) -> dict[str, set[str]]:
    docs = list(nlp.pipe(paragraphs))
    found: dict[str, set[str]] = {}
    for r in entity_rows("a1", docs):
        if r["label"] == "PERSON":
            found.setdefault(r["text"], set()).add(r["canonical"])
    return found


def test_a_titled_short_name_does_not_take_a_full_name_of_the_other_gender(nlp):
    found = _canonical(
        nlp,
        [
            "Michelle Obama spoke to the crowd in Denver on Tuesday, and she praised the volunteers.",
            "Mr. Obama, who did not attend the rally, said he agreed with her message.",
        ],
    )
    assert found["Michelle Obama"] == {"Michelle Obama"}
    assert found["Obama"] == {"Obama"}


def test_a_short_name_with_several_fuller_owners_stays_unresolved(nlp):
    found = _canonical(
        nlp,
        [
            "Bill Clinton and Hillary Clinton arrived in Iowa on Monday.",
            "Clinton told the crowd that the economy was improving.",
        ],
    )
    assert found["Clinton"] == {"Clinton"}


def test_a_titled_short_name_resolves_to_the_full_name_of_its_gender(nlp):
    found = _canonical(
        nlp,
        [
            "Margaret Holt founded the company, and she still runs it. Her brother, Daniel Holt, left in 2019.",
            "Ms. Holt said the firm would hire forty engineers next year.",
        ],
    )
    assert found["Holt"] == {"Margaret Holt"}


def test_leading_words_that_are_no_name_are_trimmed(nlp):
    docs = list(
        nlp.pipe(["John McCain campaigned in Arizona.", "The party needs a John McCain to win back the suburbs."])
    )
    rows = [r for r in entity_rows("a1", docs) if r["label"] == "PERSON" and r["paragraph"] == 1]
    assert [(r["text"], r["canonical"]) for r in rows] == [("John McCain", "John McCain")]
    assert docs[1].text[rows[0]["start_char"] : rows[0]["end_char"]] == "John McCain"


def test_a_generational_suffix_stays_in_the_name_and_short_names_resolve(nlp):
    found = _canonical(
        nlp,
        [
            "Robert Allen Jr. took the oath of office on Friday.",
            "Allen said his first task was the city budget.",
        ],
    )
    assert found["Robert Allen Jr."] == {"Robert Allen Jr."}
    assert found["Allen"] == {"Robert Allen Jr."}


def test_variants_of_one_name_still_resolve(nlp):
    found = _canonical(
        nlp,
        [
            "Vice President Joseph R. Biden Jr. visited a steel plant in Ohio. Joe Biden has often spoken about jobs.",
            "On Tuesday, Mr. Biden said the plant would stay open.",
        ],
    )
    assert found["Biden"] == {"Joseph R. Biden Jr."}


def test_the_pronouns_after_a_short_name_pick_its_owner(nlp):
    found = _canonical(
        nlp,
        [
            "Anna Berg opened the clinic, and she hired six nurses. Peter Berg sold his bakery, and he moved away.",
            "Berg said she would expand the clinic next spring.",
        ],
    )
    assert found["Berg"] == {"Anna Berg"}


def test_the_person_the_article_names_most_owns_the_shared_surname(nlp):
    found = _canonical(
        nlp,
        [
            "Hillary Clinton campaigned in Ohio. Hillary Clinton later flew to Florida.",
            "Bill Clinton stayed in New York.",
            "Clinton told voters that the plant would stay open.",
        ],
    )
    assert found["Clinton"] == {"Hillary Clinton"}


def test_a_surname_the_recogniser_took_for_a_place_goes_to_the_person_named_before():

    found = [
        Mention(0, "Jordan", "GPE", 0, 6),  # named before any person of that surname: stays the country
        Mention(0, "Lena Ostrowska", "PERSON", 20, 34),
        Mention(1, "Ostrowska", "GPE", 0, 9),
        Mention(2, "Michael Jordan", "PERSON", 0, 14),
        Mention(2, "Northbridge", "ORG", 20, 31),
    ]
    canonical = [m.text for m in found]
    labels = [m.label for m in found]
    mislabelled_surnames(found, canonical, labels)
    assert canonical == ["Jordan", "Lena Ostrowska", "Lena Ostrowska", "Michael Jordan", "Northbridge"]
    assert labels == ["GPE", "PERSON", "PERSON", "PERSON", "ORG"]


def test_a_titled_full_name_taken_for_an_organisation_is_a_person(nlp):

    doc = nlp("Rear Admiral Irena Solvik spoke to General Motors staff.")
    fake = doc.char_span(0, len("Rear Admiral Irena Solvik"), label="ORG")
    company = doc.char_span(doc.text.index("General"), doc.text.index(" staff"), label="ORG")
    assert titled_person(fake)
    assert not titled_person(company)


def test_an_organisation_s_initials_and_first_word_stand_for_its_full_name():
    found = [
        Mention(0, "the Northfield Stock Exchange", "ORG", 0, 29),
        Mention(0, "NSE", "ORG", 31, 34),
        Mention(1, "Kestrel Securities", "ORG", 0, 18),
        Mention(1, "Kestrel", "ORG", 30, 37),
        Mention(2, "WHO", "ORG", 0, 3),
    ]
    names = canonical_names(found)
    assert [names[(clean_name(m.text, m.label), m.label, "")] for m in found] == [
        "Northfield Stock Exchange",
        "Northfield Stock Exchange",
        "Kestrel Securities",
        "Kestrel Securities",
        "WHO",
    ]


def test_people_the_recogniser_took_for_organisations_or_works_are_fixed(nlp):
    doc = nlp("Harbour Transit froze its fares. Tom Reyes wrote the cookbook Salt Harbour.")

    def as_person(text):
        start = doc.text.index(text)
        return doc.char_span(start, start + len(text), label="PERSON")

    assert corrected_label(as_person("Harbour Transit")) == "ORG"
    assert corrected_label(as_person("Salt Harbour")) == "WORK_OF_ART"
    assert corrected_label(as_person("Tom Reyes")) == "PERSON"


def test_a_misspelt_surname_is_the_person_named_in_full(nlp):
    texts = ["Jose Barrionevo is head of strategy at Tarn Capital.", "Mr Barrionveo said the tax would fail."]
    rows = entity_rows("a", list(nlp.pipe(texts)))
    assert {r["canonical"] for r in rows if r["label"] == "PERSON"} == {"Jose Barrionevo"}


def test_a_surname_a_letter_longer_is_another_person(nlp):
    texts = ["Jose Barrionuevo is head of strategy at Tarn Capital.", "Mr Barrionuevos said the tax would fail."]
    rows = entity_rows("a", list(nlp.pipe(texts)))
    assert {r["canonical"] for r in rows if r["label"] == "PERSON"} == {"Jose Barrionuevo", "Barrionuevos"}


def test_a_short_name_taken_for_a_person_is_the_organisation_it_stands_for(nlp):
    texts = ["Shares of Halvard Securities rose on Monday.", "Halvard said that there were no plans to merge."]
    rows = entity_rows("a", list(nlp.pipe(texts)))
    assert [(r["text"], r["label"], r["canonical"]) for r in rows if r["paragraph"] == 1] == [
        ("Halvard", "ORG", "Halvard Securities")
    ]


def test_the_word_taken_for_a_person_is_kept_when_the_article_names_no_such_organisation():
    canonical, labels = ["Halvard Securities", "Halvard", "Tarn"], ["ORG", "PERSON", "PERSON"]
    mislabelled_organisations(canonical, labels)
    assert (canonical, labels) == (["Halvard Securities", "Halvard Securities", "Tarn"], ["ORG", "ORG", "PERSON"])


def test_a_name_that_runs_into_the_words_of_a_capitalised_headline_is_the_name_alone(nlp):
    found = _canonical(
        nlp,
        [
            "Tom Quillby Backs Ferry Plan",
            "Tom Quillby said he would pay for the new ramp.",
            "Tom Quillby has owned the harbour hotel since 1990.",
        ],
    )
    assert found["Tom Quillby"] == {"Tom Quillby"}
    assert all(names == {"Tom Quillby"} for text, names in found.items() if "Quillby" in text)


def test_a_name_written_in_full_less_often_than_its_first_words_keeps_its_surname(nlp):
    found = _canonical(
        nlp,
        [
            "Mara Lind Okafor opened the ferry debate on Monday.",
            "Mara Lind said the fares would fall. Mara Lind also said the ramp would be rebuilt.",
            "Her rival, Joss Okafor, disagreed.",
        ],
    )
    assert found["Mara Lind Okafor"] == {"Mara Lind Okafor"}


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], person: int) -> Doc:
    """A sentence as the parser sometimes reads it, with a person's name in its first `person` words."""
    ents = ["B-PERSON"] + ["I-PERSON"] * (person - 1) + ["O"] * (len(words) - person)
    lemmas = [w.lower() for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, lemmas=lemmas)


def test_a_name_with_a_company_noun_right_beside_it_is_an_organisation(nlp):
    beside = _parsed(
        nlp,
        ["Osprey", "Tracking", ",", "a", "data", "firm", ",", "said", "so"],
        [1, 7, 1, 5, 5, 1, 1, 7, 7],
        ["compound", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "dobj"],
        person=2,
    )
    assert corrected_label(beside.ents[0]) == "ORG"
    # "Ines Varga of the Meridian Group, a consulting company," with the company hung on the person
    after_her_group = _parsed(
        nlp,
        ["Ines", "Varga", "of", "the", "Meridian", "Group", ",", "a", "consulting", "company", ",", "said", "so"],
        [1, 11, 1, 5, 5, 2, 1, 9, 9, 1, 1, 11, 11],
        [
            "compound",
            "nsubj",
            "prep",
            "det",
            "compound",
            "pobj",
            "punct",
            "det",
            "amod",
            "appos",
            "punct",
            "ROOT",
            "dobj",
        ],
        person=2,
    )
    assert corrected_label(after_her_group.ents[0]) == "PERSON"
