"""Korean names, written family name first and a given name of two syllables joined by a hyphen, the second in lower
case ("Han Do-yoon", "Baek Seo-yeon"), which the recogniser may break up when a title stands before them ("Professor
Han Do-yoon": "Han" a nationality, "Do" a verb), so that no one speaks. `hyphenated_names` tags a person such a run of
three words (four tokens with the hyphen) that opens with a common Korean family name."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import words

#: Common Korean family names as English news spells them; not those that are common English words at the start of a
#: sentence ("In", "So", "Do", "Go", "Ha", "Ma", "An", "Ok").
FAMILY_NAMES = words("""
kim lee yi park choi choe jung jeong chung kang cho jo yoon yun jang chang lim han oh shin seo kwon hwang ahn song yoo
ryu hong jeon chun ko moon mun yang son bae baek heo hur nam noh roh kwak sung seong cha joo woo min jin um eom chae
won bang gong hyun ham byun yeom chu seok seol gil yeon pyo myung ban wang geum yook maeng tak
""")
#: The shape of such a name in a paragraph's text, read before any of its words are.
KOREAN_SHAPE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]{0,5}-[a-z]{1,6}\b")
#: The longest syllable of a romanised given name ("hyeong").
_LONGEST_SYLLABLE = 6


def korean_name_at(doc: Doc, dash: Token) -> Span | None:
    """ "Han Do-yoon" around its hyphen: a capitalised family name, a capitalised syllable, the hyphen and a syllable in
    lower case, written without spaces and none of them already a person's; None for anything else."""
    if dash.text != "-" or dash.i < 2 or dash.i + 1 >= len(doc):
        return None
    family, first, second = doc[dash.i - 2], doc[dash.i - 1], doc[dash.i + 1]
    if first.whitespace_ or dash.whitespace_ or family.text.lower() not in FAMILY_NAMES or not family.is_title:
        return None
    if not (first.is_title and first.is_alpha and second.is_lower and second.is_alpha):
        return None
    if max(len(first), len(second)) > _LONGEST_SYLLABLE:
        return None
    if any(t.ent_type_ == "PERSON" for t in (family, first, dash, second)):
        return None
    return Span(doc, family.i, second.i + 1, label="PERSON")
