"""OpenFisca entities: the person, the registered household (戶) and the means-test family
(社會救助法 §5 全家人口).

The means-test family depends on who applies: a grandmother living with her son's family has
him and her grandchildren in hers, but not her daughter-in-law, whom his includes. So the
simulation is made of units (kiosk.rules.units): each unit is one household seen from one
applicant, with its own copy of the household and of the people in it. The family entity holds
everyone in the unit; its role says whether a person counts in the means test.
"""

from openfisca_core.entities import build_entity

Person = build_entity(
    key="person", plural="persons", label="個人 Person", is_person=True,
    doc="One person as seen in one unit (the same resident can appear in several units).",
)

Household = build_entity(
    key="household", plural="households", label="戶 Registered household",
    doc="A copy of the registered household for one unit; relatives registered elsewhere are attached with "
        "the role 'elsewhere' so the unit is complete.",
    roles=[
        {"key": "head", "plural": "heads", "label": "戶長", "max": 1},
        {"key": "member", "plural": "members", "label": "戶內人口"},
        {"key": "elsewhere", "plural": "elsewhere", "label": "戶籍在他處的親屬"},
    ],
)

Family = build_entity(
    key="family", plural="families", label="全家人口 Means-test family",
    doc="Everyone in a unit; 'counted' members form the 社會救助法 §5 family of the unit's applicant.",
    roles=[
        {"key": "counted", "plural": "counted", "label": "計算人口"},
        {"key": "not_counted", "plural": "not_counted", "label": "不計算人口"},
    ],
)

entities = [Person, Household, Family]
