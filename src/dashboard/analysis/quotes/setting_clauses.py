"""What was said, hung by the parser on the setting of the cue: "told reporters on arrival that the army would …",
"told DW on the sidelines of the meeting that Berlin was losing patience", "said in a written statement that the deal
would hold". The parser may read the "that" clause as the complement of the last noun before it, as it would "the
claim that …", or take "that" for the subject of a relative clause ("at the daily briefing that the envoy took note
…"). A claim or a rumour holds what it says; an occasion, a gathering or a setting of speech holds no clause of its
own, and a statement, a release or a letter the cue was said "in" holds just what was said in it. So a clause with a
subject of its own hung on such a noun, or a relative clause with a second subject besides "that", is what the cue
said. A participle that tells how the message went out ("said in a video posted on X that …", "in a statement
released on Sunday that …", "in remarks prepared for delivery at a conference that …") is part of the setting too.
The parser may also take "that" for the object of an infinitive inside such a relative clause ("in a press release
that it planned to ask regulators for approval", "that" hung on "ask"): when the infinitive has an object of its own,
"that" is no object of it, and the clause is what was said; a true relative clause leaves its verb's object to "that"
("in the statement that it planned to issue"). So is a "that" taken for the object of a preposition later in the
clause that has an object of its own ("in a note to clients that bitcoin could fall to $42,000"), where a true relative
clause leaves the preposition bare ("the clients that it wrote to"). A statement "carried by" state media or a news
agency went out so as well ("said in a statement carried by state media on Monday that …")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.gatherings import GATHERINGS
from dashboard.analysis.quotes.infinitive_objects import clause_over_infinitives, infinitive_holds_object
from dashboard.analysis.quotes.spoken_settings import said_in_spoken_setting

#: Occasions and settings of speech, which hold no "that" clause of their own.
_SETTINGS = GATHERINGS | words("""
arrival departure doorstep stakeout sideline sidelines interview talks visit trip appearance event ceremony debate
""")
#: Written or posted messages whose "that" clause is what was said in them ("in a statement that …").
_MESSAGES = words("statement release communique communiqué letter post tweet message reply response email")


#: Participles that tell how a message the cue was said in went out ("in a video posted on X", "in a statement carried
#: by state media"), or was made ready to go out ("in remarks prepared for delivery", "in a speech delivered in Brno").
_SENT_OUT = words("post publish release share broadcast air upload record circulate send issue carry prepare deliver")


def describes_setting(token: Token) -> bool:
    """Whether `token` is a participle that describes the message the cue was said "in" ("posted" of "in a video
    posted on X"), or a word of that participle's phrase ("to residents" of "in a letter sent to residents", which the
    parser may hang on it as a dative): it belongs to the setting, and the "that" after its phrase may still open what
    was said."""
    return any(_sent_out_participle(word) for word in (token, *token.ancestors))


def _sent_out_participle(token: Token) -> bool:
    """ "posted" of "in a video posted on X": a participle of sending out on a message the cue was said "in"."""
    noun = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in _SENT_OUT
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
    )


def clause_on_setting(that: Token) -> bool:
    """Whether a "that" opens what the cue said though the parser hung its clause on the cue's setting (see the
    module docstring): the clause has a subject besides "that" and either hangs on a noun of an occasion or a
    setting, or on a message said "in", or is a relative clause that "that" was taken to be the subject of, or the
    determiner of the subject of ("in a text message that surgery was not expected")."""
    clause = that.head
    if that.dep_ == "dobj" and clause.dep_ == "xcomp":
        return _object_of_infinitive(that)
    if that.dep_ == "pobj" and clause.i > that.i:
        return _second_object_of_preposition(that)
    if that.dep_ == "det" and clause.dep_.startswith("nsubj") and clause.head.dep_ in ("relcl", "acl"):
        return _hung_on_setting(clause.head)  # "in a text message that surgery was …": "that" read as a determiner
    if not any(c.dep_.startswith("nsubj") and c.i != that.i for c in clause.children):
        return False
    if that.dep_ == "nsubj":
        return clause.dep_ == "relcl"  # "at the briefing that the envoy took note": two subjects, no relative
    return that.dep_ == "mark" and clause.dep_ == "acl" and _hung_on_setting(clause)


def _object_of_infinitive(that: Token) -> bool:
    """ "in a press release that it planned to ask regulators …": "that", taken for the object of an infinitive of a
    relative clause hung on the setting, though the infinitive has an object of its own and the clause a subject."""
    clause = clause_over_infinitives(that.head)
    subject = any(c.dep_.startswith("nsubj") for c in clause.children)
    own_object = infinitive_holds_object(clause, besides=that)
    return own_object and subject and clause.dep_ == "relcl" and _hung_on_setting(clause)


def _second_object_of_preposition(that: Token) -> bool:
    """ "in a note to clients that bitcoin could fall to $42,000": "that" taken for an object of a preposition later in
    the clause ("to"), though that preposition has an object of its own and the clause a subject: no relative word
    stands for a second object, and the clause is what was said."""
    preposition, clause = that.head, that.head.head
    second = any(c.dep_ == "pobj" and c.i > preposition.i for c in preposition.children)
    subject = any(c.dep_.startswith("nsubj") for c in clause.children)
    return preposition.pos_ == "ADP" and second and subject and clause.dep_ == "relcl"


def _hung_on_setting(clause: Token) -> bool:
    """The clause hangs on a noun of an occasion or a setting, or on a message, a speech or a call the cue was said
    "in" or "on" (spoken_settings)."""
    noun = clause.head
    if noun.lemma_.lower() in _SETTINGS or noun.lower_ in _SETTINGS or said_in_spoken_setting(noun):
        return True
    return noun.lemma_.lower() in _MESSAGES and noun.dep_ == "pobj" and noun.head.lower_ == "in"
