"""One speaker, one profile: within an article, every quote of a speaker carries the same kind, role and affiliation.

A person's profile is what the whole article says of them (`People`: the fullest role, the first affiliation, the kind
they give); any other speaker (an organisation, a group, a name the recogniser missed, or one it took for a person's
when every quote found an organisation speaking) takes what most of its quotes say, and the role and affiliation given
most often (an organisation, the one the article says it is part of). A person is shown by name without a generational
suffix ("Joseph R. Biden Jr." speaks as "Joseph R. Biden") or the letters of an honour ("X QC"): the surname ends the
name, as readers and the gold files key people by it.
"""

from __future__ import annotations

from collections import Counter

from dashboard.analysis.names import without_suffix
from dashboard.analysis.quotes.agency_administrators import with_agency_administrator
from dashboard.analysis.quotes.bodies_described_again import with_body_named_before
from dashboard.analysis.quotes.collective_bodies import with_collective_body
from dashboard.analysis.quotes.cut_names import with_whole_name
from dashboard.analysis.quotes.glued_titles import untitled
from dashboard.analysis.quotes.governed_provinces import with_governed_province
from dashboard.analysis.quotes.group_bodies import with_group_body
from dashboard.analysis.quotes.home_countries import with_home_country
from dashboard.analysis.quotes.inner_name_words import linked_inner_words
from dashboard.analysis.quotes.particle_surname_links import linked_particle_surnames
from dashboard.analysis.quotes.people import People
from dashboard.analysis.quotes.premiers import with_premier_state
from dashboard.analysis.quotes.private_places import without_private_place
from dashboard.analysis.quotes.role_owners import owned_profile
from dashboard.analysis.quotes.spelt_initials import with_spelt_initials
from dashboard.analysis.quotes.state_prefixed import with_state_prefix
from dashboard.analysis.quotes.surname_links import linked_surnames
from dashboard.analysis.quotes.think_tanks import unnamed_think_tank
from dashboard.analysis.quotes.titled_states import with_titled_state
from dashboard.analysis.quotes.tribunal_officers import with_tribunal
from dashboard.analysis.regnal_names import with_regnal_number

PROFILE = ("speaker_kind", "role", "affiliation")


def one_profile(rows: list[dict], people: People) -> list[dict]:
    """The rows, each named speaker's quotes carrying the one profile the article gives that speaker."""
    quotes_of: dict[str, list[dict]] = {}
    rows = linked_inner_words(linked_surnames(untitled(rows), people), people)  # "Ms Teo" after "Teo Hui Min"
    rows = linked_particle_surnames(rows, people)  # "Ms. Le Bihan" after "Anne-Sophie Le Bihan"
    for row in rows:  # and "Marchuk said" after "Edna Marchuk"
        if row["speaker"]:
            quotes_of.setdefault(row["speaker"], []).append(row)
    for name, quotes in quotes_of.items():
        if name in people.profiles and any(q["speaker_kind"] != "institution" for q in quotes):
            person = people.person(name)
            profile = (person.kind, person.role, person.affiliation)
        else:
            kind, role, affiliation = (_most_said([q[c] for q in quotes], c != "speaker_kind") for c in PROFILE)
            if kind == "institution" and not affiliation:  # "the Hazards Center at Harbor University"
                affiliation = people.parents.get(name, "")
            profile = (kind, role, affiliation)
        profile = with_titled_state(profile)  # "Papua New Guinean finance minister", cut at "Papua New"
        profile = owned_profile(profile, name, people.docs, min(q["paragraph"] for q in quotes))  # "Helvara chair X"
        profile = with_home_country(profile, people.docs, min(q["paragraph"] for q in quotes))  # "Health Minister X"
        profile = with_premier_state(profile, people.docs, min(q["paragraph"] for q in quotes))  # "State Premier X"
        profile = with_governed_province(profile, people.docs, min(q["paragraph"] for q in quotes))  # "Sindh"
        profile = with_tribunal(profile, people.docs)  # "Deputy Prosecutor X" at the International Criminal Court
        profile = with_spelt_initials(profile, people)  # "the OSCE observer mission", the OSCE spelt out before
        profile = with_whole_name(profile, people.docs)  # "Médecins" of "Médecins du Monde", "Unity for Change"
        profile = with_body_named_before(profile, people)  # "the labor board's", the Labor Relations Board named before
        profile = unnamed_think_tank(profile)  # "a fellow at the think tank" names no body
        profile = with_collective_body(profile)  # "X, a network of civic groups,": X speaks as itself
        profile = with_agency_administrator(profile)  # "Administrator X said the agency ...": its head, an official
        profile = without_private_place(profile, people.docs)  # "a Miami lawyer": no organisation
        ruler = with_regnal_number(name, people.docs)  # a ruler keeps the throne's number
        shown = without_honours(name if ruler else without_suffix(name)) if profile[0] != "institution" else name
        for quote in quotes:
            quote.update(zip(PROFILE, profile, strict=True))
            quote["speaker"] = shown
    rows = with_group_body(rows, people.docs)  # "monitors from the European Union": unnamed, of the EU
    return with_state_prefix(rows)  # "the DMO" after "the UK Debt Management Office"


#: Letters a British name may carry after it for an office or an honour ("Ann Ross QC", "Tom Hale MP"): no part of it.
_HONOURS = frozenset({"QC", "KC", "SC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE"})


def without_honours(name: str) -> str:
    """A person's name without the post-nominal letters that end it ("Michael Brandt QC" -> "Michael Brandt")."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(",") in _HONOURS:
        words = words[:-1]
    return " ".join(words)


def _most_said(values: list[str], skip_empty: bool) -> str:
    """The value most quotes give (the first given on a tie); for role and affiliation, the most given non-empty."""
    counted = Counter(v for v in values if v or not skip_empty)
    return max(counted, key=lambda v: (counted[v], -values.index(v))) if counted else ""
