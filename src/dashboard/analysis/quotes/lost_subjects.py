"""The speaker of a cue that the parser left without a subject.

"Ivo Marsh, a rabbi helping to plan the march, said …", "Ann Ross, meanwhile, who chairs the board, said …":
a long apposition or relative clause between the speaker and a finite cue can lead the parser to hang that aside on
the cue as a clause of its own and to leave the cue without a subject. The speaker is then the name, or the noun
phrase, that opens the clause, right before that aside. "Ann was forced to retreat and said …": a cue joined to a
passive verb shares its subject. "Ann summed up the plan as a mess, denounced the fee and said …": the parser took
the first of the verbs for a clause of the second, whose subject is the one the first verb has. "Jolly said …": a
name the parser took for a modifier of the cue. "“…,” said Tom Brandt, who …": a name after the cue made the
subject of a later clause. "Ann was quick to point out …": the subject of the adjective the cue completes. "Cora,
who is relishing her seat and is arguing …": a subject hung on the auxiliary of the cue's verb. "Under Secretary Ann
Roe, who oversees …, said …": the name hung on "Under" read as a preposition.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.closing_appositions import speaker_hung_before_closing_cue
from dashboard.analysis.quotes.named_after_opening import name_after_opening_phrase
from dashboard.analysis.quotes.under_opened_titles import UNDER_TITLES
from dashboard.analysis.quotes.whose_owners import named_beside_whose_role

#: Dependents of the cue that an aside may be taken for ("a rabbi helping …" as a clause, "who sits …").
_ASIDE = frozenset({"ccomp", "csubj", "advcl", "npadvmod", "dep", "nummod"})
#: Marks that close an aside right before the cue.
_CLOSING = frozenset({",", "-", "\u2014", "\u2013", ")"})
#: Marks that may follow the speaker's name and open the aside, or a noun's "of …" ("Large majorities of voters").
_AFTER_SPEAKER = frozenset({",", "-", "\u2014", "\u2013", "("})
#: Adjectives that, before the infinitive of a cue, say that it was said ("was quick to point out", "careful to note").
_KEEN = frozenset({"quick", "eager", "keen", "careful", "happy", "glad", "proud", "willing", "fast", "swift"})
#: Tags of a finite verb.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Tags of a word that opens a noun phrase naming who spoke after an inverted cue ("said a former aide").
_NAMING = frozenset({"DT", "NNP", "NNPS", "JJ", "CD"})
#: Entity labels of a named speaker.
_NAMED = frozenset({"PERSON", "ORG"})


def subject_lost_in_aside(verb: Token, quotations: list[tuple[int, int]]) -> Token | None:
    """The speaker that opens the clause of a subjectless finite cue at the root of its sentence, set off from the cue
    by an aside the parser hung on the cue; None when the cue has a subject or no such aside."""
    if verb.dep_ != "ROOT" or not _finite(verb):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if not any(c.dep_ in _ASIDE and c.i < verb.i for c in verb.children):
        return None
    doc, sentence = verb.doc, verb.sent
    end = verb.i - 1
    while end > sentence.start and doc[end].pos_ == "ADV":  # "…, also said", "…, meanwhile said"
        end -= 1
    if doc[end].text not in _CLOSING:
        return None
    for chunk in doc[sentence.start : end].noun_chunks:
        if any(s <= chunk.start_char < e for s, e in quotations):
            return None  # "“…,” added another Republican": what stands before the cue is quoted
        if not _opens_clause(chunk):
            continue
        after = doc[chunk.end] if chunk.end < end else None
        if after is None or not (
            after.text in _AFTER_SPEAKER or after.lower_ == "of" and chunk.start == sentence.start
        ):
            return None
        named = [t for t in chunk if t.ent_type_ in _NAMED]
        if named:
            return named[-1]
        return chunk.root if chunk.root.pos_ == "NOUN" and chunk.start == sentence.start else None
    return None


def _finite(verb: Token) -> bool:
    """A verb in the present or past, or a perfect ("have said")."""
    if verb.tag_ in _FINITE:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _opens_clause(chunk: Span) -> bool:
    """Whether a noun phrase opens the sentence's clause: at its start, or after an opening phrase of place, time or
    circumstance set off by a comma ("At Boca West, where …, Ann Ross, …")."""
    doc, start = chunk.doc, chunk.sent.start
    if chunk.start == start:
        return True
    opener = doc[start]
    return doc[chunk.start - 1].text == "," and opener.pos_ in ("ADP", "SCONJ", "ADV")


def subject_of_passive_before(verb: Token, cue: Token, quotations: list[tuple[int, int]]) -> Token | None:
    """ "Ann Ross was forced into a retreat and said …", "Officials were stung by the ruling and warned …": the
    subject of the passive verb at the root of the sentence that an active finite cue is joined to (`verb` is the
    cue's head, reached from it); not a passive inside what was said ("said the pier was sold and …")."""
    if cue.i == verb.i or cue.dep_ != "conj" or cue.head.i != verb.i or cue.tag_ not in _FINITE or verb.dep_ != "ROOT":
        return None
    if any(c.dep_ in ("agent", "auxpass", "nsubj") for c in cue.children):
        return None  # "… and praised by Bob": passive too
    return next(
        (c for c in verb.children if c.dep_ == "nsubjpass" and not any(s <= c.idx < e for s, e in quotations)), None
    )


def subject_of_first_verb(verb: Token) -> Token | None:
    """ "Ann Ross summed up the plan as “a mess,” denounced the fee and said …", "He pledged to …, cast doubt on …,
    suggested that …": a subjectless finite cue at the root with a clause after it, whose first dependent is a finite
    verb with no conjunction of its own ("when", "if") that opens the sentence with its subject: the parser took the
    first verb of a series for a clause of the last, and its subject says what the cue says."""
    if (
        verb.dep_ != "ROOT"
        or not _finite(verb)
        or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children)
    ):
        return None
    after = ("ccomp", "xcomp", "dobj")  # "… as “a mess,” denounced the fee and said": the root's object is its own
    if not any(c.dep_ in after and c.i > verb.i and c.left_edge.i <= verb.i + 2 for c in verb.children):
        return None  # "He had a voice in it, said a former aide, …": the clause before the cue is what was said
    doc = verb.doc
    if doc[verb.i - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ in _NAMING:
        return None  # "…, said a former aide, Ann Ross, …": a clause and an inverted cue after it
    first = next((c for c in verb.children if c.i < verb.i and not c.is_punct), None)
    if first is None or first.dep_ not in ("advcl", "ccomp") or first.tag_ not in _FINITE:
        return None
    if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in first.children):
        return None  # "When Ann spoke, said …", "If Ann wins, …"
    subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    if subject is None or subject.left_edge.i != verb.sent.start:
        return None
    return _described_subject_joined(first, verb) or subject


def _described_subject_joined(first: Token, verb: Token) -> Token | None:
    """ "She wants to go, and her father, who rode broncs until a fall broke his hip, says …": a clause joined to the
    first one with a subject of its own, set off by a relative clause whose last verb the parser took for that
    subject's, is a new subject between the first verb and the cue; it, not the first verb's subject, speaks."""
    for joined in reversed(first.conjuncts):
        if not first.i < joined.i < verb.i:
            continue
        subject = next((c for c in joined.children if c.dep_ == "nsubj" and c.i < joined.i), None)
        if subject is not None and subject.nbor().text == "," and any(c.dep_ == "relcl" for c in subject.rights):
            return subject
    return None


def name_lost_before(verb: Token) -> Token | None:
    """The name before a cue with no subject that the parser hung elsewhere: taken for a modifier of the cue, made the
    subject of what was said, or set off by commas and hung on the quoted words."""
    found = name_taken_for_modifier(verb) or name_before_parataxis(verb) or name_set_off_before(verb)
    found = found or speaker_hung_before_closing_cue(verb)  # "…, the cybersecurity firm Y said on Wednesday."
    return found or name_after_opening_phrase(verb)  # "In an interview with the agency, Ann Roe, …, said"


def name_set_off_before(verb: Token, heads: tuple[str, ...] = ("ROOT",)) -> Token | None:
    """ "“…,” Coastal Link's vice-president of operations, Derek Halvorsen, told reporters" parsed with the
    description and the name hung on the quoted words: a person's name set off by commas right before a cue that is
    the root of its sentence (or one of the `heads` kinds of verb), with no subject, is who spoke."""
    if verb.dep_ not in heads or verb.i < 4 or verb.doc[verb.i - 1].text != ",":
        return None
    name = verb.doc[verb.i - 2]
    start = name.i
    while start > 0 and verb.doc[start - 1].dep_ == "compound" and verb.doc[start - 1].head == name:
        start -= 1
    set_off = start > 0 and verb.doc[start - 1].text == ","
    alone = name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.dep_ in ("npadvmod", "appos", "dobj", "dep")
    return name if set_off and alone else None


def name_set_off_before_joined_cue(verb: Token) -> Token | None:
    """ "The county built it in 2019, a spokeswoman, Ada Pell, said on Saturday" parsed with "said" joined to the verb
    before it, whose subject it would inherit: the name set off by commas right before the cue spoke."""
    return name_set_off_before(verb, ("conj",))


def without_set_off_speaker(content: list[Token], verb: Token, speaker: Token) -> list[Token]:
    """What was said without the speaker set off by commas before the cue, and a description set off before the name
    ("…, a spokeswoman, Ada Pell, said"), which the parser may have hung on the words before them; of a name beside
    a role "whose" owns, nothing before the cue ("…, whose founder, Ben Tiller, said")."""
    doc = verb.doc
    start = speaker.left_edge.i
    if speaker.dep_ == "nsubj" and speaker.head.dep_ == "conj" and speaker.i < verb.i and speaker.head.head.i != verb.i:
        joined = _described_subject_joined(speaker.head.head, verb) if verb.dep_ == "ROOT" else None
        if joined is not None and joined.i == speaker.i:  # "She wants to go, and her father, who …, says": the
            return [t for t in content if t.i > verb.i]  # clauses before the cue are the narration's
    if speaker.dep_ == "nsubj" or not speaker.i < verb.i or start < 2 or doc[verb.i - 1].text != ",":
        return content
    if named_beside_whose_role(speaker):  # "The drug is made by X, whose chief, Ben Tiller, said": said after it
        return [t for t in content if t.i > verb.i]
    if doc[start - 1].text != ",":
        return content
    cut = start - 1
    described = [t for t in doc[max(cut - 5, 0) : cut] if t.text == ","]
    words = doc[described[-1].i + 1 : cut] if described else []
    if any(t.pos_ == "NOUN" for t in words) and not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in words):
        cut = described[-1].i  # "a spokeswoman" between the commas
    return [t for t in content if not cut <= t.i < verb.i]


def name_taken_for_modifier(verb: Token) -> Token | None:
    """ "Jolly said he would …": a capitalised word that opens the sentence right before a finite cue with no subject,
    which the parser took for an adverb or a modifier of the verb, is the name of who spoke."""
    word = verb.doc[verb.i - 1] if verb.i else None
    if word is None or verb.tag_ not in ("VBD", "VBZ") or word.head != verb or word.i != word.sent.start:
        return None
    named = word.ent_type_ in ("", "PERSON", "ORG")  # not "Wednesday, …"
    return word if named and word.is_title and word.is_alpha and not word.is_stop and word.dep_ != "punct" else None


def name_before_parataxis(verb: Token) -> Token | None:
    """ "Haddad, now a surgeon in Saskatoon, says Lapointe called him …" parsed with "says" set aside and "Haddad" the
    subject of what was said: a name tagged a person that opens the sentence, followed by an aside set off by commas
    that ends right before a cue with no subject of its own, is who spoke."""
    if verb.dep_ != "parataxis" or verb.i < 4 or verb.doc[verb.i - 1].text != ",":
        return None
    before = verb.doc[verb.i - 2]
    for _ in range(4):  # up from "Saskatoon" of "now a surgeon in Saskatoon," to the name it describes
        if before.ent_type_ == "PERSON" or before.dep_ not in ("appos", "pobj", "prep") or before.head.i >= before.i:
            break
        before = before.head
    name = before
    opens = all(t.dep_ in ("compound", "flat") or t.ent_type_ == "PERSON" for t in verb.doc[name.sent.start : name.i])
    aside = name.i + 1 < verb.i - 1 and verb.doc[name.i + 1].text == ","
    subject = name.dep_ == "nsubj" and name.head == verb.head
    return name if name.ent_type_ == "PERSON" and opens and aside and subject else None


def speaker_hung_after(verb: Token) -> Token | None:
    """ "“…,” said Tom Brandt, who served as … yet backed a rival": after a quotation hung on the cue, the name right
    after the cue that the parser made the subject of a later clause of the cue is who spoke."""
    if (
        verb.i == 0
        or not verb.doc[verb.i - 1].is_punct
        or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    ):
        return None
    for clause in verb.rights:
        if clause.dep_ in ("ccomp", "conj"):
            return next(
                (
                    c
                    for c in clause.children
                    if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.i + 1
                ),
                None,
            )
    return None


def keen_speaker(verb: Token) -> Token | None:
    """ "Ann was quick to point out that …": the subject of the adjective that the cue's infinitive completes, when the
    adjective says that it was said (not "unable to say", "likely to argue")."""
    keen = verb.head
    if verb.dep_ != "xcomp" or keen.dep_ != "acomp" or keen.lemma_.lower() not in _KEEN:
        return None
    return next((c for c in keen.head.children if c.dep_ == "nsubj"), None)


def subject_on_auxiliary(verb: Token) -> Token | None:
    """ "Cora Lund, who is by every sign relishing her seat and is arguing …": the parser hung the subject on the
    auxiliary of the verb ("who" on "is") instead of on the verb itself."""
    return next((s for a in verb.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"), None)


def under_title_holder(verb: Token) -> Token | None:
    """ "Under Secretary Ann Roe, who oversees export controls, said …": the parser read the "Under" that opens the
    sentence as a preposition of the cue and hung the name on it as its object, leaving the cue with no subject; the
    person named after "Under Secretary" speaks. None unless a finite cue has such an "Under" and a person's name."""
    if not _finite(verb) or verb.sent.start == verb.i:
        return None
    under = verb.doc[verb.sent.start]
    if under.lower_ != "under" or under.head != verb or under.dep_ != "prep":
        return None
    if under.i + 1 >= verb.i or under.nbor().lower_ not in UNDER_TITLES:
        return None
    name = next((c for c in under.children if c.dep_ == "pobj"), None)
    return name if name is not None and name.ent_type_ == "PERSON" else None
