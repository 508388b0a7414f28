"""Bodies named in French inside English text: "the Société de transport de Montréal", "the Office québécois de la
langue française", "the Coordination paysanne de l’Ouest", "the Institut d’économie rurale". French writes the words
after the first in lower case, so the recogniser, reading English, tags a piece of such a name (a person "de
Montréal", an organisation "Office") or nothing, and the speaker who said something "in a statement" is then lost or
named by a piece. This pipeline step, run after the recogniser, tags an organisation each run of words that opens with
a capitalised head word of French bodies ("Société", "Office", "Régie", "Institut", …) followed by French: its linking
words ("de", "du", "des", "la", "et", an elided "l’" or "d’"), a place after one of them ("de Montréal") and no more
than two lower-case words after the head or a linking word ("langue française"). The name ends before any other word
("… de Montréal will", "… de l’Ouest union"), and it must hold a linking word or an accented letter, so that an
English "the Office said" stays as it was."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of, text_of
from dashboard.analysis.names import words
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "french_bodies"
#: Capitalised words that open the names of French-language bodies, agencies, unions, parties and assemblies.
_HEADS = words(
    """Société Office Régie Assemblée Commission Conseil Fédération Confédération Syndicat Centrale Caisse Coordination
    Mouvement Regroupement Institut Agence Ministère Union Association Centre Bureau Direction Hôpital Université
    École Collège Parti Front Banque Chambre Cour Tribunal Observatoire Alliance Ordre Fondation Comité Conférence
    Autorité Secrétariat"""
)
#: A head word followed by a lower-case word or an elided article: the one cheap look at a paragraph's text.
_GATE = re.compile(r"\b(?:" + "|".join(sorted(_HEADS)) + r")\s+(?:[dlDL][’']|[a-zà-ÿ])")
#: French words that link the parts of a body's name.
_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "et", "aux", "à", "pour", "en", "sur"})
#: A word that opens with an elided "de" or "la" ("d’économie", "l’Ouest").
_ELIDED = re.compile(r"^[dl][’'][^\W\d_]")
#: Most lower-case words after the head or a linking word ("langue française").
_MOST_LOWER = 2
#: Parts of speech a lower-case word of a name never has when it is English that runs on after the name.
_NOT_NAME = frozenset({"VERB", "AUX", "PRON", "ADV", "SCONJ", "CCONJ", "DET", "ADP", "NUM", "PART"})


@Language.component(STEP)
def french_bodies(doc: Doc) -> Doc:
    """The document with each body named in French tagged an organisation in place of the pieces it overlapped."""
    heads = places_of(doc, _HEADS)  # from the Doc's distinct words: most paragraphs hold no head word
    if not heads or not _GATE.search(text_of(doc)):
        return doc  # no French head word before a lower-case word: almost every paragraph
    found: list[Span] = []
    orgs = [(ent.start, ent.end) for ent in current_entities(doc) if ent.label_ == "ORG"]
    for token in (doc[i] for i in heads):
        if not found or token.i >= found[-1].end:
            end = _name_end(doc, token.i)
            if end and not any(start <= token.i and end <= stop for start, stop in orgs):
                found.append(Span(doc, token.i, end, label="ORG"))  # an organisation tagged whole stays whole
    return with_entities(doc, found)


def _name_end(doc: Doc, head: int) -> int:
    """The end of the French name that opens at `head`, or 0 when no French follows the head word."""
    end, lower, linked, french = head + 1, 0, True, False
    i = head + 1
    while i < len(doc):
        word = doc[i]
        if word.text in _LINKS and not word.is_sent_start:
            linked, lower, french = True, 0, True
        elif _ELIDED.match(word.text):  # "d’économie" may take one more word; "l’Ouest", a place, none
            linked, lower, french, end = False, _MOST_LOWER if word.text[2].isupper() else 1, True, i + 1
        elif linked and word.is_title and word.is_alpha and word.pos_ == "PROPN":  # "de Montréal", a place
            linked, lower, end = False, _MOST_LOWER, i + 1
        elif _lower_word(word, right_after_link=linked) and lower < _MOST_LOWER:
            linked, lower, end = False, lower + 1, i + 1
            french = french or _accented(word.text)
        else:
            break
        i += 1
    return end if end > head + 1 and (french or _accented(doc[head].text)) else 0


def _lower_word(word: Token, *, right_after_link: bool) -> bool:
    """A lower-case word of letters that reads as part of a name, not as English running on after it; right after a
    linking word the tagger's guess at a French word is no guide ("des syndicats", read as a verb)."""
    plain = word.is_lower and word.is_alpha and not word.is_stop
    return plain and (right_after_link or word.pos_ not in _NOT_NAME)


def _accented(text: str) -> bool:
    return any(c in "àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ" for c in text)
