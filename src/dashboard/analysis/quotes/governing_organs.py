"""A body's governing organ speaks as the body: "The board of the Elm Street Mosque said …" and "The management
committee of the Shanti Temple says …" are the mosque and the temple speaking, as a company speaks when "its board"
does; GUIDELINES.md names the organisation that speaks, and a board or a committee is how a place of worship, a charity,
a club or a company says what it says, and a band council how a First Nation does ("The council of the Apiknuk First
Nation said"), and a court's panel how a court rules ("The three-judge panel of the U.S. Court of Appeals for the
Ninth Circuit said"), and an arbitral tribunal how the centre that set it up does ("The three-member tribunal at
the Y Centre said"). A branch or a chapter speaks as the body too ("The Geoje branch of the Korean Federation of
Metal Workers said", "The Ohio chapter of the Sierra Alliance said"): it is the body, where its members are, and the
article goes on to call it "the union" or "the group". "The board said …" later in the article, with no name of its
own, is the same body again: the one the last "board of …" (or "committee of …") before it belonged to; and "the
panel" (or "the three-member panel") with no "panel of …" before is the court or tribunal named last, whose panel
rules for it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.people import Speaker

#: Nouns for the organ that governs a body and speaks for it (a panel: the judges a court sits in), or for the part of
#: it that speaks as it (a branch, a chapter).
_ORGANS = frozenset({"board", "committee", "council", "panel", "branch", "chapter", "tribunal"})

#: Last words of the bodies whose panels rule for them, and the words a panel's size is said with.
_BENCHES = frozenset({"tribunal", "court"})
_SEAT_WORDS = frozenset({"member", "judge", "person", "justice", "arbitrator"})

#: Words that tie an organ to the body it belongs to ("the board of X", "the three-member tribunal at X").
_OWNING = frozenset({"of", "at"})
#: Members an organ is named by before the body it belongs to ("the board of directors of X").
_MEMBERS = frozenset({"directors", "trustees", "governors", "management", "judges"})


def organ_speaking(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The organisation whose board or committee `noun` is (see the module's docstring), in place of `found` when that
    is none or the organ's own words; `found` otherwise, or when no organisation is named as the organ's owner."""
    if noun.lemma_.lower() not in _ORGANS or noun.tag_ != "NN" or noun.ent_type_:
        return found
    if found is not None and (found.kind not in ("institution", "unnamed") or _is_named(cast, found.name)):
        return found
    owner = owner_of(cast, p, noun)
    if not owner and [c.lower_ for c in noun.lefts if c.dep_ != "compound"] == ["the"] and not list(noun.rights):
        owner = _owner_before(cast, p, noun) or _bench_before(cast, p, noun)
    return Speaker(owner, "institution") if owner else found


def _bench_before(cast, p: int, panel: Token) -> str:
    """The court or tribunal named last, in this paragraph or the one before, that "the panel" or "the three-member
    panel" sits for ("X was banned, the Y Tribunal said. … the three-member panel said"); "" for any other organ, and
    for a panel with a name of its own ("the House panel")."""
    counted = all(c.lower_ in _SEAT_WORDS for c in panel.lefts if c.dep_ == "compound")  # "three-member", "five-judge"
    if panel.lower_ != "panel" or not counted:
        return ""
    benches = [name for _, name in cast.orgs_just_before(p, panel.i) if name.split()[-1].lower() in _BENCHES]
    return benches[-1] if benches else ""


def owner_of(cast, p: int, organ: Token) -> str:
    """The name of the organisation an organ noun belongs to by an "of" or an "at" ("board of the Elm Street Mosque",
    "board of trustees of X", "the three-member tribunal at the Y Centre", an arbitral tribunal the centre set up);
    "" when no organisation is named so."""
    word = organ
    for _ in range(2):
        of = next((c for c in word.rights if c.dep_ == "prep" and c.lower_ in _OWNING), None)
        word = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if word is None:
            return ""
        ent = cast.entity(p, word)
        if ent is not None and cast.label(p, ent) == "ORG":
            return cast.name_of(p, ent)
        if word.lower_ not in _MEMBERS:
            return ""
    return ""


def _owner_before(cast, p: int, organ: Token) -> str:
    """The organisation the last organ of the same noun named with its owner before `organ` belonged to; ""."""
    for q in range(p, -1, -1):
        doc = cast.docs[q]
        end = organ.i if q == p else len(doc)
        for word in reversed(doc[:end]):
            if word.lower_ == organ.lower_ and (owner := owner_of(cast, q, word)):
                return owner
    return ""


def _is_named(cast, name: str) -> bool:
    """Whether a speaker's name is one of the article's organisations (not an organ's own common noun)."""
    return any(name == known for _, known, _ in cast.orgs)
