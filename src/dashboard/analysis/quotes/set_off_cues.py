"""A cue set off by a comma after the clause it reports ("The talks stalled, mediators said, after a night of
meetings that both sides described as tense."): what was said is the clause the cue hangs on, so a "that" further on
belongs to a noun after the cue ("meetings that …"), and opens no clause of the cue's own. An inverted cue set off
inside the clause ("And Harmon, said Delia Voss, who still works for him, never forgets a slight.") is read with the
speaker after it: the parser makes the words before the cue its subject and the speaker the subject of the rest."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.marks import CLOSING_MARKS, QUOTE_MARKS
from dashboard.analysis.quotes.misread_set_off_descriptions import misread_set_off_description


def reports_clause_before(verb: Token) -> bool:
    """ "The talks stalled, mediators said, …": a cue inserted after the clause it hangs on, set off by a comma."""
    doc = verb.doc
    return verb.dep_ == "parataxis" and verb.head.i < verb.i and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","


#: Where the parser hangs a verbless tail after a cue on the clause before it ("more often than …": an adverb).
_TAILS = frozenset({"npadvmod", "appos", "dep", "advmod"})


def clause_before_tail(verb: Token, clause: Token) -> Token:
    """ "His brother has found two people, he said, one of them with a broken hip.": the parser hung a cue set off by
    commas on a verbless tail after it ("one of them …", "more often than …"), itself hung on the clause before the
    cue; what was said is that whole clause, with the tail, not the tail alone. Else `clause`, the word the cue hangs
    on."""
    head = clause.head
    verbless = clause.pos_ not in ("VERB", "AUX") and clause.dep_ in _TAILS
    return head if verbless and head.i < verb.i < clause.i and head.pos_ in ("VERB", "AUX") else clause


def reports_quotation_before(verb: Token, subject: Token, quotations: list[tuple[int, int]]) -> bool:
    """ "“… fall over,” he says, grinning.": a cue right after a quotation, its subject first, that the parser hung on
    a word inside the quotation or on the participle after the cue, where the clause it hangs on holds nothing outside
    the quotation but that participle: the cue reports the quotation, and the quoted clause is no statement of its
    own; so too with a participle after a preposition ("“…,” he said, without naming his rival"). Not "“…,” he
    said, and then added …", whose clause goes on with words of its own."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or not subject.i < verb.i or subject.left_edge.i == 0:
        return False
    if doc[subject.left_edge.i - 1].text not in CLOSING_MARKS:
        return False
    inner = {t.i for t in verb.subtree}
    outside = [
        t
        for t in verb.head.subtree
        if t.i not in inner and not t.is_punct and not any(start <= t.idx < end for start, end in quotations)
    ]
    return bool(outside) and all(_of_a_participle(t) for t in outside)


def _of_a_participle(word: Token) -> bool:
    """A word of a participle after a cue ("grinning", "smiling broadly", "without mentioning his rival by name")."""
    if word.tag_ == "VBG" or word.dep_ == "advmod" and word.head.tag_ == "VBG":
        return True
    return any(a.dep_ == "pcomp" and a.tag_ == "VBG" and a.head.dep_ == "prep" for a in (word, *word.ancestors)) or any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in word.children if word.dep_ == "prep"
    )


#: Cues that stand inverted inside the clause they report ("…, said X, …", "…, says X, …").
_INVERTED_CUES = frozenset({"say", "add", "argue", "note", "write", "explain", "insist", "warn", "suggest"})


def inverted_set_off_cue(verb: Token) -> tuple[Token, list[Token], str] | None:
    """ "Kerr's plans, said Ivo Brandt, an expert on ports, would fail": the speaker ("Brandt"), what was said ("Kerr's
    plans would fail") and the cue's lemma, when the clause goes on after the speaker and the commas around him.
    Not "The mayor, a farmer, said the plan would fail", whose comma before the cue closes an apposition. A
    description the parser did not make the subject ("…, notes the analyst, …") is read in its own module."""
    doc = verb.doc
    if (described := misread_set_off_description(verb)) is not None:
        return described
    if verb.lemma_.lower() not in _INVERTED_CUES or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    opening = [c for c in verb.lefts if c.dep_ == "nsubj" and c.right_edge.i in (verb.i - 2, verb.i - 1)]
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None and verb.dep_ == "parataxis" and verb.head.i > verb.i:
        clause = verb.head  # "Harmon, said Delia Voss, was never told …": the cue hung on the clause it stands in
    if not opening or clause is None or _apposition_before(opening[0]):
        return None
    after = [*clause.lefts, *verb.rights]  # the parser hangs the speaker on the clause or on the cue
    speaker = next((c for c in after if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == verb.i + 1), None)
    if speaker is None or speaker.pos_ != "PROPN" or speaker.ent_type_ not in ("PERSON", "ORG"):
        return None
    end = speaker.right_edge.i if doc[speaker.right_edge.i].text == "," else speaker.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    said = {t.i for t in speaker.subtree}
    rest = [t for t in clause.subtree if t.i not in said and t.i > end]
    if not rest or rest[0].i != end + 1:
        return None
    return speaker, [*opening[0].subtree, *rest], verb.lemma_.lower()


def _apposition_before(subject: Token) -> bool:
    """ "The mayor, a farmer, said …": the words before the cue's comma are an apposition of its subject."""
    return any(c.dep_ == "appos" for c in subject.children)


#: Tags of a cue in the present ("says", "say").
_PRESENT = ("VBZ", "VBP")


def tail_of_the_clause(verb: Token) -> set[int]:
    """ "She had signed for a room in August, she says, and arrived to find it let twice.": a present cue set off
    inside a clause in the past, the parser hanging the past verb after it ("and arrived …", with no subject of its
    own) on the cue; that verb goes on the clause the speaker tells, not on the cue. The indexes of its words, or
    none. Not "…, she said, and walked out", whose verb shares the cue's tense and tells what she did next."""
    if verb.dep_ != "parataxis" or verb.tag_ not in _PRESENT or verb.head.i > verb.i:
        return set()
    tails = [
        c
        for c in verb.rights
        if c.dep_ == "conj"
        and c.tag_ == "VBD"
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        and verb.doc[c.i - 1].dep_ == "cc"
    ]
    return {t.i for c in tails for t in c.subtree} | {c.i - 1 for c in tails}


#: Dependencies of a phrase that opens a clause: a condition or concession ("If she wins", "While fares rise"), a
#: setting ("In the spring", "Even so").
_OPENINGS = ("advcl", "prep", "advmod", "npadvmod")


def opening_of_the_clause(verb: Token) -> set[int]:
    """ "If she wins, Ada Pell said, the ferries will run all winter.": a condition or setting that opens the clause,
    set off by a comma before a cue inserted in that clause, which the parser hung on the cue. It stands before the
    speaker, inside the clause the speaker tells, so it belongs to what was said. The indexes of its words and of its
    comma, or none when the clause does not go on after the cue, or goes on in a quotation, which the rules of
    quotations read ("Judging a race by national polls, Ann said, “is like …”")."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.head.i < verb.i:
        return set()
    after = next((t for t in doc[verb.i + 1 : verb.head.i + 1] if t.text != ","), None)
    if after is None or after.text in QUOTE_MARKS:
        return set()
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return set()
    openings = [
        c
        for c in verb.lefts
        if c.dep_ in _OPENINGS and c.right_edge.i < subject.left_edge.i and doc[c.right_edge.i + 1].text == ","
    ]
    return {t.i for c in openings for t in c.subtree} | {c.right_edge.i + 1 for c in openings}


def said_around(verb: Token, clause: Token) -> list[Token]:
    """What a cue set off by commas inside `clause`, the word it hangs on, reports: that clause's words but the cue's
    own, with a verbless tail the parser hung the cue on, a past verb it hung on the cue and an opening it hung on the
    cue (above)."""
    inner = {t.i for t in verb.subtree} - tail_of_the_clause(verb) - opening_of_the_clause(verb)
    return [t for t in clause_before_tail(verb, clause).subtree if t.i not in inner]
