"""Patient groups and health charities named by the disease or the patients they serve ("Diabetes Care Forum",
"Foundation for Sight", "Muscular Dystrophy Alliance"): their "forum", "foundation" or "society" gathers patients and
raises money, it studies nothing, so their heads and spokespeople are no think tank's experts. A name with a word of a
place of research ("Diabetes Research Institute", "Heart Research Centre", "Cancer Studies") stays research."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Diseases, senses and organs that patient groups and health charities name themselves by, and their patients.
_HEALTH_CAUSES = words("""
patient patients diabetes cancer heart sight blindness blind deaf hearing kidney lung liver arthritis asthma autism
alzheimer's alzheimers dementia parkinson's parkinsons epilepsy leukaemia leukemia stroke haemophilia hemophilia
dystrophy sclerosis fibrosis cystic psoriasis lupus
""")
#: Words of a place of research, whose name a disease only gives its field.
_RESEARCH_PLACES = words("""
research institute institution university college school academy laboratory lab centre center studies observatory
""")


def is_patient_group(tokens: list[str]) -> bool:
    """Whether the folded words of a name are a patient group's or a health charity's: a disease or patients named,
    and no place of research."""
    found = set(tokens)
    return bool(found & _HEALTH_CAUSES) and not found & _RESEARCH_PLACES
