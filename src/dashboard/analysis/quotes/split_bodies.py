"""One organisation's name that the recogniser cut in two at its "and": "The Canadian Radio-television and
Telecommunications Commission" comes tagged "The Canadian Radio-television" and "Telecommunications Commission", though
the parser reads one noun phrase, the first part modifying the second's head; "Harbor Re and Vale Re said" are two.
Or it tags the first part alone ("The Energy" of "The Energy and Chemical Workers Alliance"), the rest untagged, or
the rest a person's name when it ends in the people a union gathers ("Mill Workers" of "The United Mine and Mill
Workers", which the parser reads as a second subject)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.doc_text import entities_of
from dashboard.analysis.names import clean_name

#: How a word of a name hangs on the next word of the same name.
_MODIFYING = ("nmod", "compound")
#: Plural nouns of the people a union or a trade association gathers, which end its name ("Mine and Mill Workers").
_MEMBERS = frozenset({"workers", "employees", "miners", "teachers", "nurses", "engineers", "drivers", "growers"})


def first_part_before_and(ent: Span) -> str:
    """The first part of a name cut at "and" right before this organisation, when every word of it that hangs outside
    it hangs on this one; "" otherwise, and for a first part of one word, which the speakers' reading of partners
    joined by "and" already puts before the second ("The Energy and Mines Ministry said")."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "and":
        return ""
    first = next((e for e in entities_of(doc) if e.end == ent.start - 1 and e.label_ == "ORG"), None)
    if first is None or len(clean_name(first.text, "ORG").split()) < 2:
        return ""
    outside = [t.head for t in first if not first.start <= t.head.i < first.end]
    return clean_name(first.text, "ORG") if outside and all(ent.start <= h.i < ent.end for h in outside) else ""


def rest_after_and(ent: Span) -> str:
    """The untagged rest of a name cut at "and" right after this organisation ("Chemical Workers Alliance" of "The
    Energy and Chemical Workers Alliance"): the run of capitalised words after "and" that ends in the word the
    organisation's own head hangs on, none of them tagged; "" otherwise ("Shell and BP executives": BP is tagged)."""
    doc, head = ent.doc, ent.root.head
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ""
    if ent.root.dep_ not in _MODIFYING or head.i <= ent.end:
        return ""
    while head.dep_ in _MODIFYING and head.head.i == head.i + 1 and head.head.pos_ == "PROPN":
        head = head.head  # "Chemical Workers" + "Guild"
    rest = doc[ent.end + 1 : head.i + 1]
    return rest.text if all(t.pos_ == "PROPN" and not t.ent_type_ for t in rest) else ""


def members_after_and(ent: Span) -> str:
    """The rest of a union's name cut at "and" right after this organisation ("Mill Workers" of "The United Mine and
    Mill Workers"): a run of capitalised words after "and" that ends in a plural noun of the people the union gathers,
    joined to the organisation's head as a second subject and tagged a person or left untagged; "" otherwise ("Harbor
    Re and Vale Re", "the union and Mill Workers Local 7": a name tagged an organisation is one of its own)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return ""
    end = ent.end + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    rest = doc[ent.end + 1 : end]
    if not len(rest) or rest[-1].lower_ not in _MEMBERS or rest[-1] not in ent.root.conjuncts:
        return ""
    return rest.text if all(t.ent_type_ in ("", "PERSON") for t in rest) else ""
