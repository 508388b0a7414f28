"""A speaker's name before an aside that says where the words were spoken ("Ms Reyes, speaking on Radio Kerry’s
breakfast programme, said …", "Mr Kahn, speaking to Sky News, said …"). The parser may read the broadcaster's programme
as the subject of the cue and hang the name on the possessive inside it, so that the quote went to no one. British,
Irish and Australian political news names the programme so. The speaker is the person named right before the comma
that opens the aside."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import entity_of

#: Participles that open an aside telling where or to whom the words were spoken.
_SPEAKING = frozenset({"speak", "talk", "appear", "write"})

#: Labels of the name before the aside: a person, or a person the recogniser took for an organisation.
_NAMED = frozenset({"PERSON", "ORG"})


def name_before_speaking_aside(subject: Token, verb: Token) -> Token | None:
    """The last word of the speaker's name before ", speaking on …," when the parser made a word of that aside the
    subject of the cue right after it; None otherwise."""
    doc = verb.doc
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON" or not subject.i < verb.i or doc[verb.i - 1].text != ",":
        return None
    opening = next((i for i in range(verb.i - 2, verb.sent.start, -1) if doc[i].text == ","), None)
    if opening is None or opening + 1 >= verb.i or not opening < subject.i:
        return None
    participle = doc[opening + 1]
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in _SPEAKING:
        return None
    name = entity_of(doc[opening - 1]) if doc[opening - 1].ent_type_ in _NAMED else None
    return name[-1] if name is not None and name.end == opening else None
