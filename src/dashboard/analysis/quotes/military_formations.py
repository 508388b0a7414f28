"""Names of a state's fleets, flotillas, theatre and combatant commands and joint headquarters ("Northern Fleet",
"Seventh Fleet", "Central Command", "Eastern Theatre Command", "Joint Headquarters"): armed services of a state
whose names carry none of the words of a ministry, an army or a navy, so that without them a fleet's spokesman would
be taken for a company's. Only a sea, a point of the compass, a region or an ordinal makes a fleet or a command a
state's ("a fleet of trucks" or a firm's "command centre" are no names of these)."""

from __future__ import annotations

from dashboard.analysis.names import words

#: What names a state's fleet or flotilla: the sea or the point of the compass it guards, or its number ("_" for a
#: space).
_FLEET_NAMES = words("""
northern southern eastern western north south east west pacific atlantic baltic arctic caspian mediterranean
black_sea north_sea east_sea south_sea red_sea indian_ocean first second third fourth fifth sixth seventh eighth
2nd 3rd 4th 5th 6th 7th 8th
""")
#: What names a state's combatant, theatre or joint command: the region or the field it commands ("_" for a space).
_COMMAND_NAMES = words("""
central northern southern eastern western pacific indo-pacific africa european strategic space cyber
special_operations joint_operations joint_forces eastern_theater eastern_theatre western_theater western_theatre
southern_theater southern_theatre northern_theater northern_theatre central_theater central_theatre
""")
#: What names a state's headquarters of its forces.
_HEADQUARTERS_NAMES = words("joint general military army naval defence defense")

#: The names, lower case, as `has_phrase` looks for them in a name.
MILITARY_FORMATIONS = (
    *(f"{name} {kind}".replace("_", " ") for name in sorted(_FLEET_NAMES) for kind in ("fleet", "flotilla")),
    *(f"{name} command".replace("_", " ") for name in sorted(_COMMAND_NAMES)),
    *(f"{name} headquarters" for name in sorted(_HEADQUARTERS_NAMES)),
)
