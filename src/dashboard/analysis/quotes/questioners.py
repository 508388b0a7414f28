"""Who asked in a question-and-answer exchange: "“Will you resign?” asked Ann Roe. “No,” he said.", "… Roe replied.
Asked whether he would stay, he said …": a "he" or "she" that answers right after a quoted question, or opens with
"Asked whether …", is not the person who put the question, but the one it was put to. So too after a question a
programme's host put in reported speech ("Host Ann Roe asked whether the talks had failed. “Not yet,” she said."):
a host asks to hear the guest, while anyone else who asks whether … may go on to say more."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.marks import CLOSING_MARKS
from dashboard.analysis.quotes.paragraph_people import named_in

#: Marks that may close a quotation after its last word: a single one closes a question quoted inside a quotation.
_CLOSING = CLOSING_MARKS | {"\u2019", "'"}
#: Roles of the people who put questions to guests on air, whose reported question the next quoted answer answers.
_HOSTS = words("host co-host presenter moderator anchor interviewer")
#: Words that open a question put in reported speech: "asked whether …", "asked if …".
_REPORTED_QUESTION = frozenset({"whether", "if"})


def askers_answered(cast, p: int, pronoun: Token) -> frozenset[str]:
    """The people of paragraph p who asked a quoted question before the pronoun, when the pronoun answers one: it
    ends a quoted answer (no question itself) right after the asker's cue, no one else named between, or its sentence
    opens with "Asked". A "She said …" or "She adds that …" of the narration after one's own question is still hers
    ("“…?” Roe asked the board. She said …")."""
    askers = [(pos, name) for pos, name, _ in named_in(cast.people, p, pronoun.i) if _asks(cast, pos, name)]
    if not askers:
        return frozenset()
    if pronoun.sent[0].lower_ == "asked":
        return frozenset(name for _, name in askers)
    if _quoted_word_before(cast, p, pronoun.i) not in ("", "?"):  # "“No,” she said", not "“Why?” she asked"
        named = [pos for pos, _, _ in cast.people if pos[0] == p and pos[1] < pronoun.i and not cast.quoted(pos)]
        latest, name = askers[-1]
        return frozenset({name}) if named and named[-1] == latest else frozenset()
    return frozenset()


def _quoted_word_before(cast, p: int, i: int) -> str:
    """The last word of the quotation that token i of paragraph p follows, past its closing marks and a comma ("?" of
    "“Why?” she asked"); "" when the token follows no quotation."""
    doc = cast.docs[p]
    k = i - 1
    while k >= 0 and (doc[k].text in _CLOSING or doc[k].text == ","):
        k -= 1
    return doc[k].text if 0 <= k < i - 1 and cast.quoted((p, k)) else ""


def _asks(cast, position: tuple[int, int], name: str) -> bool:
    """Whether the mention at (paragraph, token) of the person `name` is the subject of "asked" right after a quoted
    question ("“Will you resign?” asked Ann Roe", "“…?” Roe asked") or before a host's question in reported speech."""
    if cast.quoted(position):
        return False
    p, i = position
    token = cast.docs[p][i]
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "ask":
        return False
    return _quoted_word_before(cast, p, min(token.left_edge.i, verb.i)) == "?" or _host_asked_whether(cast, name, verb)


def _host_asked_whether(cast, name: str, verb: Token) -> bool:
    """Whether the subject of "asked" is a programme's host who put a question in reported speech ("Roe asked
    whether …")."""
    opener = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if opener is None or opener.lower_ not in _REPORTED_QUESTION:
        return False
    profile = cast.profiles.get(name)
    return profile is not None and not _HOSTS.isdisjoint(profile.role.lower().split())
