"""Named-entity mentions of body paragraphs, each with a canonical name within its article.

"Li" and "Premier Li" map to "Li Qiang" when the article names him in full; titles and a leading
"the" are stripped, so one entity has one name wherever the article mentions it. A short name stays as
it is when the article gives it several fuller owners ("Clinton" with Bill and Hillary Clinton) or when
its honorific contradicts the one full name ("Mr. Obama" with only Michelle Obama named in full)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dashboard.analysis.body_back_references import called_back
from dashboard.analysis.clipped_companies import companies_named_short
from dashboard.analysis.doc_text import entities_of, kept, places_of, text_of
from dashboard.analysis.entity_labels import (
    body_taken_for_work,
    majority_labels,
    mislabelled_organisations,
    mislabelled_surnames,
    organisations_in_apposition,
    people_named_in_apposition,
    relatives_as_people,
)
from dashboard.analysis.given_surnames import given_name_and_surname
from dashboard.analysis.initialled_people import people_named_by_initials
from dashboard.analysis.listed_names import listed_to_the_end
from dashboard.analysis.lone_companies import companies_taken_for_people
from dashboard.analysis.medicine_brands import medicines_named
from dashboard.analysis.names import (
    CUT_INITIALS,
    clean_name,
    contains_words,
    corrected_label,
    honorific,
    name_span,
    surname,
)
from dashboard.analysis.nicknames import nicknamed
from dashboard.analysis.person_name_variants import names_written_otherwise
from dashboard.analysis.possessive_bodies import bodies_named_with_possessive
from dashboard.analysis.quoted_nicknames import labels_named_by_nicknames
from dashboard.analysis.quotes.datelined import in_dateline
from dashboard.analysis.quotes.not_bodies import office_taken_for_body
from dashboard.analysis.quotes.portfolio_initials import without_portfolio
from dashboard.analysis.retired_services import without_status_word
from dashboard.analysis.sentence_table import sentences_of
from dashboard.analysis.shared_surnames import surnames_of_the_latest
from dashboard.analysis.tail_initials import full_body
from dashboard.analysis.trade_plying_people import person_plying_trade
from dashboard.analysis.untagged_people import with_untagged_people
from dashboard.analysis.venue_names import names_a_venue

#: Entity labels worth filtering on; numbers, dates and amounts are left out.
NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}

#: A short name in brackets right after a full one: "Harrow Mutual Banking (HMB)".
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
_PRONOUNS = frozenset(_PRONOUN_GENDER)


@dataclass(frozen=True)
class Mention:
    """One entity mention in a paragraph, with offsets into the paragraph text."""

    paragraph: int
    text: str
    label: str
    start_char: int
    end_char: int
    honorific: str = ""  # "m" or "f" when a gendered title ("Mr.", "Ms.") goes with the mention


def is_name(ent: Span) -> bool:
    """Whether a span can be a name: one without a capital letter ("cooperatives", "coast guard", markup) is a common
    noun the recogniser took for one (numbers and dates aside, which are no names)."""
    return ent.label_ not in NAMED_LABELS or any(map(str.isupper, text_of(ent))) and not office_taken_for_body(ent)


def names_of(doc: Doc) -> tuple[Span, ...]:
    """The entities of a Doc that can be names (`is_name`), read once per Doc: the entity rows ask, and the quotes'
    mentions after them (kept with the entities, so dropped when a step of the analysis retags them)."""
    return kept(doc, "dashboard.names", lambda whole: tuple(e for e in entities_of(whole) if is_name(e)))


def mentions(docs: list[Doc]) -> list[Mention]:
    """Named-entity mentions of the paragraphs, in reading order; people without leading epithets."""
    spans = [(p, e) for p, doc in enumerate(docs) for e in names_of(doc) if e.label_ in NAMED_LABELS]
    found: list[Mention] = []
    for p, ent in spans:
        if found and found[-1].paragraph == p and ent.start_char < found[-1].end_char:
            continue  # "Parks" of "the Ministry of the Environment, Conservation and Parks", taken in with it
        label = "ORG" if body_taken_for_work(ent) or names_a_venue(ent) else corrected_label(ent)  # "The cafe, Ledger,"
        if label == "ORG" and person_plying_trade(ent):  # "Helen Varrow, the ferry operator,": she, no company
            label = "PERSON"
        if (named := given_name_and_surname(ent)) is not None:  # "Trevor Sauvé, 41, says" with "Sauvé" a place
            ent, label = named, "PERSON"
        if label == "ORG" and ent.start == 0 and in_dateline(ent):
            label = "GPE"  # "FRANKFURT (Bloomberg) - …": a dateline's place, tagged an organisation
        if label == "PERSON":
            ent = name_span(ent)
        elif label == "ORG":
            ent = whole_organisation(ent)
        found.append(Mention(p, text_of(ent), label, ent.start_char, ent.end_char, honorific(ent)))
    return found


def whole_organisation(ent: Span) -> Span:
    """An organisation's name with the capitalised words before it that the recogniser left out: a word joined to it
    by "and" ("Fisheries and Oceans Canada", whose "Canada" is parsed as that word's conjunct), and a hyphenated word
    that qualifies it ("the Co-operative Housing Federation of Canada")."""
    doc, start = ent.doc, ent.start
    if start >= 2 and doc[start - 1].lower_ == "and" and ent.root.dep_ == "conj" and ent.root.head.i == start - 2:
        word, before = doc[start - 2], doc[start - 3] if start >= 3 else None  # not "Orvik Energy and Baltren Power"
        alone = before is None or before.pos_ != "PROPN" and (before.is_sent_start or not before.text[:1].isupper())
        if alone and word.text.istitle() and word.is_alpha and not word.ent_type_ and word.pos_ in ("NOUN", "PROPN"):
            return doc[start - 2 : ent.end]
    if start >= 3 and doc[start - 2].text == "-" and doc[start - 3].text.istitle():
        parts = doc[start - 3 : start]
        joined = all(t.whitespace_ == "" for t in parts[:-1]) and all(ent.start <= t.head.i < ent.end for t in parts)
        if joined and not any(t.ent_type_ for t in parts) and doc[start - 1].is_alpha:
            return doc[start - 3 : ent.end]
    return listed_to_the_end(without_portfolio(without_status_word(ent)))  # "EU" of "EU Competition Commissioner"


def canonical_names(
    found: list[Mention], genders: dict[str, str] | None = None, acronyms: dict[str, str] | None = None
) -> dict[tuple, str]:
    """(cleaned name, label, honorific) -> the fullest name of the same entity in the article.

    A person's short name ("Putin", "Li") maps to the longest full name that contains it as words, the
    most frequent if several spell one person ("Joe Biden", "Joseph R. Biden Jr."). It stays unresolved
    when the fuller names belong to several people none of whom dominates the article and the pronouns
    after it do not single one out, or when its honorific contradicts the gender the article gives the
    full name (`genders`, from `person_genders`). An organisation's short name maps to the full name it stands
    for (`acronyms` the article defines, its initials, its first word); other entities keep their cleaned name.
    """
    acronyms, genders = acronyms or {}, genders or {}
    keys = [(clean_name(m.text, m.label), m.label, m.honorific if m.label == "PERSON" else "") for m in found]
    counts = Counter((name, label) for name, label, _ in keys)
    people = sorted(dict.fromkeys(name for name, label, _ in keys if label == "PERSON"), key=lambda n: -len(n.split()))
    overreaching = names_written_otherwise(people, counts)  # "Lan Nguyen" for Nguyen Thi Lan
    first_at = {name: i for i, (name, _, _) in reversed(list(enumerate(keys)))}  # where each name first comes
    people = [p for p in people if p not in overreaching]
    split = {p: p.split() for p in people}  # every short name is matched against every fuller one: split once
    mapping: dict[tuple, str] = {}
    for name, label, title in dict.fromkeys(keys):
        canonical = name
        if label == "PERSON" and name in overreaching:
            canonical = overreaching[name]
        elif label == "PERSON":
            words = name.split()
            fuller = [p for p in people if len(split[p]) > len(words) and contains_words(split[p], words)]
            if not fuller and len(words) == 1:  # "Mr Halvorsne" for Erik Halvorsen: a surname misspelt
                fuller = [p for p in people if len(split[p]) > 1 and misspelt(name, surname(p))]
            if title:  # owners known to have the title's gender first, then those of unknown gender
                known = [p for p in fuller if genders.get(p) == title]
                fitting = [p for p in fuller if genders.get(p, title) == title]
                fuller = known if known and _owner(known, counts) else fitting
            owner = _owner(fuller, counts)
            sex = genders.get(name)  # several people: "Berg said she ..." picks the woman, surely when all are known
            if not owner and sex and all(genders.get(p) for p in fuller):
                owner = _owner([p for p in fuller if genders[p] == sex], counts)
            if not owner and len(words) == 1:  # "Vance" before her mother Ada Vance is named: whom it meant then
                owner = _owner([p for p in fuller if first_at[p] < first_at[name]], counts)
            if not owner and sex:
                owner = _owner([p for p in fuller if genders.get(p) == sex], counts)
            canonical = owner or name
        mapping[(name, label, title)] = canonical
    organisations = [name for name, label, _ in dict.fromkeys(keys) if label == "ORG" and " " in name]
    for name, label, title in mapping:
        if label == "ORG" and " " not in name:
            mapping[(name, label, title)] = acronyms.get(name) or full_body(name, organisations, keys) or name
        if label == "ORG" and mapping[(name, label, title)] == name:
            mapping[(name, label, title)] = called_back(name, organisations) or name
    return mapping


def defined_acronyms(texts: list[str], organisations: Iterable[tuple[int, int, str]]) -> dict[str, str]:
    """Short names an article defines in brackets after an organisation's full name ("Harrow Mutual (HM)"), from
    the paragraph texts and each organisation's (paragraph, end offset, name)."""
    defined = {}
    for p, end, name in organisations:
        if match := _BRACKETED.match(texts[p], end) or CUT_INITIALS.search(texts[p], 0, end):
            defined.setdefault(match.group(1), name)
    return defined


def misspelt(written: str, name: str) -> bool:
    """Whether a long word is a name with two neighbouring letters swapped ("Barrionevuo"): the commonest typo, and
    one that no other name of an article is likely to make (a letter more or less often is another name)."""
    a, b = written.casefold(), name.casefold()
    if len(a) != len(b) or len(a) < 6 or a == b:
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


def person_genders(docs: list[Doc], found: list[Mention]) -> dict[str, str]:
    """Full name -> "m" or "f" when the article tells: its honorific, else the pronouns after it.

    Pronouns count only in a sentence whose main subject is the only person named, so "Michelle Obama
    said she ..." makes her "f"; a name whose evidence is split is left out.
    """
    votes: dict[str, Counter[str]] = {}
    by_paragraph: dict[int, list[Mention]] = {}
    for m in found:
        if m.label == "PERSON":
            by_paragraph.setdefault(m.paragraph, []).append(m)
    for p, people in by_paragraph.items():
        for sent in sentences_of(docs[p]):
            inside = [m for m in people if sent.start_char <= m.start_char < sent.end_char]
            names = {clean_name(m.text, "PERSON") for m in inside}
            for m in inside:
                name = clean_name(m.text, "PERSON")
                if m.honorific:
                    votes.setdefault(name, Counter())[m.honorific] += 3
                if len(names) == 1 and _subject_of_root(docs[p], m):
                    pronouns = (sent[k] for k in places_of(sent, _PRONOUNS, lower=True))  # no other word read
                    after = {_PRONOUN_GENDER[t.lower_] for t in pronouns if t.idx >= m.end_char}
                    if len(after) == 1:
                        votes.setdefault(name, Counter())[after.pop()] += 1
    genders = {}
    for name, counter in votes.items():
        (gender, n), *rest = counter.most_common()
        if not rest or n > rest[0][1]:
            genders[name] = gender
    return genders


def entity_rows(article_id: str, docs: list[Doc]) -> list[dict]:
    """Rows of the entities table for one article's paragraph docs."""
    found = with_untagged_people(docs, relatives_as_people(mentions(docs)))  # "Marguerite Thibodeau" untagged
    orgs = [(m.paragraph, m.end_char, clean_name(m.text, "ORG")) for m in found if m.label == "ORG"]
    texts = [text_of(d) for d in docs]
    names = canonical_names(found, person_genders(docs, found), defined_acronyms(texts, orgs))
    canonical = [
        names[(clean_name(m.text, m.label), m.label, m.honorific if m.label == "PERSON" else "")] for m in found
    ]
    labels = labels_named_by_nicknames(docs, found, canonical)  # "Gus MacPhail says" after Angus “Gus” MacPhail
    mislabelled_surnames(found, canonical, labels)
    surnames_of_the_latest(docs, found, canonical, labels)
    mislabelled_organisations(canonical, labels)
    companies_named_short(canonical, labels)  # "Harwick Mutual said" after Harwick Mutual Insurance Company
    companies_taken_for_people(docs, found, canonical, labels)
    people_named_in_apposition(docs, found, labels)
    organisations_in_apposition(docs, found, canonical, labels)
    medicines_named(docs, found, canonical, labels)  # "the blood thinner Cardexin": a product, no company
    found, canonical, labels = nicknamed(docs, found, canonical, labels)  # "says Bones" after "who answers to Bones"
    people_named_by_initials(texts, canonical, labels)  # "identified only as S.T."
    bodies_named_with_possessive(docs, texts, found, canonical, labels)  # "Pennington's said": the chain's own "'s"
    label_of = majority_labels(canonical, labels)
    return [
        {
            "article_id": article_id,
            "paragraph": m.paragraph,
            "text": m.text,
            "label": label_of[name],
            "canonical": name,
            "start_char": m.start_char,
            "end_char": m.end_char,
        }
        for m, name in zip(found, canonical, strict=True)
    ]


def _owner(names: list[str], counts: Counter) -> str:
    """The person the fuller names stand for, or "" when they are several people and none dominates.

    Names contained in another ("Van Voorhis" in "Chandler Van Voorhis") and names with one surname and
    one initial ("Joe Biden", "Joseph R. Biden Jr.") spell one person; a person dominates when named in
    full at least twice as often as all the others together.
    """
    split = [n.split() for n in names]
    widest = [
        n for n, w in zip(names, split, strict=True) if not any(len(o) > len(w) and contains_words(o, w) for o in split)
    ]
    people: dict[tuple[str, str], list[str]] = {}
    for n in widest:
        people.setdefault((surname(n), n.split()[0][:1]), []).append(n)
    for key, group in people.items():  # each person's names with those contained in them
        people[key] = [n for n, w in zip(names, split, strict=True) if any(contains_words(g.split(), w) for g in group)]
    if not people:
        return ""
    totals = sorted(((sum(counts[(n, "PERSON")] for n in group), group) for group in people.values()), reverse=True)
    top, group = totals[0]
    if len(totals) > 1 and top < 2 * sum(t for t, _ in totals[1:]):
        return ""
    return max(group, key=lambda n: (counts[(n, "PERSON")], len(n)))


def _subject_of_root(doc: Doc, m: Mention) -> bool:
    """Whether the mention is the subject of its sentence's main verb ("Berg said she …")."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT"
