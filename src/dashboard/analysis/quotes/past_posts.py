"""A public post a relative clause says a person held before ("X, who was deputy finance minister in 2013, said"):
the past tense of "was" makes a former holder of the post, who by GUIDELINES speaks as an expert, not from office; the
present ("who is a fellow at Y") keeps the post as it is, and a past part that is no public office ("who was the guest
of honour", "who was a pastor") says nothing of what the person speaks as now. A post bounded by a span of two years
("X, foreign secretary from 2014 to 2016,") is one held and left as well."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import kind_of


def former_if_past(role: str, body: str, verb: Token) -> str:
    """The role, marked "former" when the clause's "be" that gives it is in the past tense, it is a public office
    (with the body it names) and it says no such thing already."""
    return _former_office(role, body) if verb.tag_ == "VBD" else role


#: The post of one who runs a body, by the verb that says so ("led Y" is "head of Y"), for a role said in the past.
_HOLDERS = {"head": "head of", "lead": "head of", "run": "head of", "oversee": "head of", "chair": "chair of"}
_HOLDERS |= {"direct": "director of", "manage": "manager of", "coordinate": "coordinator of", "advise": "adviser to"}


def former_if_ran_before(role: str, body: str, verb: Token) -> str:
    """The role a clause of running gives ("led the directorate's counter-intelligence branch"), as a former post
    ("former head of the directorate's counter-intelligence branch") when its verb is in the past tense and bounded
    ("who led Y's branch until 2019", "who ran Y from 2010 to 2015"): a public office held then and left, whose holder
    speaks as an expert; a present one, or no public office, stays as the clause says it."""
    post, _, held = role.partition(" ")
    if not held or verb.tag_ != "VBD" or verb.lemma_ not in _HOLDERS or not _bounded(verb):
        return role
    former = _former_office(f"{_HOLDERS[verb.lemma_]} {held}", body)
    return former if former.startswith("former ") else role


def post_of_clause(clause: Token) -> Token | None:
    """The role noun a relative clause gives its person: the noun "be" has ("who is a fellow at Y", "who was minister
    in 2013"; not "who is not a member of parliament"), or the one "served as" has, a post held before and left ("who
    served as Indonesia's ambassador to Ankara from 2014 to 2019"); None for any other clause."""
    if clause.dep_ != "relcl" or any(c.dep_ == "neg" for c in clause.children):
        return None
    if clause.lemma_ == "be":
        return next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if clause.lemma_ != "serve" or clause.tag_ != "VBD" or not _bounded(clause):
        return None
    posts = (o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children)
    return next((o for o in posts if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


#: Words that bound a post served in the past ("from 2014 to 2019", "until last year", "under President X", "during
#: the 2012 campaign"), or set it in a past time ("when the decision was made").
_BOUNDS = frozenset({"from", "between", "until", "till", "under", "during", "when"})


def _bounded(clause: Token) -> bool:
    """Whether a clause of "served as" says the post ended (`_BOUNDS`): not "who served as a senator for 36 years",
    said of a person who may hold another office now."""
    return any(t.lower_ in _BOUNDS and t.dep_ in ("prep", "advmod") for t in clause.subtree)


def _former_office(role: str, body: str) -> str:
    """The role marked "former" when it is a public office (with the body it names) that says no such thing already."""
    if not role or {"former", "ex", "then"} & set(role.casefold().split()) or kind_of(role, body) != "official":
        return role
    return f"former {role}"


#: Words that open the span of years a post was held in ("from 2014 to 2016", "between 2009 and 2012", "in 2010-2014").
_SPAN_OPENERS = frozenset({"from", "between", "in"})
#: The first two digits of the years of a post held in living memory.
_CENTURIES = frozenset({"19", "20"})
#: Words that join the two years of a span ("2014 to 2016", "2009 and 2012", "2010-2014").
_SPAN_JOINS = frozenset({"to", "and", "-", "\u2013", "until", "through"})


def former_if_spanned(role: str, body: str, noun: Token) -> str:
    """The role, marked "former" when it is a public office (with the body it names) whose noun is bounded by a span
    of two years right after it ("X, foreign secretary from 2014 to 2016,"): a post held then and left, whose holder
    by GUIDELINES speaks as an expert; a single year ("minister in 2013"), an open one ("since 2019"), years of a
    clause further on ("a nurse in Halden, who voted one way in 2008 and the other in 2012") or a post of no office say
    nothing of that."""
    doc = noun.doc
    for opener in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _SPAN_OPENERS):
        span = doc[opener.i + 1 : opener.i + 4]
        if len(span) == 3 and _year(span[0]) and span[1].lower_ in _SPAN_JOINS and _year(span[2]):
            return _former_office(role, body)
    return role


def _year(token: Token) -> bool:
    """Whether a token is a year of living memory ("2014")."""
    return token.like_num and len(token.text) == 4 and token.text[:2] in _CENTURIES
