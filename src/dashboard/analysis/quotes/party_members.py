"""Who "the Wisconsin Republican" (or Canada's "the New Democrat") is when the article never wrote it beside a
name: the one person it named with that party and that US state ("Sen. Ann Ross (R-Wis.)", "Wisconsin Gov. Ann
Ross", "Republican Ann Ross", "Ann Ross, a Republican from Wisconsin,", "Sen. Ann Ross of Wisconsin"); nobody when two
people fit or none does. "The Texas congressman" or "the Ohio senator" names the state alone: the one so labelled of
either party ("Rep. Tom Birch, R-Texas,")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.parties import PARTIES, party_described, party_label_after
from dashboard.analysis.quotes.people import People, Profile, Speaker
from dashboard.analysis.quotes.topics import MAIN_SUBJECT

#: The US states, with the abbreviations newsrooms write after a legislator's party letter ("R-Wis.", "D-N.Y.").
_STATES = {
    "Alabama": "Ala. AL",
    "Alaska": "AK",
    "Arizona": "Ariz. AZ",
    "Arkansas": "Ark. AR",
    "California": "Calif. CA",
    "Colorado": "Colo. CO",
    "Connecticut": "Conn. CT",
    "Delaware": "Del. DE",
    "Florida": "Fla. FL",
    "Georgia": "Ga. GA",
    "Hawaii": "HI",
    "Idaho": "ID",
    "Illinois": "Ill. IL",
    "Indiana": "Ind. IN",
    "Iowa": "IA",
    "Kansas": "Kan. Kans. KS",
    "Kentucky": "Ky. KY",
    "Louisiana": "La. LA",
    "Maine": "ME",
    "Maryland": "Md. MD",
    "Massachusetts": "Mass. MA",
    "Michigan": "Mich. MI",
    "Minnesota": "Minn. MN",
    "Mississippi": "Miss. MS",
    "Missouri": "Mo. MO",
    "Montana": "Mont. MT",
    "Nebraska": "Neb. Nebr. NE",
    "Nevada": "Nev. NV",
    "New Hampshire": "N.H. NH",
    "New Jersey": "N.J. NJ",
    "New Mexico": "N.M. NM",
    "New York": "N.Y. NY",
    "North Carolina": "N.C. NC",
    "North Dakota": "N.D. ND",
    "Ohio": "OH",
    "Oklahoma": "Okla. OK",
    "Oregon": "Ore. Oreg. OR",
    "Pennsylvania": "Pa. Penn. PA",
    "Rhode Island": "R.I. RI",
    "South Carolina": "S.C. SC",
    "South Dakota": "S.D. SD",
    "Tennessee": "Tenn. TN",
    "Texas": "Tex. TX",
    "Utah": "UT",
    "Vermont": "Vt. VT",
    "Virginia": "Va. VA",
    "Washington": "Wash. WA",
    "West Virginia": "W.Va. W.V. WV",
    "Wisconsin": "Wis. Wisc. WI",
    "Wyoming": "Wyo. WY",
}
_FULL_NAMES = re.compile(r"\b(?:" + "|".join(sorted(_STATES, key=len, reverse=True)) + r")\b")
_ABBREVIATIONS = {a: state for state, written in _STATES.items() for a in written.split()}
#: The parties a description may name by its head noun ("the Ohio Democrat").
_PARTY_HEADS = frozenset({"republican", "democrat"})  # not "the GOP", which is the party itself
#: Parties a description names by more words than its head ("the New Democrat", a member of Canada's NDP).
_NAMED_PARTIES = {"new democrat": "New Democrats"}
#: Seats in a legislature that a description gives with the party ("the Tory MP", "the Green lawmaker").
_LEGISLATOR_HEADS = frozenset({"mp", "mep", "lawmaker", "legislator", "parliamentarian"})
#: Seats in the US Congress that a description gives with the state alone ("the Texas congressman", "the Ohio
#: senator"), of a legislator of either party, and the titles that give the seat before a name.
_SEAT_TITLES = {"senator": {"sen.", "senator"}, "congressman": {"rep.", "congressman", "representative"}}
_SEAT_TITLES["congresswoman"] = _SEAT_TITLES["congressman"] | {"congresswoman"}
_SEAT_HEADS = frozenset(_SEAT_TITLES)
_HEADS = _PARTY_HEADS | _LEGISLATOR_HEADS | _SEAT_HEADS
#: How many paragraphs back the description may reach for the person it stands for.
_REACH = 2


def party_member(
    people: People, mentions: list[tuple[tuple[int, int], str, int]], p: int, token: Token
) -> Speaker | None:
    """ "the Wisconsin Republican", "the Republican": a person named before token whom the description fits; None
    when it is no such description or no one fits. `mentions` holds where the article names each person, in order.

    Newsrooms use the description as a pronoun for the person just named ("House Speaker Ann Ross says … The
    Wisconsin Republican says"): the latest subject of a main clause within reach whom the article gave no other
    party or state (nobody when another such subject shares the sentence); else the one person within reach, then
    the one of the whole article, whom the article gave that party (and state, if the description names one)."""
    if token.lower_ not in _HEADS or token.tag_ in ("NNS", "NNPS") or token.i < 1:
        return None
    if not definite(token):
        return None
    words = token.doc[token.left_edge.i + 1 : token.i].text
    if token.lower_ in _LEGISLATOR_HEADS:  # "the Tory MP", "the Social Democrat lawmaker": a party and a seat
        named = words.istitle() and not any(c.dep_ in ("prep", "relcl", "acl") for c in token.children)
        party, state = PARTIES.get(words.lower(), words), ""
        if not named:
            return None
    elif (named := f"{words} {token.text}".lower()) in _NAMED_PARTIES:  # "the New Democrat": no state's Democrat
        party, state = _NAMED_PARTIES[named], ""
        if any(c.dep_ in ("prep", "relcl", "acl") for c in token.children):
            return None
    else:
        state = " ".join(_FULL_NAMES.findall(words))
        if _FULL_NAMES.sub("", words).strip() or any(c.dep_ in ("prep", "relcl", "acl") for c in token.children):
            return None  # "the former Ohio Republican", "the Republican from Ohio": more than a party and a state
        if token.lower_ in _SEAT_HEADS and not state:
            return None  # "the senator": the role's holder (role_holders), no party's member
        party = PARTIES.get(token.lower_, "")  # "" for "the Texas congressman", a legislator of either party
    facts: dict[str, tuple[set[str], set[str]]] = {}
    before = [m for m in mentions if m[0] < (p, token.i) and not people.quoted(m[0])]
    for (q, i), name, _ in before:
        if (ent := people.entity(q, people.docs[q][i])) is not None:
            parties, states = facts.setdefault(name, (set(), set()))
            found = _facts(ent)
            parties |= found[0]
            states |= found[1]

    seat = _SEAT_TITLES.get(token.lower_, set())

    def fits(name: str, known: bool) -> bool:
        parties, states = facts.get(name, (set(), set()))
        if seat:  # "the Texas congressman": only one so titled and labelled, never the latest subject of any title
            return known and state in states and bool(seat & people.profiles.get(name, Profile()).role_words)
        if known:
            return party in parties and (not state or state in states)
        return (not parties or party in parties) and (not state or not states or state in states)

    near = [m for m in before if m[0][0] >= p - _REACH]
    subjects = [m for m in near if m[2] == MAIN_SUBJECT and fits(m[1], False)]
    if subjects:
        (q, i), name, _ = subjects[-1]
        subject = people.entity(q, people.docs[q][i])
        joined = {subject.root.i} | {c.i for c in subject.root.conjuncts} if subject is not None else set()
        together = {n for (r, k), n, _ in near if r == q and _root(people, r, k) in joined and fits(n, False)}
        return people.person(name) if len(together) <= 1 else None  # "Sen. Ann Ross and Sen. Ed Moss said"
    told = {name for _, name, _ in near if fits(name, True)}
    anywhere = {name for _, name, _ in before if fits(name, True)}
    found = next((one for one in (told, anywhere) if len(one) == 1), {""}).pop()
    return people.person(found) if found else None


def _root(people: People, p: int, i: int) -> int:
    """The index of the head word of the name mentioned at token i of paragraph p (-1 for a bare word)."""
    ent = people.entity(p, people.docs[p][i])
    return ent.root.i if ent is not None else -1


def _facts(ent: Span) -> tuple[set[str], set[str]]:
    """The parties and states one mention of a person gives: the words before the name ("Wisconsin Gov.",
    "Republican presidential candidate"), the label after it ("(R-Wis.)"), an apposition ("a Democrat from Ohio")
    and "of Ohio" right after it."""
    doc, root = ent.doc, ent.root
    before = doc[min(root.left_edge.i, ent.start) : ent.end]
    parties = {PARTIES[t.lower_] for t in before if t.text[:1].isupper() and t.lower_ in PARTIES}
    states = set(_FULL_NAMES.findall(before.text))
    if label := party_label_after(ent):
        parties.add(label)
        states |= _labelled_state(ent)
    if described := party_described(root):
        parties.add(described)
    for child in root.rights:
        if child.dep_ == "appos" or child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i == ent.end:
            states |= set(_FULL_NAMES.findall(doc[child.i : child.right_edge.i + 1].text))
    return parties, states


def _labelled_state(ent: Span) -> set[str]:
    """The state of the label after a legislator's name: "(R-Wis.)", "D-N.Y.", "R-Texas"."""
    doc, i = ent.doc, ent.end
    i += doc[i].text in ("(", ",")
    written = ""
    for t in doc[i + 2 : i + 6]:
        if t.text in (")", ",", ";") or t.is_space:
            break
        written += t.text_with_ws
    written = written.strip()
    found = _ABBREVIATIONS.get(written) or _ABBREVIATIONS.get(written + ".")
    return {found} if found else set(_FULL_NAMES.findall(written))
