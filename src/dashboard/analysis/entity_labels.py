"""Labels of entity mentions the recogniser got wrong, fixed from the rest of the article: a surname taken for a place
("Ostrowska" GPE after Ewa Ostrowska), a relative's full name taken for an organisation ("Sophie Leblanc" ORG beside
Julien Leblanc), an organisation's short name taken for a person ("Kestrel" after Kestrel Securities), and one label
per entity; a name set beside a kin noun or an office only a person holds ("her husband, Héctor,") is a person's, and
one described as a business ("Kestrel Ledger, a Waterloo start-up that …") an organisation's."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.analysis.goods_makers_named import named_as_goods_maker
from dashboard.analysis.names import ORGANISATION_HEADS, WORK_NOUNS, clean_name, surname, words
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.quotes.joined_companies import joins_two
from dashboard.analysis.quotes.kinship import KIN_GENDERS
from dashboard.analysis.quotes.lexicon import OPENING_TRADES
from dashboard.analysis.quotes.members_bodies import members_body
from dashboard.analysis.seated_bodies import seated_body
from dashboard.analysis.trade_plying_people import name_plying_trade

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dashboard.analysis.entities import Mention


def mislabelled_surnames(found: list[Mention], canonical: list[str], labels: list[str]) -> None:
    """Give a lone word the recogniser took for a place or organisation to the person it names, in place.

    News names a person in full first and by surname after; the small model often labels such a later
    "Ostrowska" GPE or ORG. When the word is the surname of exactly one person named in full earlier in the
    article so far, the mention becomes that person; when it is the surname of several, it becomes a person's all the
    same, the one the surname alone meant last.
    A lone first name taken for an organisation or a work ("Marcus said" ORG after Marcus Oduya) is the one person
    named in full with it.
    """
    introduced: dict[str, tuple[int, int]] = {}
    for m, name in zip(found, canonical, strict=True):
        if m.label == "PERSON" and len(name.split()) > 1:
            introduced.setdefault(name, (m.paragraph, m.start_char))
    owners: dict[str, list[str]] = {}
    for name in introduced:
        owners.setdefault(surname(name), []).append(name)
    given = _first_names(introduced)
    for i, m in enumerate(found):
        word = clean_name(m.text, m.label)
        candidates = owners.get(word, []) if m.label != "PERSON" and " " not in word else []
        earlier = [c for c in candidates if introduced[c] < (m.paragraph, m.start_char)]
        if len(earlier) == 1:  # "Ashoona" after Maya Ashoona, before her mother Leetia Ashoona is named
            canonical[i], labels[i] = earlier[0], "PERSON"
        elif len(earlier) > 1:  # "the elder MacKinnon" after Ewan and Hector MacKinnon: a person, whichever is meant
            labels[i] = "PERSON"
            before = [canonical[j] for j, o in enumerate(found[:i]) if labels[j] == "PERSON" and o.text == m.text]
            if before and before[-1] in earlier:  # whom the surname alone meant last, as a person's
                canonical[i] = before[-1]
        elif (
            m.label in _FIRST_NAME_SLIPS
            and word in given
            and not candidates
            and introduced[given[word]] < (m.paragraph, m.start_char)
        ):
            canonical[i], labels[i] = given[word], "PERSON"  # "Marcus said" (ORG), "Yusuf says" (a work) after X Oduya


#: Labels the recogniser gives a lone first name by mistake ("Marcus said" an organisation, "Yusuf says" a work).
_FIRST_NAME_SLIPS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})


def _first_names(introduced: dict[str, tuple[int, int]]) -> dict[str, str]:
    """The first name of each person named in full that no other person named in full shares, and that is no
    one's surname."""
    firsts: dict[str, list[str]] = {}
    for name in introduced:
        firsts.setdefault(name.split()[0], []).append(name)
    surnames = {surname(name) for name in introduced}
    return {w: names[0] for w, names in firsts.items() if len(names) == 1 and w not in surnames and w[:1].isupper()}


def relatives_as_people(found: list[Mention]) -> list[Mention]:
    """The mentions with a full name the recogniser took for an organisation given to a person: "Sophie Leblanc said"
    beside Julien Leblanc, or "Marcus Leblanc" named in a list and "Leblanc said" after. Two capitalised
    words, none an organisation's ("Leblanc Group" stays), that end with the surname of a person the article names
    in full, or with a word it tags a person alone, are a person's name (a relative's, or the same person's)."""
    people = [clean_name(m.text, "PERSON").split() for m in found if m.label == "PERSON"]
    surnames = {surname(" ".join(words)) for words in people if words}
    fixed = []
    for m in found:
        words = clean_name(m.text, "ORG").split()
        named = m.label == "ORG" and len(words) == 2 and words[-1] in surnames and words not in people
        if named and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            m = replace(m, label="PERSON") if not any(w.lower() in ORGANISATION_HEADS for w in words) else m
        fixed.append(m)
    return fixed


def mislabelled_organisations(canonical: list[str], labels: list[str]) -> None:
    """Give a lone word the recogniser took for a person to the organisation it stands for, in place: "Kestrel said"
    after "Kestrel Securities", when no person of the article bears that name."""
    organisations = sorted({n for n, label in zip(canonical, labels, strict=True) if label == "ORG" and " " in n})
    people = [n.split() for n, label in zip(canonical, labels, strict=True) if label == "PERSON" and " " in n]
    for i, (name, label) in enumerate(zip(canonical, labels, strict=True)):
        alone = label == "PERSON" and " " not in name and not any(name in words for words in people)
        if alone and (full := full_organisation(name, organisations)):
            canonical[i], labels[i] = full, "ORG"


def majority_labels(names: list[str], labels: list[str]) -> dict[str, str]:
    """The label each name carries most often in the article, so one entity has one type ("Belarus" GPE)."""
    votes: dict[str, Counter[str]] = {}
    for name, label in zip(names, labels, strict=True):
        votes.setdefault(name, Counter())[label] += 1
    return {name: counter.most_common(1)[0][0] for name, counter in votes.items()}


def full_organisation(short: str, names: list[str]) -> str:
    """The one longer name of the article that a short organisation name stands for: its initials ("LSE" for
    the London Stock Exchange) or its first word ("Kestrel" for Kestrel Securities); "" when none or several."""
    fitting = {
        n for n in names if (short.isupper() and len(short) > 1 and short == initials(n)) or n.split()[0] == short
    } - {n for n in names if joins_two(n, short) or members_body(n, short)}  # "Westbrook" of "Westbrook and Hale
    # Materials", "Kelvair" of "Kelvair Pilots Association"
    return fitting.pop() if len(fitting) == 1 else ""


def initials(name: str) -> str:
    """The first letters of a name's capitalised words ("LSE" of "London Stock Exchange")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def people_named_in_apposition(docs: list[Doc], found: list[Mention], labels: list[str]) -> None:
    """Give a name the recogniser took for a place or organisation to a person, in place, when it is set beside a
    noun only a person can be: a lone first name after a kin noun ("her husband, Héctor,"), or a name of two or three
    capitalised words, none an organisation's, and the particles between them, after a kin noun and its comma ("Her
    daughter, Chase Holloway,"; not a district in brackets after "his niece") or a person's office ("the board
    president, Yvette Comeau-LeBlanc,", "Its editor, Marta de la Fuente,") or, opening with a given name, after the
    body the office is for ("A spokesman for the company, Dan Roe,")."""
    for i, m in enumerate(found):
        named = m.text.split()
        if labels[i] == "PERSON" or not named:
            continue
        words = [w for w in named if w not in _NAME_PARTICLES]  # "Marta de la Fuente": particles aside
        whole = named[0] in words and all(_name_word(w) for w in words)
        if len(named) != 1 and not (2 <= len(words) <= 3 and whole):
            continue  # neither a lone first name nor a person's whole name, whatever it is set beside
        span = docs[m.paragraph].char_span(m.start_char, m.end_char, alignment_mode="expand")
        token = span.root if span is not None else None
        if token is None or token.dep_ != "appos":
            continue
        beside = token.head.lemma_.lower()
        set_off = span.start > 0 and docs[m.paragraph][span.start - 1].text == ","  # "Her daughter, Ama Roe,"
        kin = beside in KIN_GENDERS and (len(named) == 1 or 2 <= len(words) <= 3 and whole and set_off)
        office = beside in _PERSONS_OFFICES or _body_an_office_speaks_for(token.head) and gender_of_given_word(named[0])
        if kin or 2 <= len(words) <= 3 and office and whole:
            labels[i] = "PERSON"


def _body_an_office_speaks_for(noun: Token) -> bool:
    """ "A spokesman for the company, Dan Roe, said": the parser hangs the name on the body a person's office is
    for, though it names the person; the name is theirs when it opens with a given name the lexicon knows ("a
    spokesman for the operator, Harbour Transit," names the operator)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("for", "of", "at") and prep.head.lemma_.lower() in _PERSONS_OFFICES


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha() and word.lower() not in ORGANISATION_HEADS


#: Offices and roles only a person holds, so that a name set beside one is a person's ("the lawyer, Ann Roe,").
_PERSONS_OFFICES = words("""
president lawyer attorney agent spokesperson spokesman spokeswoman chairman chairwoman chair director manager
secretary treasurer professor doctor physician teacher principal coach mayor judge councillor councilor editor
""")
#: Lower-case particles inside a person's name ("Marta de la Fuente", "Pieter van der Linde").
_NAME_PARTICLES = words("de la del della di da dos das du van von der den le bin al")


def organisations_in_apposition(docs: list[Doc], found: list[Mention], canonical: list[str], labels: list[str]) -> None:
    """Give a name the recogniser took for a person to an organisation in all its mentions, in place, when one of them
    is described by a noun set after it that only an organisation can be: "Kestrel Ledger, a Waterloo start-up that
    sells …", "Brennock Hale, the firm that …", or follows one as its name ("at consultancy Tideway Advisory"), or is
    set off by where it is based ("Tasman Lumen, based in Adelaide,"), or
    whose first word is a trade a company's name opens with in Spanish or Portuguese ("Minera Andina Norte")."""
    described = set()
    for i, m in enumerate(found):
        if labels[i] == "ORG" and named_as_goods_maker(docs[m.paragraph], m):
            described.add(canonical[i])  # "the drug's maker, Aldenmatt,": "Aldenmatt said" is the company too
        if labels[i] != "PERSON" or m.honorific:
            continue
        if canonical[i].split()[0].casefold() in OPENING_TRADES and " " in canonical[i]:
            described.add(canonical[i])  # "Minera Andina Norte": a company named by its trade first, in Spanish
            continue
        span = docs[m.paragraph].char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        described_so = any(c.dep_ == "appos" and c.i > root.i and _an_organisation(c) for c in root.children)
        described_so = described_so and not name_plying_trade(span)  # "Ann Roe, the retailer,": a shopkeeper
        if described_so or _typed(span) or seated_body(span):  # "Tasman Lumen, based in Adelaide, said"
            described.add(canonical[i])
    for i, name in enumerate(canonical):
        if name in described:
            labels[i] = "ORG"


def _typed(span: Span) -> bool:
    """ "a director at consultancy Tideway Advisory", "an analyst with investment bank Orla Hart": a name right after
    a lower-case noun only an organisation can be, itself the object of a preposition (one word may stand between)."""
    doc = span.doc
    noun = doc[span.start - 1] if span.start > 0 else None
    if noun is None or not noun.is_lower or noun.lower_ not in _TYPE_NOUNS:
        return False
    before = [doc[k] for k in range(max(noun.i - 2, 0), noun.i)]
    return (
        any(t.lower_ in _PREPOSITIONS for t in before[-1:])
        or len(before) == 2
        and (before[0].lower_ in _PREPOSITIONS and before[1].is_lower and before[1].pos_ in ("NOUN", "ADJ"))
    )


#: Prepositions tying a person to the organisation after them ("at", "with").
_PREPOSITIONS = words("at with for of from")


def _an_organisation(noun: Token) -> bool:
    """ "a Waterloo start-up", "the co-op": "a" or "the" and a noun that only an organisation can be."""
    doc = noun.doc
    word = noun.lower_
    if noun.i > 1 and doc[noun.i - 1].text == "-":  # "start-up", "co-op": three tokens
        word = f"{doc[noun.i - 2].lower_}-{word}"
    article = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
    return article and word in _ORGANISATION_NOUNS


#: Nouns only an organisation can be, so that a name set before one as its description is an organisation's.
_ORGANISATION_NOUNS = words("""
start-up startup company firm business co-op co-operative cooperative nonprofit non-profit charity retailer
manufacturer brewery distillery corporation subsidiary conglomerate automaker carmaker insurer lender
bank complex plant refinery smelter factory shipyard
""")
#: Nouns that name an organisation's type right before its name ("at consultancy Tideway Advisory"), which after a
#: name may describe a person's firm instead ("Greta Lund of Halvorsen & Co, a Stockholm brokerage").
_TYPE_NOUNS = _ORGANISATION_NOUNS | {"consultancy", "brokerage"}


#: Last words of names of bodies that no title of a work ends with ("The Riverbend Tenants Council").
_BODY_HEADS = words("""
council association union federation authority agency commission committee department ministry bureau coalition
""")


#: Marks of a plural possessive between a name's words ("Grain Traders’ Association"), as the tokenizer splits them.
_POSSESSIVE_MARKS = frozenset({"\u2019", "'"})


def body_taken_for_work(ent: Span) -> bool:
    """Whether a span the recogniser took for a work's title names a body: its capitalised last word is a body's and
    follows a capitalised word ("The Lakeside Tenants Council called the plan …", not "State of the Union"), perhaps
    in the plural possessive ("The Grain Traders’ Association"), and no quotation mark or work noun sets it off as a
    title."""
    if ent.label_ != "WORK_OF_ART":
        return False  # read first: most names are read no further
    doc = ent.doc
    enclosed = ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].is_quote and doc[ent.end].is_quote
    mark = _plural_possessive(ent)  # "Grain Traders’ Association": the mark is no quotation mark
    quoted = enclosed or any(t.is_quote and t != mark for t in ent)
    work = ent.root.head.lower_ in WORK_NOUNS and ent.root.dep_ in ("appos", "compound")
    work = work or ent.start > 0 and doc[ent.start - 1].lower_ in WORK_NOUNS  # "the novel The Quiet Council"
    before = ent[-3] if mark is not None else ent[-2] if len(ent) > 1 else None
    named = before is not None and before.is_title and ent[-1].is_title  # "Labour Council", not "State of the Union"
    return named and ent[-1].lower_ in _BODY_HEADS and not quoted and not work


def _plural_possessive(ent: Span) -> Token | None:
    """The mark of a plural possessive right before the last word of a name ("Nurses’ Union"), or None."""
    if len(ent) < 3 or ent[-2].text not in _POSSESSIVE_MARKS or not ent[-3].lower_.endswith("s"):
        return None
    return ent[-2] if not ent[-3].whitespace_ else None
