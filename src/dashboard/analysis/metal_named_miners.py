"""A miner's short name that the recogniser took for a person: "Coldwater Ridge said …" after "Coldwater Ridge Zinc"
is the miner, as a page drops the metal a miner's name ends with when it names the company again, as it drops a legal
form or a trade ("Delta Crest" after Delta Crest Petroleum, `named_with_legal_form`). Only a short name of two words
or more, tagged a person, is read so: "Anglo Vale" tagged an organisation may be a parent of "Anglo Vale Platinum"."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Metals and ores a miner's name may end with ("Coldwater Ridge Zinc", "Serra Verde Gold").
_METALS = words("gold silver copper zinc nickel lithium cobalt bauxite aluminium aluminum uranium platinum tin iron")


def named_with_metal(short: str, organisations: list[str]) -> str:
    """The one organisation of the article named as `short` (two words or more) with a metal after it ("Coldwater
    Ridge Zinc" for "Coldwater Ridge"); "" when none, or several."""
    if len(short.split()) < 2:
        return ""
    fitting = {n for n in organisations if n.startswith(f"{short} ") and n[len(short) + 1 :].casefold() in _METALS}
    return fitting.pop() if len(fitting) == 1 else ""
