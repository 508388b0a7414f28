"""The text of a Doc read once and kept with it (doc_text.text_of) is the text spaCy joins from the tokens."""

import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER, POS
from spacy.tokens import Span

from dashboard.analysis.doc_text import (
    Words,
    column,
    entities_of,
    places_of,
    places_of_keys,
    text_of,
    with_text,
    word_keys,
    words_of,
)
from dashboard.analysis.quotes.marks import dateline_end
from dashboard.analysis.retagged import with_entities

TEXT = "Mira Castell, who runs a ferry on Lake Orrin, said:  \u201cWe sail at dawn.\u201d\n\nThen she left. "


def test_the_text_of_a_doc_is_its_own_and_is_read_once():
    doc = spacy.blank("en")(TEXT)
    assert text_of(doc) == doc.text == TEXT
    doc.user_data["dashboard.text"] = "kept"  # the second read takes the kept text, not the tokens
    assert text_of(doc) == "kept"


def test_the_text_of_a_span_is_cut_from_the_doc_text():
    doc = spacy.blank("en")(TEXT)
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a, len(doc) + 1)]
    assert all(text_of(span) == span.text for span in spans)


def test_each_doc_keeps_its_own_text():
    nlp = spacy.blank("en")
    first, second = nlp("Rana Vell spoke first."), nlp("Odo Brant spoke next.")
    assert (text_of(first), text_of(second)) == (first.text, second.text)
    assert text_of(second[0:2]) == "Odo Brant"


def test_the_words_of_a_doc_are_its_lower_case_forms_and_lemmas():
    doc = spacy.blank("en")("The Harbour Ministers SAID so.")
    doc[2].lemma_, doc[3].lemma_ = "Minister", "say"
    words = words_of(doc)
    assert {"the", "harbour", "ministers", "said", "so", ".", "minister", "say"} <= words
    assert all(t.lower_ in words for t in doc)


def test_a_span_answers_with_the_words_of_its_whole_doc():
    doc = spacy.blank("en")("Tova Renn sold grain. Nobody bought it.")
    assert words_of(doc[0:2]) == words_of(doc)
    assert "bought" in words_of(doc[0:2]) and "wheat" not in words_of(doc)


def test_the_places_of_words_are_those_a_walk_over_the_tokens_finds():
    doc = spacy.blank("en")("Ilse Marr met Ilse Dovan, and Marr said Ilse would sail. marr")
    for words in (["Ilse"], ["Marr", "Ilse"], ["marr"], ["Tern"], [], {"said", "Marr"}):
        assert places_of(doc, words) == [t.i for t in doc if t.text in set(words)]


def test_the_places_of_words_are_read_from_the_doc_once():
    doc = spacy.blank("en")("Pell Road closed. Pell Road opened.")
    assert places_of(doc, ["Pell"]) == [0, 4]
    doc.user_data["dashboard.keys"][4] = doc.vocab.strings["Road"]  # the second read takes the kept keys
    assert places_of(doc, ["Pell"]) == [0]


def test_the_places_of_lower_case_forms_in_a_span_count_from_the_span():
    doc = spacy.blank("en")("Then the Former envoy left, as THEN planned.")
    assert places_of(doc, ["then", "former"], lower=True) == [0, 2, 7]
    assert places_of(doc[2:8], ["then", "former"], lower=True) == [0, 5]
    assert places_of(doc[2:8], ["then"]) == []


def test_words_no_token_holds_have_no_places_in_the_doc_or_its_spans():
    doc = spacy.blank("en")("Orla Venn sailed at dawn; Venn came back at dusk.")
    for part in (doc, doc[0:4], doc[5:11]):
        for words in (("Tern", "Brack"), ("Venn",), ("venn", "dusk"), ("dawn", "Orla")):
            walked = [t.i - (part.start if part is not doc else 0) for t in part if t.text in words]
            assert places_of(part, words) == walked
            assert places_of(part, words, lower=True) == [
                t.i - (part.start if part is not doc else 0) for t in part if t.lower_ in words
            ]


def test_the_places_of_word_keys_are_those_of_the_words():
    doc = spacy.blank("en")("Then the Former envoy left, as THEN planned.")
    keys = word_keys(["then", "former"])
    assert places_of_keys(doc, keys, lower=True) == places_of(doc, ["then", "former"], lower=True)
    assert places_of_keys(doc[2:8], keys) == places_of(doc[2:8], ["then", "former"]) == []


def test_the_words_of_a_doc_or_span_are_its_tokens_but_punctuation_and_spaces():
    doc = spacy.blank("en")("\u201cWe sail,\u201d  said Orla Venn -- at dawn.")
    for part in (doc, doc[2:9], doc[0:0]):
        walked = [t for t in part if not (t.is_punct or t.is_space)]
        words = Words(part)
        assert len(words) == len(walked) and list(words) == walked
        assert words[1:3] == walked[1:3] and words[-1:] == walked[-1:]
    assert Words(doc[2:11]).places == [0, 4, 5, 6, 8]  # "sail", "said", "Orla", "Venn", "at", within the span


def test_the_entities_of_a_doc_are_kept_until_a_step_retags_them():
    doc = spacy.blank("en")("Pell Varo met Idris Kemble in Oskar on Monday.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [e.text for e in entities_of(doc)] == ["Pell Varo"] and entities_of(doc) is entities_of(doc)
    assert entities_of(doc[2:6]) == doc[2:6].ents  # a span's are spaCy's own
    with_entities(doc, [Span(doc, 3, 5, label="PERSON")])  # as `nicknames` does during the analysis
    assert [e.text for e in entities_of(doc)] == ["Pell Varo", "Idris Kemble"]
    assert text_of(doc) == doc.text  # what the words alone fix stays kept


def test_the_dateline_end_is_read_again_once_the_entities_change():
    doc = spacy.blank("en")("OSTRAVA, May 3 (Wire) - Pell Varo said so.")
    first = dateline_end(doc)
    doc.user_data["dashboard.dateline_end"] = 99  # kept: the second read takes it
    assert dateline_end(doc) == 99
    with_entities(doc, [Span(doc, 8, 10, label="PERSON")])
    assert dateline_end(doc) == first


def test_a_text_kept_by_the_tokenizer_is_the_text_of_its_doc():
    doc = with_text(spacy.blank("en")(TEXT), TEXT)
    assert text_of(doc) == doc.text == TEXT
    assert text_of(doc[2:6]) == doc[2:6].text


def test_the_columns_of_a_doc_or_span_are_what_to_array_gives():
    doc = spacy.blank("en")("\u201cWe sail,\u201d  said Orla Venn -- at dawn.")
    doc[4].lemma_, doc[4].pos_ = "say", "VERB"
    for part in (doc, doc[2:9], doc[0:0]):
        for attr in (LEMMA, LOWER, POS, IS_PUNCT, IS_SPACE):
            assert column(part, attr) == part.to_array([attr]).reshape(-1).tolist()


def test_a_doc_whose_words_were_looked_for_can_still_be_written_to_bytes():
    doc = spacy.blank("en")(TEXT)
    assert places_of(doc, ("ferry",), lower=True) == [6]
    assert places_of(doc, ("canoe",)) == []  # answered from the kept keys
    again = spacy.blank("en")("").from_bytes(doc.to_bytes())  # as pickling a Doc, or saving it in a DocBin, does
    assert again.text == TEXT
