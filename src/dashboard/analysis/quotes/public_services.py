"""Public services named by what they do, whose staff serve a town, a county, a province or a state: a fire district,
a school district, a highway patrol, a weather service, an office of emergency management. No company's name says
these things together, so a body named by one of them is a state's, whoever runs it."""

#: Public services named by what they do ("Jackson County Fire District", "the State Highway Patrol", "the National
#: Weather Service", "the county's Office of Emergency Management").
PUBLIC_SERVICES = (
    *(f"fire {w}" for w in ("department", "service", "brigade", "district", "and rescue", "protection district")),
    *(f"{w} district" for w in ("school", "water", "sanitation")),
    *(f"{w} patrol" for w in ("highway", "state", "border")),
    "weather service",
    "emergency management",
    "sheriff's office",
    "sheriff's department",
    "medical examiner's office",
    "coroner's office",
    "fire marshal's office",
)
