"""Speakers named after a hyphenated title the parser split. The tokenizer cuts "co-chair" into "co", "-" and
"chair", and the small model can then read "Its co-chair, Ana Ruiz, says …" as a subject "co" (or "-") with "chair"
hung on it as an object and the name as an apposition of "chair", so the speaker would be "co" and stay unnamed. When
the subject is the front or the hyphen of such a word (glued together with no space), the person's name set off by a
comma after the word's back is the speaker."""

from __future__ import annotations

from spacy.tokens import Token


def holder_after_split_title(subject: Token) -> Token:
    """The person's name set off by a comma after a hyphenated title whose front or hyphen the parser made the cue's
    subject ("co" in "Its co-chair, Ana Ruiz, says": Ruiz); the subject itself otherwise."""
    doc = subject.doc
    i = subject.i - 1 if subject.text == "-" else subject.i  # the word's front
    if i < 0 or i + 3 >= len(doc) or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return subject
    front, hyphen, back = doc[i], doc[i + 1], doc[i + 2]
    if back.pos_ not in ("NOUN", "PROPN") or not (front.is_ancestor(back) or hyphen.is_ancestor(back)):
        return subject
    names = [c for c in back.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if not names or doc[names[0].left_edge.i - 1].text != ",":
        return subject
    return names[0]
