"""Role words of the sciences: those who study a field of nature, health or society by its methods, whom GUIDELINES.md
counts among the experts (researchers and scientists) wherever they work ("an epidemiologist at Y", "a glaciologist
and the report's lead author").

Kept apart from the general words of experts because the field names are many and open-ended. Left out are the
doctors who treat patients ("cardiologist", "psychologist"), whom a hospital employs as no scholar, and the forecaster
of a weather service ("meteorologist"), who speaks for a public body.
"""

from __future__ import annotations

from dashboard.analysis.names import words

#: Scientists named by their field.
SCIENTISTS = words("""
epidemiologist epidemiologists virologist virologists immunologist immunologists microbiologist microbiologists
biologist biologists geneticist geneticists pharmacologist pharmacologists toxicologist toxicologists neuroscientist
neuroscientists glaciologist glaciologists climatologist climatologists seismologist seismologists volcanologist
volcanologists geologist geologists geophysicist geophysicists hydrologist hydrologists oceanographer oceanographers
ecologist ecologists entomologist entomologists zoologist zoologists botanist botanists physicist physicists
astrophysicist astrophysicists astronomer astronomers mathematician mathematicians statistician statisticians
demographer demographers sociologist sociologists anthropologist anthropologists criminologist criminologists
archaeologist archaeologists biostatistician biostatisticians
""")
