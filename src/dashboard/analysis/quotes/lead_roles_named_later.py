"""A head of a body whom a story's lead names by office alone and the next paragraph by name: "The University of X's
president said the school would cut jobs" then "Ann Roe, who has led the university since 2021, told the board …", or
"… its director said" then "Director Ann Roe said …". Web and wire leads often keep the name for the second
paragraph; an office one person holds ("its director", "Y's president", no "a") and a person who opens the next
paragraph with no other office or body are one speaker, so the lead's words are that person's (no unnamed source's)
and the body the lead names is the person's (GUIDELINES: "its chief" after Y was named). So too a holder named with the
office and no body ("ombudsman Ann Roe said") after a paragraph that gave the office as a named body's ("Y's
ombudsman upheld a complaint"). A lead may give the office with its owner, a place or a body ("the city's police chief
said"), whose holder the next paragraph names with the title and the body the office's words make ("Police Chief Ann
Roe told …"). A state's office that one person holds ("the province's auditor general said", "the state's attorney
general") has no body but the place, so its lead row has none and is still that holder's ("Auditor General Ann Roe
said …"). So too an office a lead gives with its body after "of" ("The chairwoman of the Kettle River Tribe told
regulators …") and whose holder the next paragraph names and ties to that body, in its first sentence or after the
quotation that opens it ("“…,” Chairwoman Ann Roe of the tribe told …"); one named with no body stays apart ("The chief
executive of X has said …" then "Ann Roe told staff …": the article never says she runs X)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dashboard.analysis.names import words
from dashboard.analysis.quotes.kinds import kind_of

#: Offices of a state that one person holds, which a lead names by the place that owns them ("the province's auditor
#: general", "the state's attorney general") and so with no body given.
_STATE_AUDITORS = {"auditor general", "auditor-general", "attorney general", "inspector general", "comptroller"}
#: Offices a body has one holder of, which a lead may name before the holder.
_HEADS = (
    words("president director chairman chairwoman chair head provost principal rector dean ombudsman")
    | {
        "chief executive",
        "executive director",
        "managing director",
        "general manager",
        "director general",
        "secretary general",
        "secretary-general",
        "police chief",
        "fire chief",
    }
    | _STATE_AUDITORS
)
#: The owner of an office that a lead writes before it ("the city's police chief", "NATO's secretary general").
_OWNER = re.compile(r"^[\w.-]+['’]s ")


def named_after_lead(rows: list[dict], texts: dict[int, str], organisations: Iterable[str] = ()) -> list[dict]:
    """The rows, each unnamed holder of a body's one office ("its director said") given the name, profile and body
    of the person who opens the next paragraph as its speaker, with the same office or none said there; and each
    named holder of such an office with no body given the body of the `organisations` whose office ("Y's
    ombudsman") one of the two paragraphs before named."""
    _bodies_of_offices_named_before(rows, texts, sorted(set(organisations), key=len, reverse=True))
    for lead in rows:
        if lead["speaker"] or lead["speaker_kind"] != "unnamed":
            continue
        role, body, by_of = _office_of(lead)
        if not role or not body and role not in _STATE_AUDITORS:
            continue
        named = _opening_speaker(rows, texts, lead["paragraph"] + 1)
        if named is None or not _same_office(named, role):
            continue
        if not set(named["affiliation"].casefold().split()) <= set(body.casefold().split()):
            continue  # the person named next speaks for another body
        if by_of and not named["affiliation"]:
            continue  # "The chief executive of X has said …" then "Ann Roe told staff …": no tie to X
        if by_of:  # "chairwoman of the X Tribe": the office, its body apart
            lead.update(role=role, affiliation=body)
        _carry(rows, lead, named["speaker"])
    return rows


def _office_of(lead: dict) -> tuple[str, str, bool]:
    """The one office a lead names ("its director", "Y's president", "the city's police chief", "The chairwoman of the
    Kettle River Tribe") and the body that holds it, and whether "of" gave the body; no office for one many hold ("a
    director said")."""
    role = _OWNER.sub("", lead["role"].casefold())  # "the city's police chief": the office without its owner
    office, _, owner = lead["role"].partition(" of ")
    owner = owner.removeprefix("the ") or lead["affiliation"]  # the body in the role, or set apart by the parse
    if owner[:1].isupper() and re.search(
        rf"\bthe {re.escape(office)} of (?:the )?{re.escape(owner)}", lead["sentence"], re.IGNORECASE
    ):  # "The chairwoman of the Kettle River Tribe told …"
        return (office.casefold(), owner, True) if office.casefold() in _HEADS else ("", "", True)
    if role not in _HEADS or not re.search(rf"(?:\bits|['’]s) {re.escape(role)}\b", lead["sentence"], re.I):
        return "", "", False  # "a director said", "directors said": no one holder
    return role, lead["affiliation"], False


def _same_office(named: dict, role: str) -> bool:
    """Whether the person named next holds the lead's office: none said, the same, or the same split between title and
    body ("Police Chief X" read as the title "Chief" of the body "Police" for "the city's police chief")."""
    said = named["role"].casefold()
    return said in ("", role) or sorted(f"{said} {named['affiliation'].casefold()}".split()) == sorted(role.split())


def _bodies_of_offices_named_before(rows: list[dict], texts: dict[int, str], organisations: list[str]) -> None:
    """Each named holder of one office of _HEADS with no body given the organisation whose office a paragraph up to
    two before names ("Y's ombudsman", "Y's president") with the same words."""
    for row in rows:
        role = row["role"].casefold()
        if not row["speaker"] or row["affiliation"] or row["speaker_kind"] != "other" or role not in _HEADS:
            continue
        before = " ".join(texts.get(q, "") for q in (row["paragraph"] - 2, row["paragraph"] - 1))
        body = next((o for o in organisations if re.search(rf"\b{re.escape(o)}['’]s {re.escape(role)}\b", before)), "")
        if body:
            _give_body(rows, row["speaker"], body)


def _give_body(rows: list[dict], name: str, body: str) -> None:
    """The body given to each quote of the person that has none."""
    for quote in rows:
        if quote["speaker"] == name and not quote["affiliation"]:
            quote["affiliation"] = body


def _opening_speaker(rows: list[dict], texts: dict[int, str], p: int) -> dict | None:
    """The first quote of paragraph p when a named person speaks it in the paragraph's first sentence."""
    first = min((r for r in rows if r["paragraph"] == p), key=lambda r: r["start_char"], default=None)
    if first is None or first["speaker_kind"] in ("institution", "unnamed") or not first["speaker"]:
        return None
    return first if texts.get(p, "").lstrip().startswith(first["sentence"][:40]) else None


def _carry(rows: list[dict], lead: dict, name: str) -> None:
    """The lead's quote made the person's, and the office and body of the lead given to the person's quotes that
    have none; a state's body makes the person an official, and the body decides the kind that the office alone
    gave ("President X" of the lead's university is no head of state)."""
    quotes = [r for r in rows if r["speaker"] == name]
    role, body = quotes[0]["role"] or lead["role"], lead["affiliation"] or quotes[0]["affiliation"]
    kind = "official" if kind_of(role, body) == "official" else quotes[0]["speaker_kind"]
    if not quotes[0]["affiliation"] and quotes[0]["speaker_kind"] == kind_of(role, ""):  # the kind the office gave
        kind = kind_of(role, body)  # with no body ("President X": a head of state) is the body's ("Y's president")
    for quote in [lead, *quotes]:
        quote.update(speaker=name, speaker_kind=kind, role=quote["role"] or role, affiliation=body)
