"""Names behind titles, as wire copy writes them: "Chief Executive Anders Lyle", "Bank of Norrland Governor Pia Sand".

The recogniser keeps only the surname after a title it does not know ("Chief Executive Anders Lyle" -> "Lyle"), and
reads an organisation, a title and a name as one organisation. This pipeline step, run after the recogniser, gives
the person their full name and the organisation its own span, the title between them left out as it is for
"Prime Minister Oskar Brand". A dateline the recogniser reads into the name after it ("LONDON - Harrowgate Insurance
Group") is set apart as the place it is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES
from dashboard.analysis.names import LOCAL_TITLES, ORGANISATION_HEADS, TITLES, words
from dashboard.analysis.quotes.body_phrases import name_end_after_body_noun, name_start_before_join
from dashboard.analysis.quotes.kinds import OTHER_WORDS, ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import DASHES, HYPHENS
from dashboard.analysis.quotes.parties import PARTIES
from dashboard.analysis.quotes.portfolio_holders import names_portfolio_title, portfolio_before_name, portfolio_word
from dashboard.analysis.quotes.ranked_names import armed_body_officer, name_after_rank
from dashboard.analysis.step_entities import current_entities, set_entities
from dashboard.analysis.untagged_names import written_as_name
from dashboard.analysis.untagged_portfolio_holders import with_portfolio_holders

#: The name of the pipeline step.
STEP = "titled_names"
#: Words that end a title before a name and never a word of a body's name ("State", "General", "Foreign" may be).
TITLE_ENDS = LOCAL_TITLES | words("""
executive officer chairman chairwoman chief head founder commissioner envoy treasurer economist analyst strategist
manager spokesman spokeswoman spokesperson governor director minister president secretary chancellor premier mayor
ambassador senator judge lawyer attorney prosecutor mep archbishop bishop fisherman fisherwoman rancher shopkeeper
resident chairperson chair sheriff coroner administrator statistician
""")
#: Most words a portfolio and a name after "Minister for" run to ("Foreign Affairs Joel Okumu Otieno").
_PORTFOLIO_AND_NAME = 6
#: Words that open a title or stand inside one ("Chief Financial Officer", "Deputy Chief Executive").
_TITLE_PARTS = TITLE_ENDS | words(
    "deputy vice acting assistant senior financial operating technology investment managing regional"
)
_LABELS_WITH_TITLES = frozenset({"ORG", "GPE", "FAC", "NORP"})
#: Titles of office that may open what the recogniser took for an organisation ("Justice Ewan Hale wrote").
_OPENING_TITLES = words("""
justice judge governor senator mayor premier chancellor ambassador commissioner trooper superintendent undersheriff
""")
#: Titles before a given name and a surname the recogniser took for something else: those of office, the offices of
#: government whose holder is named right after them ("President Beatriz| Aguirre Villalobos", with a given name the
#: recogniser does not know left out), and the abbreviated ranks of police and forces ("Cst. Amrit| Sandhu", "Sgt.
#: Dana| Orr"), which only people hold.
_TITLES_BEFORE_GIVEN_NAMES = _OPENING_TITLES | ABBREVIATED_TITLES | words("president minister secretary spokeswoman")
#: Trades that open a sentence before a company's name as no part of it ("Airline Skyfleet said").
_OPENING_TRADES = words("""
airline carmaker automaker drugmaker chipmaker steelmaker planemaker shipbuilder refiner retailer insurer reinsurer
lender miner brewer broadcaster conglomerate supermarket shipper
""")
#: Capitalised words that are no part of a person's name.
_NOT_NAME_WORDS = TITLES | TITLE_ENDS | ORGANISATION_HEADS
#: Occupations and states of life written bare before a full name as a title ("Paramedic Jo Hale", "Retiree Dan Fox");
#: not words for anyone at all, nor trades that are also names ("Baker", "Driver", "Star").
_BARE_TITLES = PEOPLE_NOUNS - words("""
people person man woman someone family friend relative report media medium source baker driver star host fan
general member player user reader caller listener viewer follower ally
""")
#: Party adjectives written bare before a full name ("Green Ada Lund", "NDP Rita Vos").
_BARE_PARTIES = frozenset(PARTIES) | words("liberal green ndp independent libertarian socialist")
#: Words of roles, which open a sentence before a surname as no first name ("Candidate Trump said").
_ROLES = ROLE_WORDS | OTHER_WORDS


@Language.component(STEP)
def titled_names(doc: Doc) -> Doc:
    """The document with people named after a title given their full names and their own spans."""
    mended: list[Span] = []
    ents = current_entities(doc)  # read once: spaCy builds every entity's Span anew at each read
    in_entities = {i for e in ents for i in range(e.start, e.end)}
    portfolios = names_portfolio_title(doc)  # else no entity follows "Minister for" and a portfolio
    for ent in ents:
        if mended and ent.start < mended[-1].end:
            continue  # "Khokhar", tagged apart, of "Interior Asad Mahmood| Khokhar" that a person's name took in
        if dateline := _dateline_in(ent):
            mended.extend((Span(doc, ent.start, dateline - 1, label="GPE"), Span(doc, dateline, ent.end, ent.label)))
        elif ent.label_ in ("ORG", "GPE", "PERSON") and (person := _surnames_after_titled_given_name(ent)) is not None:
            mended.append(person)  # "Judge Beatriz| Almeida Costa": two surnames taken for a body
        elif portfolios and ent.label_ == "ORG" and (person := _name_after_portfolio(ent)) is not None:
            mended.append(person)  # "Minister for Interior X"
        elif ent.label_ == "ORG" and _before_a_title(ent):  # the label read first, as below
            mended.append(_without_title(ent))
        elif split := _owner_and_person(ent):
            mended.extend(split)
        elif (end := name_end_after_body_noun(ent, in_entities)) > ent.end:  # "aid group Bread for All"
            mended.append(Span(doc, ent.start, end, label="ORG"))
        elif (start := name_start_before_join(ent, in_entities)) < ent.start:  # "Lawyers without Borders"
            mended = [m for m in mended if m.end <= start]  # "Reporters" tagged apart is part of it
            mended.append(Span(doc, start, ent.end, label="ORG"))
        elif ent.label_ in ("ORG", "PERSON") and _opens_with_trade(ent):
            mended.append(Span(doc, ent.start + 1, ent.end, label="ORG"))
        elif ent.label_ == "PERSON" and (split := _place_title_name(ent)):  # "Brandon Mayor Gord Lesiuk"
            mended.extend(split)
        elif portfolios and ent.label_ == "PERSON" and (person := _given_name_after_portfolio(ent)) is not None:
            mended.append(person)  # "Minister for Planning Zafar| Iqbal Awan": "Zafar" read into the portfolio
        elif ent.label_ == "PERSON":
            mended.append(name_after_rank(_with_first_name(without_leading_title(ent), in_entities), in_entities))
        elif ent.label_ in _LABELS_WITH_TITLES and (split := armed_body_officer(ent) or _organisation_title_name(ent)):
            mended.extend(split)
        else:
            mended.append(ent)
    mended = with_portfolio_holders(doc, mended)  # "Minister for Local Government Hamid Raza Khan", untagged
    if len(mended) != len(ents) or any(a is not b for a, b in zip(mended, ents, strict=True)):
        set_entities(doc, mended)  # most documents keep every entity as the recogniser read it: nothing to set again
    return doc


def _surnames_after_titled_given_name(ent: Span) -> Span | None:
    """ "Beatriz Almeida Costa" of "Judge Beatriz Almeida Costa said" with "Almeida Costa" taken for an organisation,
    a place or a person apart: a name of one or two words after an untagged capitalised word that a title of office
    opens; None when the entity follows no such title and word."""
    doc, start = ent.doc, ent.start
    if start < 2 or len(ent) > 2:
        return None
    title, given = doc[start - 2], doc[start - 1]
    titled = title.is_title and title.lower_ in _TITLES_BEFORE_GIVEN_NAMES  # read first: most entities follow none
    if not titled or not all(map(_name_word, ent)) or any(t.lower_ in ORGANISATION_HEADS for t in ent):
        return None
    titled = start == 2 or not doc[start - 3].ent_type_
    return (
        Span(doc, start - 1, ent.end, label="PERSON")
        if titled and _untagged_title_word(given) and _name_word(given)
        else None
    )


def _name_after_portfolio(ent: Span) -> Span | None:
    """ "Asad Mahmood Khokhar" of "State Minister for Interior Asad Mahmood Khokhar", taken for one organisation or two
    after "Minister for": the person named after the portfolio, which belongs to the title before it; None when the
    entity opens no such run of a portfolio and a name."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.start < _PORTFOLIO_AND_NAME and doc[end].ent_type_ in ("ORG", "PERSON"):
        end += 1  # the name's last word tagged apart
    run = tuple(doc[ent.start : end])
    while run and not portfolio_before_name(run):
        run = run[:-1]
    if len(run) < len(ent):
        return None
    start = ent.start
    while portfolio_word(doc[start]):
        start += 1
    return Span(doc, start, ent.start + len(run), label="PERSON")


def _given_name_after_portfolio(ent: Span) -> Span | None:
    """ "Zafar Iqbal Awan" of "Minister for Planning Zafar Iqbal Awan" with "Iqbal Awan" tagged a person: the name
    with the untagged words between the portfolio and it; None when no portfolio after "Minister for" comes before."""
    doc, start = ent.doc, ent.start
    while start > 0 and ent.start - start < _PORTFOLIO_AND_NAME and _untagged_title_word(doc[start - 1]):
        start -= 1
    run = tuple(doc[start : ent.end])
    if start == ent.start or not portfolio_before_name(run):
        return None
    while portfolio_word(doc[start]):
        start += 1
    return Span(doc, start, ent.end, label="PERSON") if start < ent.start else None


def _untagged_title_word(token: Token) -> bool:
    """A capitalised word no entity holds."""
    return token.is_title and not token.ent_type_


def _dateline_in(ent: Span) -> int:
    """Where the name starts after a dateline in capitals that opens the text and the entity ("LONDON - Harrowgate
    Insurance Group"); 0 when there is none."""
    if ent.start != 0:
        return 0  # only the text's first entity can hold its dateline: its other entities need no walk
    dash = next((t.i for t in ent if t.text in DASHES), 0)
    capitals = ent.doc[ent.start : dash]
    dateline = ent.start == 0 and len(capitals) > 0 and all(t.is_alpha and t.is_upper for t in capitals)
    return dash + 1 if dateline and dash + 1 < ent.end else 0


def _before_a_title(ent: Span) -> bool:
    """ "Velmar Holdings Chief Financial| Officer Rune Aske": an organisation right before a title and a person's name,
    which may have taken words of the title into its own, or the whole title ("FAA Administrator| Ann Ross")."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].is_title and doc[end].lower_ in _TITLE_PARTS:
        end += 1
    whole = end == ent.end > ent.start + 1 and _titled(ent[-1])  # the title ends the organisation's name
    titled_person = (
        (ent.end < end or whole) and end < len(doc) and _titled(doc[end - 1]) and doc[end].ent_type_ == "PERSON"
    )
    return titled_person and ent.label_ == "ORG"


def _without_title(ent: Span) -> Span:
    """The organisation's name without the words of the title the recogniser took into it."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_title and ent.doc[end - 1].lower_ in _TITLE_PARTS:
        end -= 1
    return Span(ent.doc, ent.start, end, label="ORG")


def _owner_and_person(ent: Span) -> list[Span]:
    """ "Halvorsen's Nils Berg said" read as one name: the organisation before the "'s" and the person after it."""
    doc = ent.doc
    for k in (k for k in range(ent.start + 1, ent.end - 2) if doc[k].tag_ == "POS"):  # no name read after others
        name = doc[k + 1 : ent.end]
        speaks = name.root.dep_ in ("nsubj", "nsubjpass") and doc[ent.start].is_title  # not "“America's Bitter Pill”"
        if 2 <= len(name) <= 3 and all(map(_name_word, name)) and speaks:
            return [Span(doc, ent.start, k, label="ORG"), Span(doc, k + 1, ent.end, label="PERSON")]
    return []


def _opens_with_trade(ent: Span) -> bool:
    """ "Airline Skyfleet said", "Carmaker Voltra said": a company's trade, capitalised to open the sentence, before
    its name."""
    first = ent[0]
    trade = first.is_title and first.lower_ in _OPENING_TRADES and len(ent) > 1 and ent[1].tag_ == "NNP"
    opens = trade and (first.is_sent_start or first.i > 0 and ent.doc[first.i - 1].text in DASHES)
    return opens and ent.label_ in ("ORG", "PERSON")


def _titled(token) -> bool:
    """A title written before a name: "Councillor", also in capitals ("MLA")."""
    return (token.is_title or token.is_upper) and token.lower_ in TITLE_ENDS


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and written_as_name(token) and token.lower_ not in _NOT_NAME_WORDS


def without_leading_title(ent: Span) -> Span:
    """ "Secretary-|Treasurer Dale Korb", "Treasurer Jo Ruiz-Pike" read as one person: the name without the title."""
    start = _past(ent, lambda t: _titled(t) or _party_before_title(t))
    if start == ent.start:
        start = _past(ent, _bare_title)  # "Paramedic Jo Hale", "Liberal Democrat Jo Sand"
    titled = start > ent.start and all(_name_word(t) for t in ent.doc[start : ent.end] if t.text not in HYPHENS)
    return Span(ent.doc, start, ent.end, label="PERSON") if titled else ent


def _past(ent: Span, opening) -> int:
    """Where the words of `ent` that `opening` takes end, leaving two words at least."""
    start = ent.start
    while start < ent.end - 2 and opening(ent.doc[start]):
        start += 1
    return start


def _bare_title(token) -> bool:
    """ "Paramedic Jo Hale", "Green Ada Lund": an occupation or a party's word, capitalised, before a full name."""
    return (token.is_title or token.is_upper) and (token.lower_ in _BARE_TITLES or token.lower_ in _BARE_PARTIES)


def _party_before_title(token) -> bool:
    """ "Tory MP Clive Arden": a party's word before the title, no part of the name either."""
    return token.lower_ in PARTIES and token.i + 1 < len(token.doc) and _titled(token.doc[token.i + 1])


def _with_first_name(ent: Span, in_entities: set[int]) -> Span:
    """ "Chief Executive Anders Lyle" (or "chief executive Anders Lyle") tagged "Lyle": the name with the first name
    between it and the title, or between it and a dateline's dash or the sentence's start ("MOSCOW (Reuters) -
    Anatoly Grekov")."""
    doc, start = ent.doc, ent.start
    first = start - 1
    if len(ent) != 1 or first < 0 or first in in_entities or not _name_word(doc[first]) or doc[first].head != ent.root:
        return ent
    if doc[first].lower_ in _ROLES:
        return ent
    opens = doc[first].is_sent_start or doc[first - 1].text in DASHES or doc[first - 1].lower_ in TITLE_ENDS
    return Span(doc, first, ent.end, label="PERSON") if opens else ent


def _place_title_name(ent: Span) -> list[Span]:
    """ "Brandon Mayor Gord Lesiuk" taken for one person (a town that is also a given name): the place before the
    title, and the person after it; not a party or a title before it."""
    split = _organisation_title_name(ent)
    if len(split) != 2 or any(_titled(t) or _bare_title(t) or t.lower_ in PARTIES for t in split[0]):
        return []  # "Tory MP Clive Arden", "Senior Minister Ada Lund": no place before the title
    return [Span(ent.doc, split[0].start, split[0].end, label="GPE"), split[1]]


def _organisation_title_name(ent: Span) -> list[Span]:
    """ "Bank of Norrland Governor Pia Sand" taken for one organisation: the organisation and the person, apart; so
    too "Justice Ewan Hale" and "Det. Ewan Hale", a title of office or a rank opening it."""
    for i in range(ent.start, ent.end - 2):
        token = ent.doc[i]
        titled = _titled(token) if i > ent.start else token.is_title and token.lower_ in _TITLES_BEFORE_GIVEN_NAMES
        if not titled:
            continue  # read first: the name after a word that is no title is never read
        name = ent.doc[i + 1 : ent.end]
        if 2 <= len(name) <= 3 and all(map(_name_word, name)):
            title = i
            while title > ent.start and _titled(ent.doc[title - 1]):
                title -= 1
            person = Span(ent.doc, i + 1, ent.end, label="PERSON")
            organisation = ent.doc[ent.start : title]
            if organisation and organisation[-1].is_title:
                return [Span(ent.doc, ent.start, title, label=ent.label_), person]
            return [person]
    return []
