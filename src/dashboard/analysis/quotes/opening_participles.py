"""The speaker after a participle that opens the sentence: "Briefing the Council, Ann Roe, the aid chief, said …",
"Arriving for the talks, the bloc's foreign policy chief, Ann Roe, told reporters …". Meetings coverage opens many
sentences so, and the parser may take the participle for the cue's subject (a gerund, or a clausal subject that
holds the speaker as its own), leaving the speaker a word of the participle's phrase or an apposition of its object.
The noun phrase that follows the comma closing the participle's phrase, right up to the cue, is who spoke. A
capitalised word right after the participle makes it the first word of a name ("Playing Field Promotions, an
agency, says"), which speaks itself."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies of an opening participle that the parser made the subject of the cue.
_TAKEN_FOR_SUBJECT = frozenset({"nsubj", "csubj"})


def speaker_after_opening_participle(verb: Token) -> Token | None:
    """The head of the noun phrase between the comma that closes an opening participle's phrase and the cue, when the
    parser made that participle the cue's subject and the phrase ends with a comma right before the cue; None
    otherwise."""
    doc, sentence = verb.doc, verb.sent
    first = doc[sentence.start]
    if first.tag_ != "VBG" or first.head != verb or first.dep_ not in _TAKEN_FOR_SUBJECT or verb.i < first.i + 4:
        return None
    if doc[first.i + 1].is_title or doc[verb.i - 1].text != ",":
        return None  # "Playing Field Promotions, an agency, says": a name, not a participle
    if any(c.dep_.startswith("nsubj") and c != first for c in verb.children):
        return None
    comma = next((t.i for t in doc[first.i + 1 : verb.i - 1] if t.text == ","), None)
    if comma is None or comma == first.i + 1:
        return None  # "Reacting, the governor, X, who …, said": a participle with no words of its own
    head = doc[comma + 1]
    while comma < head.head.i < verb.i and head.head != head:
        head = head.head
    inside = head.left_edge.i > comma and head.right_edge.i < verb.i
    return head if inside and head.pos_ in ("PROPN", "NOUN") else None
