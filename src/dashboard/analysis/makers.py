"""Makers of goods named in one word, each a company's trade ("toolmaker Veldt Tools", "the truckmaker said"); a
lawmaker, a policymaker or a filmmaker is a person, and none of them is here."""

from __future__ import annotations

_MAKERS = """
drugmaker chipmaker steelmaker planemaker automaker carmaker toolmaker truckmaker jetmaker tyremaker tiremaker
phonemaker glassmaker papermaker shipmaker
"""
COMPANY_MAKERS = frozenset(_MAKERS.split())
