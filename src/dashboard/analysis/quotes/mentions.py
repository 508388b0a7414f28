"""The entity mentions of one article's paragraphs, looked up by token: name, label and sentence."""

from __future__ import annotations

import bisect
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.entities import defined_acronyms, names_of, whole_organisation
from dashboard.analysis.entity_labels import full_organisation
from dashboard.analysis.names import ORGANISATION_HEADS, clean_name
from dashboard.analysis.quotes.head_word_names import named_by_head_word
from dashboard.analysis.quotes.joined_companies import joins_two
from dashboard.analysis.quotes.marks import dateline_end
from dashboard.analysis.quotes.split_bodies import first_part_before_and, members_after_and, rest_after_and
from dashboard.analysis.sentence_table import sentences_of

#: Verbs of putting a question ("asked by", "pressed by"): the one who asks is no antecedent of the answer.
_ASKING = frozenset({"ask", "press", "question", "quiz", "challenge", "interview"})
#: Dependencies of the one a question is put to or by, under the verb of asking ("I asked Tom", "Tom was asked").
_ASKED = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent"})
#: Dependencies of a clause's subject ("Ratings agency Holm & Reed affirmed": the name set beside it too).
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class Mentions:
    """An article's parsed paragraphs and entity rows, so a token can be asked which entity it is part of and
    what the entities table calls that entity."""

    def __init__(self, docs: list[Doc], entities: list[dict]):
        self.docs = docs
        self._rows = {(e["paragraph"], e["end_char"]): e for e in entities}  # a mention may lose leading words
        self._names: dict[tuple[int, int, int, int], str] = {}  # (paragraph, start, end, label) -> name_of
        self._ents: list[tuple[Span, ...]] = [  # the names after a dateline ("FRANKFURT (Bloomberg) - …")
            _unshadowed([_whole(e) for e in names_of(doc) if e.end >= opening])
            for doc, opening in zip(docs, map(dateline_end, docs), strict=True)
        ]
        self._ent_at: list[dict[int, Span]] = [
            {i: ent for ent in ents for i in range(ent.start, ent.end)} for ents in self._ents
        ]
        self.sentences: list[list[Span]] = [list(sentences_of(doc)) for doc in docs]
        orgs = [e for e in entities if e["label"] == "ORG"]
        self._organisations = sorted({e["canonical"] for e in orgs if " " in e["canonical"]})
        ends = [(e["paragraph"], e["end_char"], e["canonical"]) for e in orgs]
        self.acronyms = defined_acronyms([text_of(doc) for doc in docs], ends)  # "SADC" -> its full name, as defined
        self._short_names = {
            **self.acronyms,
            **{clean_name(e["text"], "ORG"): e["canonical"] for e in orgs},
        }
        self._sentence_starts = [[s.start for s in sents] for sents in self.sentences]

    def name_of(self, p: int, ent: Span) -> str:
        """The canonical name of an entity mention, as the entities table gives it; worked out once per mention, as
        every step that meets it asks."""
        key = (p, ent.start, ent.end, ent.label)
        if (name := self._names.get(key)) is None:
            name = self._names[key] = self._name_of(p, ent)
        return name

    def _name_of(self, p: int, ent: Span) -> str:
        row = self._rows.get((p, ent.end_char))
        name = row["canonical"] if row else clean_name(text_of(ent), ent.label_)
        doc, end = ent.doc, ent.end
        if ent[-1].lower_ == "of" and end < len(doc) and doc[end].pos_ == "PROPN":  # "the Securities Commission of"
            end = next((t.i for t in doc[end:] if t.pos_ != "PROPN"), len(doc))  # cut short before "Veldt"
            name = f"{name} {doc[ent.end : end].text}"
        elif ent[-1].lower_ == "local" and end < len(doc) and doc[end].like_num:  # "Unifor Local" + "1127"
            name = f"{name} {doc[end].text}"
        elif place := _of_a_place(ent):  # "the Public Health Agency" + "of Canada", "… Bank" + "of New York"
            name = f"{name} of {place}"
        elif _chamber_committee(ent):  # "the House Oversight" + "subcommittee": a chamber's committee, no company
            name = f"{name} {doc[end].text}"
        elif members := _of_members(ent):  # "the Ad Hoc Group" + "of Sri Lankan Bondholders"
            name = f"{name} {doc[end : end + members].text}"
        elif first := first_part_before_and(ent):  # "The Canadian Radio-television" + "and Telecommunications …"
            name = f"{first} and {name}"
        elif rest := rest_after_and(ent) or members_after_and(ent):  # "The Energy" + "and Chemical Workers Alliance"
            name = f"{name} and {rest}"
        return name

    def entity_rows(self) -> list[dict]:
        """The article's rows of the entities table."""
        return list(self._rows.values())

    def organisation_called(self, name: str) -> str:
        """The full name of an organisation of the article that a short name the recogniser missed stands for
        ("LSE" for the London Stock Exchange, "Harrow" for Harrow Mutual, "Fund" for the International Monetary
        Fund), or the name itself."""
        if short := self._short_names.get(name):
            return short
        whole = " " not in name and (
            full_organisation(name, self._organisations) or named_by_head_word(name, self._organisations)
        )
        return whole or name

    def names_an_organisation(self, word: str) -> bool:
        """Whether the article tags this word an organisation somewhere ("Tarnhold" of "Tarnhold said")."""
        return word in self._short_names or any(joins_two(n, word) for n in self._organisations)  # "X and Y Co"

    def ends_a_longer_name(self, word: str) -> bool:
        """Whether a name of several words the article tags, as whatever, ends with this word: a surname, though the
        recogniser took the person for an organisation ("Tuttle" of "National Review's Ian Tuttle")."""
        return any(len(name := e["canonical"].split()) > 1 and name[-1] == word for e in self._rows.values())

    def surname_of_someone(self, word: str) -> bool:
        """Whether a person the article names has this surname ("Ross" of "Ann Ross")."""
        names = (e["canonical"].split() for e in self._rows.values() if e["label"] == "PERSON")
        return any(len(name) > 1 and name[-1] == word for name in names)

    def label(self, p: int, ent: Span) -> str:
        """The entity's label in the article (one label per entity, as the entities table gives it)."""
        row = self._rows.get((p, ent.end_char))
        return row["label"] if row else ent.label_

    def label_at(self, p: int, token: Token) -> str:
        """The article's label of the entity that holds a token ("Raghunathan", tagged a place, is the person named
        before in full), or the recogniser's tag of a token no entity of the article holds."""
        ent = self.entity(p, token)
        return self.label(p, ent) if ent is not None else token.ent_type_

    def sentence_of(self, p: int, i: int) -> Span:
        """The sentence of paragraph p that holds token i."""
        return self.sentences[p][bisect.bisect_right(self._sentence_starts[p], i) - 1]

    def sentence_before(self, p: int, i: int) -> tuple[int, int]:
        """Where the sentence before the one that holds token i of paragraph p starts, as (paragraph, token): the last
        of the paragraph before when this sentence opens its paragraph; the paragraph's start when none is before."""
        start = self.sentence_of(p, i).start
        if start > 0:
            return p, self.sentence_of(p, start - 1).start
        return (p - 1, self.sentences[p - 1][-1].start) if p > 0 and self.sentences[p - 1] else (p, 0)

    def subjects_its_means(self, p: int, token: Token, people: Collection[str] = ()) -> list[str]:
        """ "its" or "their" after a sentence that named an organisation last as the owner of a thing means that
        sentence's subject, not the owner ("Holm & Reed affirmed Norrvik's rating. Its analyst": Holm & Reed's): the
        organisations, none of them `people`, that were a clause's subject (or set beside one) since the sentence
        before started; none for any other word, or when the last organisation named owns nothing ("The ministry
        fined Halden Bank. Its chief" may be the bank's)."""
        if token.lower_ not in ("its", "their"):
            return []
        since, named = self.sentence_before(p, token.i), []
        for q in range(since[0], p + 1):
            roots = [(ent, ent.root) for ent in self._ents[q] if self.label(q, ent) == "ORG"]
            named += [(ent, root, q) for ent, root in roots if since <= (q, root.i) < (p, token.i)]
        if not named or named[-1][1].dep_ != "poss":
            return []
        subjects = [
            (e, q) for e, r, q in named if r.dep_ in _SUBJECTS or r.dep_ == "appos" and r.head.dep_ in _SUBJECTS
        ]
        return [name for e, q in subjects if (name := self.name_of(q, e)) not in people]

    def entity(self, p: int, token: Token) -> Span | None:
        return self._ent_at[p].get(token.i)

    def asks(self, position: tuple[int, int], p: int, i: int) -> bool:
        """Whether the mention at (paragraph, token) asks a question in the sentence of token i of paragraph p ("Asked
        by Tom Hale whether she would run, she said"), or is named in the question put before it ("Asked whether Tom
        Hale would run, she said"): neither the asker nor the one asked about is the answer's pronoun."""
        if position[0] != p:
            return False  # most mentions: in another paragraph, whose sentence cannot be this one
        token = self.docs[position[0]][position[1]]
        while token.dep_ == "compound" and token.head.i > token.i:
            token = token.head
        by = token.head
        asked = token.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() in _ASKING
        return (asked or _in_question_put(token, i)) and token.sent.start == self.docs[p][i].sent.start


def _in_question_put(token: Token, i: int) -> bool:
    """Whether a token stands in what was asked by a clause of asking that ends before token i ("Asked whether Chad
    would help, she said": Chad); not the one asked ("When I asked Tom if …, he said", "When Tom was asked if …")."""
    below = token
    for clause in token.ancestors:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in _ASKING:
            return below.dep_ not in _ASKED and clause.right_edge.i < i
        below = clause
    return False


def _whole(ent: Span) -> Span:
    """An organisation's mention with the word joined to it by "and" that the recogniser left out, as the entities
    table names it ("Fisheries and Oceans Canada said", with only "Oceans Canada" tagged and "Fisheries" the subject),
    so that the subject is the organisation; any other mention as tagged."""
    whole = whole_organisation(ent) if ent.label_ == "ORG" else ent
    return Span(ent.doc, whole.start, whole.end, label=ent.label_) if whole != ent else ent


def _unshadowed(ents: list[Span]) -> tuple[Span, ...]:
    """The mentions without those an organisation's name took in ("Parks" of "…, Conservation and Parks")."""
    kept: list[Span] = []
    for ent in ents:
        if not kept or ent.start >= kept[-1].end:
            kept.append(ent)
    return tuple(kept)


def _of_a_place(ent: Span) -> str:
    """The place after an organisation's name the recogniser cut before "of" and a country, a state or a city ("the
    Public Health Agency of Canada", "the Federal Reserve Bank of New York", "the Association of Licensed Telecom
    Operators of Nigeria"): its last word is an organisation's, or the members a body of them gathers, and the place,
    the whole of the name the recogniser tagged, ends the name; "" otherwise."""
    doc, end = ent.doc, ent.end
    if not (
        ent.label_ == "ORG"
        and (ent[-1].lower_ in ORGANISATION_HEADS or _ends_with_members(ent))
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].ent_type_ == "GPE"
        and doc[end + 1].ent_iob_ == "B"
    ):
        return ""
    place = next(e for e in doc.ents if e.start == end + 1)
    return place.text if len(place) <= 3 else ""


#: The chambers of a legislature whose committees are named after them ("the House Oversight subcommittee").
_CHAMBERS = frozenset({"House", "Senate"})
#: The lower-case nouns of a chamber's committees the recogniser leaves out of the name.
_COMMITTEES = frozenset({"committee", "subcommittee"})


def _chamber_committee(ent: Span) -> bool:
    """Whether an organisation's name opened by a chamber ("House Energy and Commerce") is cut before the lower-case
    "committee" or "subcommittee" that ends it."""
    if ent.label_ != "ORG":
        return False  # most names: no word of theirs is read
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    whole = ent[-1].tag_ == "POS" or ent[-1].lower_ in _COMMITTEES  # "the Senate Banking Committee's subcommittee"
    return first.text in _CHAMBERS and not whole and after is not None and after.text in _COMMITTEES


def _ends_with_members(ent: Span) -> bool:
    """ "Association of Licensed Telecom Operators": a name opened by an organisation's noun and "of", which ends with
    the members it gathers (a capitalised plural)."""
    last = ent[-1]
    opened = len(ent) > 3 and any(t.lower_ in ORGANISATION_HEADS and t.nbor().lower_ == "of" for t in ent[:-2])
    plural = last.tag_ in ("NNPS", "NNS") or last.tag_ == "NNP" and last.lower_.endswith("s")
    return opened and last.is_title and plural


def _of_members(ent: Span) -> int:
    """How many words of "of" and the members it gathers follow an organisation's name the recogniser cut before them
    ("the Ad Hoc Group" + "of Sri Lankan Bondholders", "the Federation" + "of Machine Builders"): capitalised words
    that end in a plural and belong to no other name or place; 0 for none ("the Bank of England Governor")."""
    doc, end = ent.doc, ent.end
    if (
        ent.label_ != "ORG"
        or ent[-1].lower_ not in ORGANISATION_HEADS
        or end + 1 >= len(doc)
        or doc[end].lower_ != "of"
    ):
        return 0
    run = end + 1
    while run < len(doc) and doc[run].is_title and doc[run].ent_type_ not in ("ORG", "PERSON") and run - end <= 4:
        run += 1
    last = doc[run - 1]
    plural = last.tag_ == "NNPS" or last.tag_ == "NNP" and last.lower_.endswith("s") and not last.ent_type_
    return run - end if run > end + 1 and plural else 0
