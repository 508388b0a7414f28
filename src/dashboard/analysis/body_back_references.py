"""Organisations a news page calls back by the head of their name: "the First Nation" after the Wapekeka First
Nation, "the Commission" after the Ontario Securities Commission; or by their name without its legal form:
"Pacific Harbor Terminals" after Pacific Harbor Terminals Inc, "Harwick Mutual" after the Harwick Mutual Insurance
Company. The entities table gives such a mention the full
name, so that "the First Nation said" is spoken by the body named before."""

from __future__ import annotations

from dashboard.analysis.names import ORGANISATION_HEADS, words

#: Heads of a body's name by which a news page calls the body back ("the Commission", "the First Nation").
_BACK_HEADS = ORGANISATION_HEADS - {"party"}
#: Names of two words that are a kind of body, by which a page calls back one of that kind named before.
_BODY_KINDS = frozenset({"First Nation", "Tribal Council", "Health Authority", "School Division", "Police Service"})
#: A company's legal form, written after its name and dropped when the page names it again.
_LEGAL_FORMS = words("inc corp co ltd llc plc sa ag nv bhd tbk pty company corporation limited")

#: Trades a company's name ends with, in English, Portuguese and Spanish, which a page drops when it names a company of
#: a name of two words or more again ("Delta Crest" after Delta Crest Petroleum, "Serra Alta" after Serra Alta
#: Mineração, "Blue Ridge" after a bank holding company Blue Ridge Bancshares).
_TRADES = words("""
petroleum holdings mining motors airlines shipping minerals industries energy metals resources steel mineração
mineracao petróleo petroleo energia siderúrgica insurance reinsurance assurance bancorp bancorporation bancshares
bankshares
""")


def named_in_full(short: str, organisations: list[str]) -> str:
    """The one longer organisation of the article whose last words a short name is ("the Commission" for the
    Ontario Securities Commission, "the First Nation" for the Wapekeka First Nation): a news page's back-reference
    by the head of a body's name (not "party": "the Democratic Party" is no state's party); "" when no longer name,
    or several, end so. A short name of two words is most often a full name of its own ("Justice Department"),
    so only the few that are a kind of body do ("First Nation")."""
    words = short.split()
    if not (len(words) == 1 and short.istitle() and short.lower() in _BACK_HEADS or short in _BODY_KINDS):
        return ""
    fitting = {
        n
        for n in organisations
        if len(n.split()) > len(words)
        and n.split()[-len(words) :] == words
        and n[:1].isupper()  # not "her State Department"
        and not {"and", "&"} & set(n.split())  # not "Lazard and Evercore Partners"
    }
    return fitting.pop() if len(fitting) == 1 else ""


def named_with_legal_form(short: str, organisations: list[str]) -> str:
    """The one organisation of the article named as `short` with its legal form after it ("Pacific Harbor Terminals
    Inc" for "Pacific Harbor Terminals"); "" when none, or several."""
    fitting = {n for n in organisations if n.startswith(f"{short} ") and _dropped_tail(n[len(short) + 1 :], short)}
    return fitting.pop() if len(fitting) == 1 else ""


def _dropped_tail(tail: str, short: str) -> bool:
    """Whether a page drops the words after a short name when it names the company again: its legal form ("Inc"),
    or, after a name of two words or more, the trade it is in, with or without the form ("Delta Crest Petroleum")."""
    words = tail.replace(".", "").casefold().split()
    if words and words[-1] in _LEGAL_FORMS:
        words = words[:-1]
    return not words or len(short.split()) > 1 and len(words) == 1 and words[0] in _TRADES


def called_back(short: str, organisations: list[str]) -> str:
    """The one organisation of the article a short name calls back, by the head of its name or without its legal
    form; ""."""
    return named_in_full(short, organisations) or named_with_legal_form(short, organisations)
