"""Paragraph themes on the real spaCy pipeline, with the shipped themes file and files written by the test."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import Themes, ThemesError, labels, load_themes, quote_labels

TRADE = (
    "Exports of soybeans to China fell sharply last quarter as new tariffs took effect, "
    "and the trade deficit widened to a record."
)
MILITARY = (
    "Troops backed by tanks and artillery pushed into the city on Monday, and the army said its air "
    "strikes had destroyed two missile launchers."
)
DIPLOMACY = (
    "The foreign minister arrived in Beijing for a two-day official visit, and the two sides signed a "
    "joint statement pledging closer bilateral relations."
)
ALL_THREE = (
    "At the summit the two presidents agreed to expand energy trade and to hold joint naval exercises next year."
)

DOMESTIC = [
    "The governor signed a bill on Tuesday that raises the minimum wage and expands school funding, after "
    "months of debate in the state legislature.",
    "The senator's re-election campaign released a television ad attacking her opponent's record on health "
    "care and local taxes.",
]
CRIME = [
    "Police arrested a 34-year-old man on Friday after a robbery at a jewellery shop downtown; he is charged "
    "with assault and theft, a court spokesman said.",
    "A jury found the former accountant guilty of murder after a three-week trial, and the judge will pass "
    "sentence next month.",
]
SPORT = [
    "The home team won the championship game 3-1 after a late goal, and the coach praised the defense for "
    "holding off the visitors' attack in the final minutes.",
    "She finished second in the marathon, two minutes behind the winner, and said she would race again next season.",
]

ENERGY_FILE = """
[energy]
threshold = 2.0
exclude = ["solar system"]

[energy.terms]
"solar panel" = 2.0
"wind farm" = 2.0
"renewable" = 1.5
"electricity" = 1.0
"grid" = 1.0
"coal" = 1.0
"""


def labelled(themes: Themes, nlp, text: str, section: str = "") -> set[str]:
    return set(labels(themes.score(nlp(text), section=section)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TRADE, {"trade"}),
        (MILITARY, {"military"}),
        (DIPLOMACY, {"diplomacy"}),
        (ALL_THREE, {"trade", "military", "diplomacy"}),
        ("The bloc is weighing duties on bicycles made abroad, its officials said.", {"trade"}),
    ],
)
def test_paragraphs_of_each_theme_get_their_labels(themes, nlp, text, expected):
    assert labelled(themes, nlp, text) == expected


@pytest.mark.parametrize("text", DOMESTIC + CRIME + SPORT)
def test_domestic_politics_crime_and_sport_get_no_theme(themes, nlp, text):
    assert labelled(themes, nlp, text) == set()


def test_the_shipped_file_defines_the_three_themes(themes):
    assert themes.names == ["trade", "military", "diplomacy"]


def test_scoring_needs_no_parser_but_entities(themes):
    assert "parser" not in themes.components and "lemmatizer" in themes.components
    assert "ner" in themes.components


@pytest.mark.parametrize("text", [TRADE, MILITARY, DIPLOMACY, ALL_THREE])
def test_matched_terms_explain_each_label(themes, nlp, text):
    doc = nlp(text)
    words = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    for score in themes.score(doc):
        if not score.label:
            continue
        assert score.terms, f"{score.theme} labelled without terms"
        for term in score.terms:
            if term.startswith("parties: "):
                continue
            first_word = term.lstrip("-").split(":")[0].split()[0]
            assert first_word in words, f"{term!r} of {score.theme} is not in the paragraph"


def test_every_theme_is_scored_with_its_threshold_deciding(themes, nlp):
    scores = themes.score(nlp(TRADE))
    assert [s.theme for s in scores] == themes.names
    thresholds = {t.name: t.threshold for t in themes.themes}
    for s in scores:
        assert s.label == (s.score >= thresholds[s.theme])
    trade = next(s for s in scores if s.theme == "trade")
    assert {"export", "tariff", "trade deficit"} <= set(trade.terms)


def test_one_weak_passing_word_does_not_label(themes, nlp):
    text = "The mayor said the talks with the neighbourhood council about parking went well."
    scores = {s.theme: s for s in themes.score(nlp(text))}
    assert "talks" in scores["diplomacy"].terms
    assert not scores["diplomacy"].label


def test_an_exclusion_phrase_hides_its_words_from_a_theme(themes, nlp):
    doc = nlp("Analysts warned that a price war among airlines could drag on through the summer.")
    military = next(s for s in themes.score(doc) if s.theme == "military")
    assert "war" not in military.terms and not military.label


def test_the_heading_tips_a_borderline_paragraph(themes, nlp):
    text = "The ministry said the new rules would apply from next month to most goods."
    assert "trade" not in labelled(themes, nlp, text)
    trade = next(s for s in themes.score(nlp(text), section="Tariffs on steel") if s.theme == "trade")
    assert trade.label and "heading: tariff" in trade.terms


def test_named_countries_count_as_parties_of_diplomacy(themes, nlp):
    doc = nlp("Leaders of Japan, Canada and Brazil met to discuss the agreement.")
    diplomacy = next(s for s in themes.score(doc) if s.theme == "diplomacy")
    assert diplomacy.label
    assert any(t.startswith("parties: ") and "Japan" in t and "Brazil" in t for t in diplomacy.terms)


def test_countries_alone_are_no_diplomacy(themes, nlp):
    doc = nlp("Japan, Canada and Brazil reported record heat this summer, and so did Portugal.")
    diplomacy = next(s for s in themes.score(doc) if s.theme == "diplomacy")
    assert not diplomacy.label and diplomacy.terms == ("parties: Japan + Canada + Brazil + Portugal",)
    # without a term of the theme, states add their weight up to half the threshold: never a label, only a reach
    # for the context
    threshold = themes.themes[themes.names.index("diplomacy")].threshold
    assert diplomacy.score == 0.5 * threshold < 0.75 * 3


def test_peoples_alone_add_half_what_states_add(themes, nlp):
    doc = nlp("Chileans and Peruvians crowded the bridge on Sunday.")
    diplomacy = next(s for s in themes.score(doc) if s.theme == "diplomacy")
    assert diplomacy.terms == ("parties: Chileans + Peruvians",) and diplomacy.score == 0.5 * 0.75
    states = nlp("Chile says the river is vital to its farms, while Peru calls the dam a threat.")
    diplomacy = next(s for s in themes.score(states) if s.theme == "diplomacy")
    assert diplomacy.terms == ("parties: Chile + Peru",) and diplomacy.score == 0.75


def test_parties_alone_never_label_a_users_theme_whatever_its_party_weight(tmp_path, nlp):
    path = tmp_path / "themes.toml"
    path.write_text(
        '[borders]\nthreshold = 1.0\nparties = ["GPE"]\nparty_weight = 2.0\n[borders.terms]\n"border" = 1.0\n',
        encoding="utf-8",
    )
    doc = nlp("Japan, Canada and Brazil reported record heat this summer, and so did Portugal.")
    (borders,) = load_themes(path).score(doc)
    assert not borders.label and borders.score == 0.5  # half the threshold at most


def test_a_sentence_span_is_scored_like_a_paragraph(themes, nlp):
    doc = nlp(f"{MILITARY} {DIPLOMACY}")
    first, second = list(doc.sents)[:2]
    assert set(labels(themes.score(first))) == {"military"}
    assert set(labels(themes.score(second))) == {"diplomacy"}


def test_a_custom_themes_file_changes_the_labels(tmp_path, nlp, themes):
    path = tmp_path / "energy.toml"
    path.write_text(ENERGY_FILE, encoding="utf-8")
    energy = load_themes(path)
    text = (
        "The utility will connect two new wind farms and a field of solar panels to the grid, cutting its use of coal."
    )
    assert energy.names == ["energy"]
    assert labelled(energy, nlp, text) == {"energy"}
    assert labelled(themes, nlp, text) == set()
    (score,) = energy.score(nlp(text))
    assert {"wind farm", "solar panel", "grid", "coal"} <= set(score.terms)
    assert labelled(energy, nlp, "Astronomers mapped the outer solar system and its icy moons.") == set()


def test_a_part_of_speech_restricts_a_term(tmp_path, nlp):
    path = tmp_path / "talks.toml"
    path.write_text('[meetings]\nthreshold = 1.0\n[meetings.terms]\n"talk:NOUN" = 1.0\n', encoding="utf-8")
    meetings = load_themes(path)
    assert labelled(meetings, nlp, "The talks resumed in Geneva on Monday.") == {"meetings"}
    assert labelled(meetings, nlp, "He talked to reporters on Monday.") == set()


def test_a_negative_weight_counts_against_a_theme(tmp_path, nlp):
    path = tmp_path / "neg.toml"
    path.write_text('[ships]\nthreshold = 1.0\n[ships.terms]\n"ship" = 1.0\n"race" = -1.0\n', encoding="utf-8")
    ships = load_themes(path)
    assert labelled(ships, nlp, "The ship left the harbour at dawn.") == {"ships"}
    (score,) = ships.score(nlp("The ship won the race across the bay."))
    assert not score.label and "-race" in score.terms


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[trade\nthreshold = 1", "is not valid TOML"),
        ("", "defines no themes"),
        ("threshold = 2.0\n", "must be a table"),
        ("[trade]\nthreshold = 2.0\n", "`terms` must be a non-empty table"),
        ("[trade]\nthreshold = 2.0\nterms = {}\n", "`terms` must be a non-empty table"),
        ('[trade]\nthreshold = 2.0\nterms = { export = "high" }\n', "the weight of 'export' must be a number"),
        ("[trade]\nterms = { export = 1.0 }\n", "threshold must be a number"),
        ("[trade]\nthreshold = 0\nterms = { export = 1.0 }\n", "threshold must be above 0"),
        ("[Trade-Talk]\nthreshold = 1\nterms = { export = 1.0 }\n", "a theme name must be lower-case"),
        ("[trade]\nthreshold = 1\nterms = { export = 1.0 }\nthreshhold = 2\n", "unknown key(s) threshhold"),
        ('[trade]\nthreshold = 1\nterms = { "export:NOUNS" = 1.0 }\n', "part of speech 'NOUNS'"),
        ('[trade]\nthreshold = 1\nexclude = "trade war"\nterms = { export = 1.0 }\n', "`exclude` must be a list"),
        ('[trade]\nthreshold = 1\nterms = { " " = 1.0 }\n', "has no words"),
        ("[trade]\nthreshold = true\nterms = { export = 1.0 }\n", "threshold must be a number"),
        ('[trade]\nthreshold = 1\nparties = "GPE"\nterms = { export = 1.0 }\n', "`parties` must be a list"),
    ],
)
def test_a_malformed_themes_file_is_named_with_the_reason(tmp_path, content, message):
    path = tmp_path / "themes.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ThemesError) as err:
        load_themes(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)


def test_a_missing_themes_file_is_named(tmp_path):
    with pytest.raises(ThemesError, match="does not exist"):
        load_themes(tmp_path / "nowhere.toml")


def test_a_themes_file_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "themes.toml"
    path.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(ThemesError, match="cannot be read"):
        load_themes(path)


MIXED = (
    'The two governments agreed to double grain exports and cut tariffs on fertiliser. "Our navy will hold '
    'joint exercises with their warships next spring," the defence minister said.'
)


def test_a_quote_takes_the_themes_of_its_paragraph_that_its_words_touch(themes, nlp):
    doc = nlp(MIXED)
    scores = themes.score(doc)
    assert {"trade", "military"} <= set(labels(scores))
    start = MIXED.index('"Our navy')
    end = MIXED.index('," the defence') + 2
    assert quote_labels(themes, doc, scores, start, end) == ["military"]


def test_a_quote_without_theme_words_keeps_its_paragraphs_themes(themes, nlp):
    text = MIXED + ' "We are pleased," he added.'
    doc = nlp(text)
    scores = themes.score(doc)
    start = text.index('"We are')
    assert quote_labels(themes, doc, scores, start, len(text)) == labels(scores)
