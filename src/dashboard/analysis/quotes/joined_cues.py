"""A cue the parser joined to a verb inside what another cue said ("Ann said the town would leave the league and
suggested …", "said there were too few buses and said …"), or hung on the first cue as what it said ("said … but
warned that …"), when that verb's subject cannot share it: the second cue continues the first, whose subject speaks,
and says something of its own (a new quote, by GUIDELINES.md)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, CUE_VERBS, DOCUMENT_NOUNS, PEOPLE_NOUNS

#: Tags of a verb in a tense of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Words that join a second cue to the first ("said … and said …", "… but said …").
_JOINING = frozenset({"and", "but"})
#: Subjects that are no person but may speak: bodies and writings ("the report was late and warned that …").
_SPEAKING_THINGS = BODY_NOUNS | DOCUMENT_NOUNS
#: Tags of a joined cue and of the first cue that share one tense ("believe … and admit", "said … and added").
_SAME_TENSE = frozenset({("VB", "VBP"), ("VBN", "VBD")})


def outer_cue_of_joined(verb: Token) -> Token | None:
    """The cue whose speaker a joined cue continues, or None when the verb it hangs on may well be its own."""
    if verb.dep_ == "ccomp":
        return _misread_as_said(verb)
    return (
        _joined_past_a_modal(verb)
        or _joined_past_a_non_speaker(verb)
        or _base_form_past_a_singular(verb)
        or _clause_cue_past_a_thing(verb)
    )


def _misread_as_said(verb: Token) -> Token | None:
    """ "Ann said the results were better than expected but warned that costs would rise": a finite cue right after
    "and" or "but", with no subject of its own, that the parser hung on the first cue as part of what it said; nothing
    in what was said can be its subject, so it is a second cue of the first cue's speaker (a quote of its own)."""
    said = verb.head
    if verb.tag_ not in _FINITE or _own_subject(verb) or not _after_joining_word(verb) or said.i > verb.i:
        return None
    return said if said.lemma_.lower() in CUE_VERBS and any(c.dep_ == "nsubj" for c in said.children) else None


def _joined_past_a_modal(verb: Token) -> Token | None:
    """ "Ann said the town would leave the league by March and suggested that …": a cue in the past or present the
    parser joined to a verb under "would" inside what another cue said cannot share that "would"; it continues the cue
    that said it, whose subject speaks."""
    head = verb.head
    if verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or head.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    said = head.head
    return said if said.lemma_.lower() in CUE_VERBS and any(c.dep_ == "nsubj" for c in said.children) else None


def _joined_past_a_non_speaker(verb: Token) -> Token | None:
    """ "Ann said the contract was signed by the county and said, “…”", "said there are six of them - but said …": a
    finite cue after "and" or "but", with no subject of its own, joined to a verb of what another cue said whose
    subject is "there" or a thing that was acted on; neither says anything, so the first cue's speaker does."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or _own_subject(verb) or not _after_joining_word(verb):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or not all(c.dep_ == "expl" or c.dep_ == "nsubjpass" and _thing(c) for c in subjects):
        return None
    return _cue_saying(head)


def _base_form_past_a_singular(verb: Token) -> Token | None:
    """ "Economists say the levy has hurt growers and warn that …": a cue in the base form, with no "to", modal or
    subject of its own, joined to a verb of what a cue in the present said whose subject is singular ("has", "is",
    "-s"); the two cannot agree, so the cue continues the first, whose plural subject speaks."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or _own_subject(verb) or not _after_joining_word(verb):
        return None
    if any(c.dep_ == "aux" for c in verb.children) or any(c.tag_ in ("MD", "TO") for c in head.children):
        return None
    singular = head.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in head.children)
    said = _cue_saying(head) if singular else None
    return said if said is not None and said.tag_ == "VBP" else None


def _clause_cue_past_a_thing(verb: Token) -> Token | None:
    """ "Staff believe the ward can reopen and admit that hiring is slow": a cue with a "that" clause of its own and no
    subject, in the tense of the first cue, joined to what the first cue said (its verb or the adjective after "was")
    whose subject is a thing, no person, body, writing or name; a ward admits nothing, the staff do."""
    if verb.dep_ != "conj" or _own_subject(verb) or not _after_joining_word(verb) or not _that_clause_of(verb):
        return None
    clause = verb.head.head if verb.head.dep_ in ("acomp", "attr") else verb.head  # "was sized … and admit"
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(
        _thing(c) and not c.ent_type_ and c.lemma_.lower() not in _SPEAKING_THINGS for c in subjects
    ):
        return None
    said = _cue_saying(clause)
    if said is None or verb.lemma_.lower() not in CUE_VERBS:
        return None
    return said if verb.tag_ == said.tag_ or (verb.tag_, said.tag_) in _SAME_TENSE else None


def _that_clause_of(verb: Token) -> bool:
    """Whether the verb heads a clause of its own that opens with "that"."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children
    )


def _cue_saying(clause: Token) -> Token | None:
    """The cue with a subject of its own whose content the clause verb heads, if it is one."""
    said = clause.head
    if clause.dep_ != "ccomp" or said.lemma_.lower() not in CUE_VERBS:
        return None
    return said if any(c.dep_ == "nsubj" for c in said.children) else None


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _after_joining_word(verb: Token) -> bool:
    """Whether "and" or "but" stands right before the verb, or before an adverb before it ("and then said")."""
    before = [t for t in verb.doc[max(verb.i - 3, 0) : verb.i] if t.dep_ != "advmod"]
    return bool(before) and before[-1].lower_ in _JOINING


def _thing(subject: Token) -> bool:
    """A subject that names no one who may speak: not a pronoun ("it" may be a body), a person's name or a noun for
    people."""
    return subject.pos_ != "PRON" and subject.ent_type_ != "PERSON" and subject.lemma_.lower() not in PEOPLE_NOUNS
