"""Words written before a name as a title, no part of it: local and legislative titles, honorifics of the Gulf, South
Asia and Africa, the titles of clergy and religious, and the ranks of West and East African police (names.TITLES
gathers them with the others)."""

from __future__ import annotations

_LOCAL = """
councillor councilor alderman alderwoman trustee mp mla mpp reeve warden constable superintendent trooper marshal
undersheriff councilman councilwoman councilmember congressman congresswoman assemblyman assemblywoman assemblymember
selectman selectwoman ranger supervisor
"""
_HONORIFICS = """
sayyid sheikh shaikh sheikha shaikha maulana moulana shri shree smt smt. shrimati gogo ntate engr engr. barr barr.
"""
_NAME_HONORIFICS = "alhaji alhaja hajiya mallam malam"
_CLERGY = "deacon deaconess sister imam monsignor bishop archbishop cardinal pastor rabbi reverend cantor swami"
_POLICE_RANKS = "asp dsp csp acp dcp sp"

#: Local and legislative titles written before a name ("Councillor X", "MLA X").
LOCAL_TITLES = frozenset(_LOCAL.split())
#: Honorifics of the Gulf, South Asia and Africa before a name, no part of it ("Shri X", "Gogo X", "Engr. X");
#: "Syed", "Sri" and "Nana", also given names, are not among them.
HONORIFICS = frozenset(_HONORIFICS.split())
#: Honorifics of West Africa that are also borne as given names ("Alhaji Sesay"): no part of a name only when two
#: words of it follow ("Alhaji Musa Danladi"); not titles anywhere else.
NAME_HONORIFICS = frozenset(_NAME_HONORIFICS.split())
#: Ranks of the Nigerian, Ghanaian and Kenyan police written before a name ("SP X", a superintendent of police).
POLICE_RANKS = frozenset(_POLICE_RANKS.split())
#: Titles of clergy and religious before a name ("Deacon X", "Sister X", "Imam X", "Monsignor X"); "Father",
#: "Brother" and "Mother", also words a name may start with ("Father Christmas"), are not among them.
CLERGY_TITLES = frozenset(_CLERGY.split())
