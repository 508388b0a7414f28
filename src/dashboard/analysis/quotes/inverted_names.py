"""The speaker after a cue that follows a quotation, when the parser gave the cue a subject before it too or took the
speaker for the cue's object; and the name right after such a cue ("“…,” said Harbor ranking Democrat Ann Ross
(D-Ore.).", "“The danger,” said Mara Olsen, an economist at the institute, “is …”"), when the parser hung it
elsewhere: as the object of a word it took for a verb ("ranking"), or as the subject of the quotation's second part."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.marks import CLOSING_MARKS, QUOTE_MARKS

#: How many words after the cue a name may start (titles and descriptions before it: "ranking Democrat Ann Ross").
_REACH = 6
#: How many words a closing quotation mark may stand before the cue, a name and its aside between them.
_ASIDE = 25


def after_quotation(verb: Token, subjects: list[Token]) -> list[Token]:
    """ "Tom Brandt — never one to let a slight pass — has been “furious all week,” said a source close to the
    council": of two subjects the parser gave a cue right after a closing quotation mark, the one after the cue spoke;
    the one before belongs to what was said."""
    if len(subjects) < 2 or verb.i == 0 or verb.doc[verb.i - 1].text not in CLOSING_MARKS:
        return subjects
    return [c for c in subjects if c.i > verb.i] or subjects


def object_after_quoted_clause(verb: Token) -> Token | None:
    """ "“…,” points out the retired engineer": after the quoted clause the speaker of a cue (not "tell", whose
    object is the listener) may be parsed as its object. Not the object of another verb that a joined cue hangs on
    ("summed up the plan as “a mess,” attacked the fee and said …": the fee said nothing)."""
    lemma = verb.lemma_.lower()
    if verb.i == 0 or not verb.doc[verb.i - 1].is_punct or lemma == "tell" or lemma not in CUE_VERBS:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not clauses:
        return None
    narrated = verb.doc[clauses[0].left_edge.i].text not in QUOTE_MARKS  # "Quell summed up …", not "“How big …?”"
    if narrated and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.rights):
        return None  # "… denounced her record and said …": a deed of a series, whose object is what it was done to
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def name_after_quotation_cue(verb: Token, quotations: list[tuple[int, int]]) -> Token | None:
    """The last word of the person's name that starts within a few words after a cue with no subject which follows a
    closing quotation mark, before any comma or bracket ends the speaker's phrase; None when another word of speech
    or a clause's subject comes first."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in CLOSING_MARKS or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if any(s <= verb.idx < e for s, e in quotations):
        return None
    for token in doc[verb.i + 1 : min(verb.i + 1 + _REACH, verb.sent.end)]:
        if token.is_punct or any(s <= token.idx < e for s, e in quotations):
            return None
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            return _last_of_name(token, len(doc))
        if token.pos_ in ("PRON", "DET") and token.i > verb.i + 1:
            return None  # "“…,” said the mayor, who …": a description, no name
    return None


def name_before_aside(verb: Token, quotations: list[tuple[int, int]]) -> Token | None:
    """ "“…,” Mr. Dalton, now 67 and retired to a farm near Kelby, said on Sunday": a cue with no subject after an aside
    set off by commas, which opens with a person's name right after a closing quotation mark; the parser hung the cue
    on the quoted clause and the name on the aside. The last word of that name."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in ("VBD", "VBZ") or verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # the quoted clause, or the aside taken for one, hangs on the cue: found otherwise
    closing = next((t.i for t in reversed(doc[sent.start : verb.i]) if t.text in CLOSING_MARKS), None)
    if closing is None or verb.i - closing > _ASIDE or any(s <= doc[closing + 1].idx < e for s, e in quotations):
        return None
    first = doc[closing + 1]
    if first.ent_type_ != "PERSON" and first.i + 1 < verb.i and first.text.endswith("."):  # "Mr.", "Sen."
        first = doc[first.i + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    last = _last_of_name(first, verb.i)
    return last if last.i + 2 < verb.i and doc[last.i + 1].text == "," else None


def _last_of_name(first: Token, stop: int) -> Token:
    """The last word of the name the recogniser tagged from `first` on, before token `stop`."""
    doc, last = first.doc, first
    while last.i + 1 < stop and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    return last
