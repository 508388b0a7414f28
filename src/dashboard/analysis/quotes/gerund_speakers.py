"""Who speaks in a cue gerund after a preposition when the parser hangs the preposition away from the speaker:

- on the object of an effort: "made a point of saying that …" (like "made a point to say", infinitive_speakers): the
  one who made the point spoke;
- on a verb joined by "and" to a passive one, with no subject of its own: "was booed and shouted down after telling
  them that …", "was fined and banned for saying that …": the subject of the passive spoke.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.infinitive_speakers import EFFORTS


def verb_of_effort(main: Token) -> Token:
    """The verb of an effort noun a gerund cue hangs on ("made" of "made a point of saying"), else `main` itself."""
    if main.dep_ == "dobj" and (main.head.lemma_.lower(), main.lower_.rstrip("s")) in EFFORTS:
        return main.head
    return main


def passive_subject(main: Token, quotations: list[tuple[int, int]]) -> Token | None:
    """The passive subject of the verb a gerund cue hangs on, or of the verb it is joined to when it has no subject
    of its own; none inside quotation marks."""
    while True:
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        passive = next((c for c in subjects if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            return None if any(s <= passive.idx < e for s, e in quotations) else passive
        if subjects or main.dep_ != "conj" or main.head.pos_ not in ("VERB", "AUX"):
            return None
        main = main.head
