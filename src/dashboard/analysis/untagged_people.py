"""A person's full name the recogniser left untagged, found from a surname it tagged a person elsewhere: "On Main
Street, Marguerite Thibodeau has run Thibodeau Hardware …" with only the store tagged, and then "Thibodeau says …"
tagged a person. The given name and surname, hung together as a compound, the given name in no entity and the
surname in none or tagged a person alone, are that person's full name, so the lone surname is hers
(entities.canonical_names) and not the store's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.doc_text import places_of, text_of
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, clean_name
from dashboard.analysis.quotes.given_names import gender_of_given_name
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.untagged_names import untagged_name_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dashboard.analysis.entities import Mention

#: Words before a surname that are no given name: titles, roles and the nouns of people ("Candidate Trump").
NOT_GIVEN = TITLES | ROLE_WORDS | PEOPLE_NOUNS


def with_untagged_people(docs: list[Doc], found: list[Mention]) -> list[Mention]:
    """The mentions with a person's full name, in reading order, for each untagged given name before a surname that
    the article tags a person alone, and nothing else, and that opens or ends no name tagged in full: the surname's
    own mention widened when the recogniser tagged it there ("Marguerite [Belliveau]"), a mention added when it tagged
    neither word."""
    from dashboard.analysis.entities import Mention

    people = [clean_name(m.text, "PERSON").split() for m in found if m.label == "PERSON"]
    named_in_full = {words[-1] for words in people if len(words) > 1}
    other = {clean_name(m.text, m.label) for m in found if m.label != "PERSON"}  # "Twitter", "Carrier" as well
    given = {words[0] for words in people if len(words) > 1}  # "Crooked Hillary" after Hillary Clinton: a first name
    lone = {words[0] for words in people if len(words) == 1} - named_in_full - given - other
    if not lone:
        return found
    at = {(m.paragraph, m.start_char): i for i, m in enumerate(found)}
    kept, added = list(found), []
    for p, doc in enumerate(docs):
        if not any(name in text_of(doc) for name in lone):
            continue  # most paragraphs name none of them
        for token in (doc[i] for i in places_of(doc, lone)):
            if token.i == 0 or not _given_name_before(token):
                continue
            given = doc[token.i - 1]
            full = Mention(p, f"{given.text} {token.text}", "PERSON", given.idx, token.idx + len(token))
            tagged = at.get((p, token.idx))
            if tagged is None and not token.ent_type_:
                added.append(full)
            elif tagged is not None and found[tagged].label == "PERSON" and found[tagged].text == token.text:
                kept[tagged] = full
    return sorted(kept + added, key=lambda m: (m.paragraph, m.start_char))


def _given_name_before(surname: Token) -> bool:
    """ "Marguerite Thibodeau": a surname, untagged or tagged a person alone, with an untagged capitalised word hung
    on it right before, which is no title, role, people's noun nor organisation's word, with no longer name nor title
    before them."""
    doc = surname.doc
    given = doc[surname.i - 1]
    alone = surname.ent_type_ == "PERSON" and surname.ent_iob_ == "B"
    alone = alone and (surname.i + 1 == len(doc) or doc[surname.i + 1].ent_iob_ != "I")
    if not (untagged_name_word(surname) or alone) or not untagged_name_word(given):
        return False
    if given.dep_ != "compound" or given.head != surname or not given.is_title or not surname.is_title:
        return False
    if given.lower_ in NOT_GIVEN or {given.lower_, surname.lower_} & ORGANISATION_HEADS:
        return False
    if given.is_sent_start and not gender_of_given_name(f"{given.text} {surname.text}"):
        return False  # "Outside Carrier’s plant …": a sentence's first word may be capitalised for that alone
    before = doc[given.i - 1] if given.i > 0 else None
    if before is not None and before.dep_ in ("compound", "amod", "nmod") and before.head.i in (given.i, surname.i):
        return False  # "Pro-Western lawmaker Ana Petrescu": a title read into the name (quotes.glued_titles)
    return before is None or before.pos_ != "PROPN"
