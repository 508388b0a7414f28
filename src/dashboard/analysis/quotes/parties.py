"""The party a description names: a nickname or adjective ("Tory", "a Labour MP", "a Vermont Democrat"), a US
legislator's label ("Sen. Ann Ross (D-Calif.)") or a description set off after a name ("X, a Republican from Ohio,")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.quotes.lexicon import PORTFOLIOS

#: Party nicknames and adjectives -> the party's name.
PARTIES = {
    "tory": "Conservatives",
    "tories": "Conservatives",
    "conservative": "Conservatives",
    "lib dem": "Liberal Democrats",
    "lib dems": "Liberal Democrats",
    "liberal democrat": "Liberal Democrats",
    "labour": "Labour",
    "democrat": "Democrats",
    "democratic": "Democrats",
    "republican": "Republicans",
    "gop": "Republicans",
}
#: Words that stand for a party of that name before a legislator's role ("Liberal backbencher", "Green councillor").
_PARTY_WORDS = frozenset(
    {"liberal", "liberals", "green", "greens", "socialist", "communist", "unionist", "nationalist"}
)
#: Members of a party in the plural, whose capitalised name ends in them ("Social Democrats", "Free Democrats").
_PLURAL_MEMBERS = frozenset(
    {"democrats", "republicans", "liberals", "conservatives", "greens", "socialists", "nationalists", "unionists"}
)
#: Legislators' roles a party's word stands before ("Labour backbencher X", "Liberal MP X").
_MEMBER_ROLES = frozenset(
    {
        "mp",
        "mps",
        "backbencher",
        "backbenchers",
        "frontbencher",
        "lawmaker",
        "legislator",
        "mep",
        "councillor",
        "senator",
        "mpp",
        "mla",
    }
)
#: Words that open a legislator's title before the party's word, capitalised at a sentence's start ("Backbench
#: Labour MP X", "Veteran Conservative MP Y"): no part of the party's name.
_SENIORITY = frozenset({"backbench", "veteran", "senior", "leading", "prominent", "junior", "rebel", "maverick"})
#: The letters of a US legislator's party label ("Sen. Ann Ross (D-Calif.)").
_PARTY_LETTERS = {"d": "Democrats", "r": "Republicans"}
#: Words after a portfolio ("Labour Minister"), which make it no party.
_PORTFOLIO_HOLDERS = frozenset({"minister", "ministry", "secretary", "department", "portfolio"})


def party_label_after(ent: Span) -> str:
    """The party of the label after a US legislator's name: "Sen. Ann Ross (D-Calif.)", "Rep. Tom Birch, R-Texas,"."""
    doc, i = ent.doc, ent.end
    i += i < len(doc) and doc[i].text in ("(", ",")
    if i + 2 >= len(doc) or doc[i].lower_ not in _PARTY_LETTERS or doc[i + 1].text != "-":
        return ""
    tight = not doc[i].whitespace_ and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper()
    return _PARTY_LETTERS[doc[i].lower_] if tight else ""


def state_of_party_label(ent: Span) -> bool:
    """Whether a name is the state of the label after a US legislator's name ("Utah" of "Rep. Tom Birch, R-Utah,"),
    which is no person, whatever description the parser hangs on it."""
    return glued_to_party_letter(ent.doc, ent.start, _PARTY_LETTERS)


def glued_to_party_letter(doc: Doc, i: int, letters: Collection[str]) -> bool:
    """Whether token i follows one of the party `letters` and a hyphen with no space between them ("Utah" of
    "R-Utah"): the state of a US legislator's party label."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].lower_ not in letters:
        return False
    return not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_


def party_described(root: Token) -> str:
    """The party of a description set off after a name: "Mark Dolan, a Republican from Ohio," -> Republicans."""
    for child in root.children:
        if child.dep_ != "appos" or child.lower_ not in PARTIES:
            continue  # most children: no party's word, and nothing before them is read
        start = child.left_edge.i
        set_off = start > 0 and child.doc[start - 1].text in (",", "\u2014", "\u2013")
        if set_off and child.text[:1].isupper():
            return PARTIES[child.lower_]
    return ""


def party_before_role(span: Span, name: str) -> str:
    """The party a name stands for, unless a portfolio's holder follows it ("Labour MP", not "Labour Minister")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in _PORTFOLIO_HOLDERS:
        return ""
    words = name.split()
    if len(words) > 1 and {w.casefold() for w in words[:-1]} <= _SENIORITY and after in _MEMBER_ROLES:
        return party_of(doc, span.end - 1, words[-1])  # "Backbench Labour MP", "Veteran Conservative MP"
    return party_of(doc, span.start, name)


def party_of(doc: Doc, start: int, name: str) -> str:
    """The party a name (starting at token `start`) stands for, with the word before it ("Liberal Democrat")."""
    name = name.lower()
    wider = f"{doc[start - 1].lower_} {name}" if start else ""
    found = PARTIES.get(wider) or PARTIES.get(wider.removesuffix("s")) or PARTIES.get(name) or PARTIES.get(name[:-1])
    return found or named_party(doc[start : start + len(name.split())].text)  # "the opposition Social Democrats"


def named_party(name: str) -> str:
    """A party named by its members in the plural after a capitalised word ("Social Democrats", "Sweden Democrats",
    "Free Democrats", "Young Liberals"), which the recogniser tags a people: the name as written; "" for any other."""
    parts = name.split()
    plural = len(parts) > 1 and parts[-1].casefold() in _PLURAL_MEMBERS
    return name if plural and all(part[:1].isupper() for part in parts) else ""


def names_a_party(name: str) -> bool:
    """Whether a name in the plural is a party's: its members' word ("the Greens", "the Tories") or a capitalised word
    before it ("Social Democrats"); not another people's ("Kurds")."""
    return name.casefold() in _PLURAL_MEMBERS | {"tories", "lib dems"} or bool(named_party(name))


def portfolio_party(span: Span) -> str:
    """The party a name opens where the recogniser ran it into the portfolio of the party's spokesperson after it
    ("Tory Treasury spokesman X", "Lib Dem Treasury spokeswoman Y"); "" for any other name."""
    words = span.text.split()
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if after not in ("spokesman", "spokeswoman", "spokesperson"):
        return ""
    for n in (2, 1):
        rest = {w.casefold() for w in words[n:]}
        if rest and rest <= PORTFOLIOS | {"treasury"} and (party := PARTIES.get(" ".join(words[:n]).casefold())):
            return party
    return ""


def party_word(word: str) -> str:
    """A party's nickname or adjective as the party it names ("gop", "republican" -> "republicans")."""
    return PARTIES.get(word, word).lower()


def party_opening_role(token: Token) -> str:
    """The party a capitalised word names right before a legislator's role, even where the tagger makes it a common
    adjective or noun ("Liberal backbencher X", "Labour MP X" opening a sentence)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not token.is_title or after is None or after.lower_ not in _MEMBER_ROLES:
        return ""
    return PARTIES.get(token.lower_) or (token.text if token.lower_ in _PARTY_WORDS else "")


def party_word_named(word: str) -> str:
    """The party a word before a legislator's seat names ("Tory" -> "Conservatives", "Liberal", "NDP"); "" for any
    other word ("the", "a")."""
    folded = word.casefold()
    return PARTIES.get(folded) or (word if folded in _PARTY_WORDS or (len(word) > 1 and word.isupper()) else "")
