"""Traditional rulers of West Africa, named with a style and, the first time, with the number of their stool or
throne ("Nana Kwame Asante Boakye II", "Oba Adeyemi Ladigbolu III"), then by the style and part of the name ("Nana
Asante Boakye said"). The recogniser tags only the last name and the number a person ("Boakye II") and the later
mention an organisation, so the rules find no one in either. This pipeline step, run after the recogniser, tags the
whole run of capitalised words before a number a person, and the name after a ruler's style a person too; the style,
a title, is no part of either name (GUIDELINES: speakers without titles), and a title of office before the name
("King", "Pope") stays out as well. The number stays in the ruler's name (`with_regnal_number`): it is the name the
ruler reigns by, no son's "III"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of, text_of
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, words
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "regnal_names"
#: Regnal numbers of two letters or more ("II" to "XX"; a lone "I" or "V" may be a pronoun or an initial).
_NUMERALS = frozenset(
    ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX"]
)
#: Styles of traditional rulers of West Africa written before their names ("Nana", "Oba", "Togbe", "Igwe").
RULER_STYLES = frozenset({"Nana", "Oba", "Togbe", "Togbui", "Naa", "Igwe", "Ooni", "Alaafin"})
#: Last words of places named after a ruler ("Nana Boakye Hospital", "Oba Adele Market"), which no style makes a person.
_PLACE_HEADS = words("""
hospital school college university street road avenue park palace stadium square market hall airport bridge
""")
_NOT_NAME_WORDS = ORGANISATION_HEADS | _PLACE_HEADS
#: Most words of a name before its number ("Kwaku Ofori Atta").
_MOST_WORDS = 4


@Language.component(STEP)
def regnal_names(doc: Doc) -> Doc:
    """The document with each name that ends in a regnal number, and each name after a ruler's style, tagged a
    person without the style."""
    found = [span for i in places_of(doc, _NUMERALS) if (span := _numbered_name(doc, i)) is not None]
    taken = {i for span in found for i in range(span.start - 1, span.end)}
    found += [span for i in places_of(doc, RULER_STYLES) if i not in taken and (span := _styled_name(doc, i))]
    return with_entities(doc, sorted(found))  # most documents name no ruler: their entities stay as they are


def _numbered_name(doc: Doc, number: int) -> Span | None:
    """The span of the capitalised words before a regnal number, after any ruler's style, and the number, when the
    recogniser tagged the number a person but not from the first of those words; None otherwise."""
    if doc[number].ent_type_ != "PERSON":
        return None
    start = number
    while start > 0 and number - start < _MOST_WORDS and _name_word(doc, start - 1):
        start -= 1
    if number - start < 2 or doc[start].ent_iob_ == "B" and doc[start].ent_type_ == "PERSON":
        return None  # a single name before the number ("Charles III"), or tagged whole already
    return Span(doc, start, number + 1, label="PERSON")


def _styled_name(doc: Doc, style: int) -> Span | None:
    """The span of the one to four capitalised words of a name right after a ruler's style (and a regnal number
    after them), when they name no organisation ("Nana Boakye Hospital") and the recogniser did not tag just them a
    person; None otherwise."""
    end = style + 1
    while end < len(doc) and end - style <= _MOST_WORDS and _name_word(doc, end):
        end += 1
    if end < len(doc) and doc[end].text in _NUMERALS:
        end += 1
    if end == style + 1 or any(t.lower_ in _NOT_NAME_WORDS for t in doc[style + 1 : end]):
        return None
    span = Span(doc, style + 1, end, label="PERSON")
    return None if span in current_entities(doc) else span


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised proper noun that may be a word of a name: no title ("King", "Pope"), no ruler's style."""
    token = doc[i]
    return (
        token.is_title
        and token.pos_ == "PROPN"
        and token.lower_.rstrip(".") not in TITLES
        and token.text not in RULER_STYLES
    )


def with_regnal_number(name: str, docs: list[Doc]) -> bool:
    """Whether a person's name keeps the number that ends it: a ruler's, whom some paragraph names after a style."""
    words = name.split()
    if len(words) <= 2 or words[-1] not in _NUMERALS:
        return False  # most names end in no number: no paragraph's text is needed
    return any(f"{s} {name}" in text_of(d) for d in docs for s in RULER_STYLES)
