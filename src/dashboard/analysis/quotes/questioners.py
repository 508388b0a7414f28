"""Who asked in a question-and-answer exchange: "“Will you resign?” asked Ann Roe. “No,” he said.", "… Roe replied.
Asked whether he would stay, he said …": a "he" or "she" that answers right after a quoted question, or opens with
"Asked whether …", is not the person who put the question, but the one it was put to."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.marks import CLOSING_MARKS

#: Marks that may close a quotation after its last word: a single one closes a question quoted inside a quotation.
_CLOSING = CLOSING_MARKS | {"\u2019", "'"}


def askers_answered(cast, p: int, pronoun: Token) -> frozenset[str]:
    """The people of paragraph p who asked a quoted question before the pronoun, when the pronoun answers one: it
    ends a quoted answer (no question itself) right after the asker's cue, no one else named between, or its sentence
    opens with "Asked". A "She said …" or "She adds that …" of the narration after one's own question is still hers
    ("“…?” Roe asked the board. She said …")."""
    askers = [(pos, name) for pos, name, _ in cast.people if pos[0] == p and pos[1] < pronoun.i and _asks(cast, pos)]
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


def _asks(cast, position: tuple[int, int]) -> bool:
    """Whether the mention at (paragraph, token) is the subject of "asked" right after a quoted question
    ("“Will you resign?” asked Ann Roe", "“…?” Roe asked")."""
    if cast.quoted(position):
        return False
    p, i = position
    token = cast.docs[p][i]
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "ask":
        return False
    return _quoted_word_before(cast, p, min(token.left_edge.i, verb.i)) == "?"
