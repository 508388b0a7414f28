"""Names a described person gave of themselves: "a spokesman, who gave his name as Tom Arne," and "a woman who
identified herself as Ana Ruiz" name the one described, as an apposition would. The clause must give the person's
own name ("his name", "her first name", "himself"), so that "a clerk who gave the file to Ana Ruiz" names no one.
Also a name set off by commas that the parser hung as the object of the role's preposition, with the place before
it hung under the name ("Ruritania's ambassador to Oslo, Ana Ruiz, said": "Ana Ruiz" the object of "to"). And an
untagged full name whose given name is not that of the person known by its surname is someone else of that family.
A name one goes by ("the gang's leader, who calls himself Tomas Vey,") names the one described too, and a "call" of
oneself by a name says nothing: it is no statement."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of a relative clause by which a person tells their own name ("gave his name as", "identified herself as").
_TELLING = frozenset({"give", "identify", "introduce", "offer", "provide"})
#: Objects of those verbs that are the person's own name or the person ("his name", "himself").
_SELVES = frozenset({"himself", "herself", "themselves", "themself"})


def names_given_as(noun: Token) -> list[Token]:
    """The proper nouns a relative clause after `noun` gives as the name of the one described ("a guard, who gave
    his name only as Mr. Ode," -> Ode); none when there is no such clause."""
    found = []
    for clause in noun.rights:
        if clause.dep_ == "relcl" and (name := _name_called_by(clause)) is not None:
            found.append(name)  # "the militants' leader, who calls himself Abu Vey,"
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _TELLING or not _own_name(clause):
            continue
        objects = [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        found += [o for o in objects if o.dep_ in ("pobj", "appos") and o.pos_ == "PROPN"]
    return found


def _own_name(clause: Token) -> bool:
    """Whether the clause's object is the speaker's own name or the speaker ("his name", "herself")."""
    for child in clause.children:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in _SELVES:
            return True
        if child.lemma_.lower() == "name" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children):
            return True
    return False


def calls_self_by_name(child: Token) -> bool:
    """Whether `child`, a dependent of a "call", is the self or the name of "calls himself Tomas Vey": a name one goes
    by, which says nothing ("called himself a victim", a description, may)."""
    return child.dep_ in ("dobj", "oprd") and _name_called_by(child.head) is not None


def _name_called_by(verb: Token) -> Token | None:
    """The proper noun that "call" gives its reflexive object ("calls himself Abu Vey": Vey), or None."""
    if verb.lemma_.lower() != "call" or not any(c.dep_ == "dobj" and c.lower_ in _SELVES for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)


def name_set_off(obj: Token) -> list[Token]:
    """The object of a role's preposition itself when it is a person's name set off by a comma from the words before
    it that the parser hung under it ("ambassador to [Oslo, Ana Ruiz]"), or run on straight after the place the role
    is posted to ("ambassador to [Oslo Ana Ruiz]"); none otherwise ("ambassador to Ana Ruiz")."""
    doc = obj.doc
    if obj.dep_ != "pobj" or obj.ent_type_ != "PERSON" or obj.pos_ != "PROPN":
        return []
    start = next(t.i for t in obj.subtree if t.ent_iob_ == "B" and t.ent_type_ == "PERSON" or t.i == obj.i)
    comma = start - 1
    after = obj.i + 1
    closed = after >= len(doc) or doc[after].text == "," or doc[after].i == obj.head.head.head.i
    set_off = doc[comma].text == "," or doc[comma].ent_type_ == "GPE"  # or run on from a place ("to Fiji Ana Ruiz")
    return [obj] if obj.left_edge.i < start and set_off and closed else []


def another_of_family(known: str, full: str) -> str:
    """An untagged full name ("Ana Ruiz") when the person known by its surname has another given name ("Tomas Ruiz"):
    another person of that family; "" when the names agree or either is no full name."""
    if " " not in known or " " not in full or known.split()[-1] != full.split()[-1]:
        return ""
    given, other = known.split()[0].lower(), full.split()[0].lower()
    return full if not given.startswith(other) and not other.startswith(given) else ""
