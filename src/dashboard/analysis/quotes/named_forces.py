"""The police service an article named, called back by its bare noun: "Police said", "the police said" or "the force
said" after "Brackenford Regional Police say …" speak for Brackenford Regional Police, as "the agency said" speaks
for the agency named before. Only when the article names exactly one police service, before the noun; with none or
several named, the noun stays what it was (an unnamed source). "The service" after one armed service was named is
that service (named_armed_services)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.named_armed_services import armed_service_named_before
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.mentions import Mentions

#: Words that make an organisation's name a police service's ("Brackenford Regional Police", "Ostvale Constabulary").
_POLICE_WORDS = frozenset({"police", "constabulary", "gendarmerie"})
#: Nouns that call a police service back after "the" ("the force said", "the service said").
_BACK_NOUNS = frozenset({"force", "service"})
#: Nouns that may follow the police word in a service's name ("Ostvale Police Service", "Ayr Police Department").
_SERVICE_HEADS = frozenset({"service", "services", "department", "force"})
#: Words that, before the police word, make the name another body's ("Fraternal Order of Police", "Office for Police").
_NOT_SERVICE_BEFORE = frozenset({"of", "for"})


def named_force(mentions: Mentions, p: int, token: Token) -> Speaker | None:
    """The one police service the article named before this subject, when the subject is its bare noun ("Police",
    "the police", "the force"); None for any other subject or when the article names none or several."""
    if not _bare_noun(token):
        return None
    if token.lower_ == "service" and (armed := armed_service_named_before(mentions, p, token)):
        return Speaker(armed, "institution")  # "The Army signed …, the service said"
    names = police_services(mentions)
    if len(names) != 1:
        return None
    name, first = next(iter(names.items()))
    if first >= (p, token.idx) or (token.lower_ == "service" and "service" not in name.lower().split()):
        return None  # named only later; "the service" of a force not called a service
    return Speaker(name, "institution")


def police_services(mentions: Mentions) -> dict[str, tuple[int, int]]:
    """Each police service the article's organisations name, with where it is first named."""
    first: dict[str, tuple[int, int]] = {}
    for row in mentions.entity_rows():
        name = row["canonical"]
        split = name.lower().split()
        if row["label"] != "ORG" or "and" in split or len(split) < 2 or not _names_a_service(split):
            continue
        at = (row["paragraph"], row["start_char"])
        first[name] = min(first.get(name, at), at)
    return first


def _names_a_service(split: list[str]) -> bool:
    """Whether the words of a name are a police service's ("Brackenford Regional Police", "Ostvale Police Service"),
    not a union, board or watchdog of the police ("Police Federation", "Police Services Board")."""
    at = next((i for i, w in enumerate(split) if w in _POLICE_WORDS), None)
    if at is None or set(split[:at]) & _NOT_SERVICE_BEFORE:
        return False
    after = split[at + 1 :]
    return not after or after[0] in _SERVICE_HEADS and (len(after) == 1 or after[1] == "of")


def _bare_noun(token: Token) -> bool:
    """ "Police", "police", "the police", "the force": the noun alone, with at most "the" before it."""
    lower = token.lower_
    if lower != "police" and not (lower in _BACK_NOUNS and token.tag_ == "NN"):
        return False
    if token.ent_type_ and token.ent_type_ != "ORG" or any(True for _ in token.rights):
        return False
    lefts = [t.lower_ for t in token.lefts]
    return lefts == ["the"] if lower in _BACK_NOUNS else lefts in ([], ["the"])
