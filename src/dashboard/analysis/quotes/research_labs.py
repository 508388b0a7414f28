"""A lab named for a field of study or policy ("the Tarnow Policy Lab", "Digital Democracy Lab", "the Urban Crime
Lab") is a research body, whose staff speak as experts. A lab named for nothing but a brand ("Kestrel Lab", "Osprey
Labs") or a product is a company, and so is an AI lab, which news mostly uses of firms that build models."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Fields of study or policy that make a research body of a lab named for them.
_STUDIED = words("""
policy policies science sciences forensic forensics democracy governance ethics internet crime poverty economics
evidence inequality justice migration
""")
_LAB = frozenset({"lab", "labs", "lab's", "labs'"})


def is_research_lab(tokens: list[str]) -> bool:
    """Whether a folded name's words end with "lab" and name a field of study or policy before it."""
    return len(tokens) > 1 and tokens[-1] in _LAB and bool(set(tokens[:-1]) & _STUDIED)
