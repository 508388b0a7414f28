"""A person a story's lede describes and the very next sentence names: "A mayoral candidate in X says new bike lanes
are costing lives. “…,” Coun. Ann Roe wrote on X", "… a pay offer that the union's leader called “…”." then "Ann
Roe, the union's general secretary, said …", "… a plan that the Education Minister called “…”." then "Minister Ann
Roe said …". Web and wire ledes keep the name for the sentence or paragraph after; the description that speaks in the
lede's first sentence and the person who speaks first right after it are one speaker when that person is named there
for the first time. Not an anonymous source ("a senior official said", "an aide said"), whom the next speaker is no
more than another voice of the story; nor an office given with its body after "of" ("The chief executive of X has
said …" then "Ann Roe told staff …": the article never says she holds it; lead_roles_named_later.py has those)."""

from __future__ import annotations

import re

from dashboard.analysis.names import words

#: Words of a description that an anonymous source goes by, whom no later name reveals, and words that pick one or
#: some of a group ("…, each explaining why", "one of them said"), and words for a force or staff as a whole ("Police
#: said", whom the spokeswoman named next speaks for).
_ANONYMOUS = words(
    "official officials source sources aide aides adviser advisor diplomat person insider spokesman spokeswoman "
    "spokesperson representative member staffer officer employee worker resident witness "
    "each one some all both many several another either neither few most "
    "police staff crew personnel government authorities management military"  # a body or force as a whole
)
#: Characters at most between the end of the lede's sentence and the start of the next one.
_GAP = 3


def lede_people_named_next(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """The rows, the first one given the name, kind, role and body of the person who speaks right after it, when it
    is an unnamed person's described in the first sentence of the story's lede and nothing tells the two apart (see
    the module's docstring)."""
    ordered = sorted(rows, key=lambda r: (r["paragraph"], r["start_char"] or 0))  # a block row may have no offset
    if len(ordered) < 2:
        return rows
    lede, named = ordered[0], ordered[1]
    if not _described_lede(lede, texts) or not _named_right_after(lede, named, texts):
        return rows
    if lede["affiliation"] and named["affiliation"] and lede["affiliation"] != named["affiliation"]:
        return rows  # the person named next speaks for another body
    if not _same_person(lede, named):
        return rows  # "its chief executive announced …. “…,” union organiser Ann Roe said": another person
    lede.update(
        speaker=named["speaker"],
        speaker_kind=named["speaker_kind"],
        role=named["role"] or lede["role"],
        affiliation=named["affiliation"] or lede["affiliation"],
    )
    return rows


def _described_lede(lede: dict, texts: dict[int, str]) -> bool:
    """Whether `lede` is an unnamed person's quote in the first sentence of the story's first or second paragraph (a
    headline may come first), described by a role no anonymous source goes by and not tied to a body by "of"."""
    role, sentence = lede["role"] or "", lede["sentence"] or ""
    if lede["speaker"] or lede["speaker_kind"] != "unnamed" or not role or not sentence or lede["paragraph"] > 1:
        return False
    if any(word in _ANONYMOUS for word in role.casefold().split()) or _plural(role):
        return False  # "a senior official said"; "Residents of a flooded town say": a group, no one person
    if re.search(rf"\b{re.escape(role)}s?\s+of\b", sentence, re.IGNORECASE):
        return False
    return texts.get(lede["paragraph"], "").lstrip().startswith(sentence[:40])


def _named_right_after(lede: dict, named: dict, texts: dict[int, str]) -> bool:
    """Whether `named` is a named person's quote in the sentence right after the lede's, or in the first sentence of
    the next paragraph, and whose name no text before that sentence gives."""
    if not named["speaker"] or named["speaker_kind"] in ("institution", "unnamed") or not named["sentence"]:
        return False
    p, q = lede["paragraph"], named["paragraph"]
    text = texts.get(q, "")
    at = text.find(named["sentence"][:40])
    if q == p:
        after = texts.get(p, "").find(lede["sentence"][:40]) + len(lede["sentence"])
        if at < 0 or not 0 <= at - after <= _GAP:
            return False
    elif q != p + 1 or at < 0 or text[:at].strip():
        return False
    before = " ".join([*(texts.get(i, "") for i in range(q)), text[:at]])
    return (named["speaker"].split() or [""])[-1] not in before


def _same_person(lede: dict, named: dict) -> bool:
    """Whether what is said of the person named next ties them to the lede's description: a title written short
    before the name ("Coun.", "Sen."), a role that shares a word with the description ("Minister" for
    "the Education Minister"), or the body the description gave ("the union's general secretary" for "the union's
    leader"). A name with nothing said of it is not enough ("A former party chairman says …. “…,” said Ann Roe, who
    …": the news gold keeps such a lede unnamed)."""
    role = (named["role"] or "").casefold()
    if role.endswith(".") or set(role.split()) & set((lede["role"] or "").casefold().split()):
        return True
    return bool(lede["affiliation"]) and named["affiliation"] == lede["affiliation"]


def _plural(role: str) -> bool:
    """Whether the head noun of a description ("Residents of a town", "local farmers") names more than one."""
    head = (role.partition(" of ")[0].split() or [""])[-1].casefold()
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))
