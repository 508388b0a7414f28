"""Offices of local public safety and justice, named by two words or more that say nothing public apart ("fire
chief", "district attorney", "city manager", "medical examiner"): a town's, a county's or a state's officers, whom
GUIDELINES.md counts as officials as it does anyone who speaks for a public body at any level. So are the officers who
keep a county's or a state's books and rolls ("county recorder", "state auditor"), a federal district's prosecutors
("U.S. Attorney X", "Assistant U.S. Attorney X"; the nation's Attorney General keeps "U.S." as the state he serves),
the state office that speaks for utility customers ("consumers' counsel"), and those who run a public school district
("schools superintendent"). So is the head of a tribal nation's government, its "Principal Chief", which wire copy
writes before the name as it writes a town's officers' titles.

Wire copy writes such a title before the name ("Battalion Chief X", "County Executive X", "Assistant State Attorney
X"), and the words before the last may be read as the body the person is tied to ("Battalion" for a chief), so the
office is looked for in the affiliation and the role read together. A public defender speaks for the accused, as any
lawyer does, and holds none of these offices.
"""

from __future__ import annotations

import re

#: Titles of public office in local safety and justice, as lower-case phrases ("state's attorney", "fire marshal").
LOCAL_OFFICES = re.compile(
    r"\b(?:"
    r"(?:fire|battalion|police|deputy police) chief|chief of police|fire (?:marshal|commissioner|captain)"
    r"|(?:district|state|state's|county|city|commonwealth|prosecuting|crown) attorneys?"
    r"|(?:u\.s\.|us|united states) attorneys?(?! general)"
    r"|crown (?:prosecutor|counsel)|county (?:executive|manager|administrator|judge|clerk|commissioner|supervisor)"
    r"|(?:county|city|town|state) (?:recorder|auditor|treasurer|assessor|controller|comptroller|clerk)"
    r"|(?:consumers'?|people's|public) counsel|public advocate"
    r"|(?:city|town|borough|village) (?:manager|administrator)"
    r"|emergency management (?:director|coordinator|chief|official|spokes\w+)"
    r"|medical examiner|coroner|undersheriff|sheriff(?:'s)? (?:deputy|spokes\w+|office|department|captain)"
    r"|(?:school|schools|district|state) superintendent|superintendent of (?:schools|public instruction|education)"
    r"|school board (?:president|chair\w*|member|trustee)"
    r"|(?:state |highway patrol )?trooper|(?:highway|state) patrol|county warden"
    r"|principal chief(?! (?:executive|operating|financial|\w+ officer))"  # a tribal nation's head, no company's
    r")\b"
)


def holds_local_office(role: str, affiliation: str) -> bool:
    """Whether the role, read after the affiliation that may hold its first words, names a local public office
    ("Chief" of "Battalion", "Attorney" of "Assistant District", "county's medical examiner")."""
    return bool(LOCAL_OFFICES.search(f"{affiliation} {role}".casefold().replace("\u2019", "'")))


#: Words that make a deputy or a higher rank of an office, no part of any body ("Assistant", "Deputy", "Chief").
_RANK_WORDS = frozenset({"assistant", "deputy", "chief", "senior", "acting", "interim", "first"})
#: Words of an office that name a body on their own, kept as the body a title ties its holder to ("police").
_BODIES_ALONE = frozenset({"police"})


def body_is_the_office(body: str, title: str) -> bool:
    """Whether what was read as the body of a title before a name is only the first words of a local office it names
    ("Fire" of "Fire Chief", "Assistant District" of "Assistant District Attorney", "Sheriff" of "Sheriff's
    spokesman"), which the office keeps, so the title ties the person to no body. A body that is the whole office
    named before a role is one ("Highway Patrol" of "Highway Patrol spokesman"), so are the police ("police Chief
    X") and a body with a name of its own ("Dunmore County" of "Dunmore County Sheriff")."""
    office = LOCAL_OFFICES.search(title.casefold().replace("\u2019", "'"))
    if office is None:
        return False
    office_words = {w.removesuffix("'s") for w in office.group(0).split()}
    body_words = {w.removesuffix("'s") for w in body.casefold().replace("\u2019", "'").split()}
    named_alone = body_words & _BODIES_ALONE  # "police" of "police Chief X": the police, a body in its own right
    return not named_alone and body_words <= office_words | _RANK_WORDS and bool(office_words - body_words)
