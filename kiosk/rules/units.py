"""From household facts to the simulated population: units, roles and input arrays.

A unit is one household seen from one applicant. Relations in a document are relations to the
head (戶長), so the kinship of any two members is derived from the pair of relations (the spouse
of the head is the mother of the head's children, the head's parent is the grandparent of the
head's children...). For each applicant the 社會救助法 §5 family is then:
  the applicant, the spouse, first-degree lineal relatives (also those registered elsewhere),
  other lineal relatives in the same household, and, for a person with a disability, siblings
  in the household under 16 or students of 25 or less;
  never lodgers, people excluded under §5 ¶3 (document flag `means_test_excluded`), or
  non-citizen spouses not permitted to work in Taiwan.
Applicants whose families coincide share a unit, so most households are a single unit.
Where the head-relative relations are ambiguous (a grandchild seen from one of several adult
children, a child-in-law seen from a child) the nearer reading is taken.

Facts are held column-wise, one row per real person (`People`) and per household
(`Households`); unit copies are made by indexing, so building 100,000 households is fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from numpy.typing import DTypeLike

from kiosk.json_types import JsonObject
from kiosk.rules.regions import CITY_KEYS, City
from kiosk.rules.variables.common import completed_years
from kiosk.rules.variables.inputs import SERVICE_CODES, WelfareStatus

KIN: dict[str, dict[str, str]] = {
    "head": {"spouse": "spouse", "parent": "first", "child": "first", "grandparent": "lineal",
             "grandchild": "lineal", "sibling": "sibling"},
    "spouse": {"head": "spouse", "child": "first", "grandchild": "lineal", "parent_in_law": "first"},
    "parent": {"head": "first", "sibling": "first", "parent": "spouse", "grandparent": "first", "child": "lineal",
               "grandchild": "lineal"},
    "grandparent": {"parent": "first", "head": "lineal", "sibling": "lineal", "child": "lineal",
                    "grandchild": "lineal", "grandparent": "spouse"},
    "child": {"head": "first", "spouse": "first", "parent": "lineal", "grandparent": "lineal", "child": "sibling",
              "grandchild": "first", "child_in_law": "spouse"},
    "parent_in_law": {"spouse": "first", "child": "lineal", "grandchild": "lineal", "parent_in_law": "spouse"},
    "sibling": {"parent": "first", "grandparent": "lineal", "head": "sibling", "sibling": "sibling"},
    "grandchild": {"child": "first", "head": "lineal", "spouse": "lineal", "parent": "lineal",
                   "grandchild": "sibling"},
    "child_in_law": {"child": "spouse", "grandchild": "first"},
}

DISABILITY_LEVELS = ("mild", "moderate", "severe", "profound")
# extension properties of our documents (the contract allows them; see kiosk/rules/README)
EXTENSION_FACTS = ("foreign_caregiver", "denture_need", "under_guardianship", "means_test_excluded",
                   "serious_illness", "family_carer", "pregnant", "permanent_resident", "dementia", "naturalised")
# contract facts held as small integer codes (enum order of kiosk.rules.variables.inputs)
PERMIT_CODES = {None: 0, "arc": 1, "aprc": 2}
INSURANCE_CODES = {None: 0, "labor": 1, "farmer": 2, "civil_servant": 3, "military": 4, "national_pension": 5}
DATE_INPUTS = {"birth_date", "disability_certificate_expiry", "citizen_certificate_expiry", "registered_since",
               "hardship_event_date"}
FAR_FUTURE = "2099-12-31"


RELATIONS = ("head", "spouse", "parent", "child", "grandparent", "grandchild", "sibling", "parent_in_law",
             "child_in_law", "other_relative", "lodger")
WORK_CAPACITY_CODES = {None: 0, True: 1, False: 2}  # WorkCapacityDeclared: unknown, able, unable
LEVEL_CODES = {"mild": 1, "moderate": 2, "severe": 3, "profound": 4}  # DisabilityLevel; 0 = none
BOOL_FACTS = ("lives_here", "employed", "student", "aboriginal", "institutionalized", "can_work_in_taiwan")


def receiving_mask(codes: Iterable[str] | None) -> int:
    """Bit i-1 set for each service S{i:02d} already received."""
    mask = 0
    for code in codes or ():
        if len(code) == 3 and code[0] == "S" and code[1:].isdigit() and 1 <= int(code[1:]) <= len(SERVICE_CODES):
            mask |= 1 << (int(code[1:]) - 1)
    return mask


# A column of People: a list while rows are added, a NumPy array of its final type after finish().
Column = Any


@dataclass
class People:
    """One row per real person, household by household (members first, relatives elsewhere after).
    `facts` holds numpy arrays in their final types once `finish()` has run."""

    household: Column = field(default_factory=list)
    id_no: list[str | None] = field(default_factory=list)  # None until the store scan reads them (fill_details)
    name: list[str | None] = field(default_factory=list)
    relation: Column = field(default_factory=list)
    registered_here: Column = field(default_factory=list)
    facts: dict[str, Column] = field(default_factory=dict)

    def add(self, household: int, member: JsonObject, registered_here: bool) -> None:
        f = self.facts
        if not f:
            for name in ("birth_date", "citizen", "work_capacity", "disability_level", "residence_permit",
                         "social_insurance", "farmer_insurance_years",
                         "has_disability_certificate_expiry", "disability_certificate_expiry",
                         "has_citizen_certificate", "citizen_certificate_expiry", "has_legacy_id", "receiving",
                         "days_in_taiwan_last_year", "ltc_cms_level", "monthly_income", "movable_assets",
                         "real_estate_value", *BOOL_FACTS, *EXTENSION_FACTS):
                f[name] = []
        self.household.append(household)
        self.id_no.append(member["id_no"])
        self.name.append(member.get("name") or "")
        self.relation.append(member["relation"])
        self.registered_here.append(registered_here)
        f["birth_date"].append(member["birth_date"])
        f["citizen"].append((member.get("nationality") or "TW") == "TW")
        f["residence_permit"].append(PERMIT_CODES.get(member.get("residence_permit"), 0))
        f["social_insurance"].append(INSURANCE_CODES.get(member.get("social_insurance"), 0))
        f["farmer_insurance_years"].append(member.get("farmer_insurance_years") or 0)
        f["work_capacity"].append(WORK_CAPACITY_CODES.get(member.get("work_capacity"), 0))
        disability: JsonObject = member.get("disability") or {}
        level = LEVEL_CODES.get(disability.get("level") or "", 0)
        f["disability_level"].append(level)
        expiry = disability.get("certificate_expiry")
        f["has_disability_certificate_expiry"].append(bool(level and expiry))
        f["disability_certificate_expiry"].append(expiry or FAR_FUTURE)
        certificate = member.get("citizen_certificate_expiry")
        f["has_citizen_certificate"].append(bool(certificate))
        f["citizen_certificate_expiry"].append(certificate or FAR_FUTURE)
        f["has_legacy_id"].append(bool(member.get("legacy_id_no")))
        f["receiving"].append(receiving_mask(member.get("receiving")))
        f["days_in_taiwan_last_year"].append(member.get("days_in_taiwan_last_year", 365))
        f["ltc_cms_level"].append(member.get("ltc_cms_level") or 0)
        for name in ("monthly_income", "movable_assets", "real_estate_value"):
            f[name].append(member.get(name) or 0)
        for name in BOOL_FACTS:
            value = member.get(name)
            f[name].append(name in ("lives_here", "can_work_in_taiwan") if value is None else bool(value))
        for name in EXTENSION_FACTS:
            f[name].append(bool(member.get(name, False)))
        once_foreign = (member.get("original_nationality") or "TW") != "TW"
        f["naturalised"][-1] = f["citizen"][-1] and (f["naturalised"][-1] or once_foreign)  # never from ID digits

    def finish(self) -> "People":
        """Lists to numpy arrays of their final types (the store scan builds arrays directly)."""
        f = self.facts
        types: dict[str, DTypeLike] = {"birth_date": "datetime64[D]", "disability_certificate_expiry": "datetime64[D]",
                 "citizen_certificate_expiry": "datetime64[D]", "work_capacity": np.int8,
                 "disability_level": np.int8, "receiving": np.int32, "days_in_taiwan_last_year": np.int32,
                 "residence_permit": np.int8, "social_insurance": np.int8, "farmer_insurance_years": np.int32,
                 "ltc_cms_level": np.int32, "monthly_income": float, "movable_assets": float,
                 "real_estate_value": float}
        for name, values in f.items():
            f[name] = np.asarray(values, dtype=types.get(name, bool))
        self.household = np.asarray(self.household, dtype=np.int64)
        self.relation = np.asarray(self.relation, dtype=object)
        self.registered_here = np.asarray(self.registered_here, dtype=bool)
        return self


@dataclass
class Households:
    household_no: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    registered_since: list[str | None] = field(default_factory=list)
    hardship_date: list[str | None] = field(default_factory=list)
    foreign_caregiver: list[bool] = field(default_factory=list)

    def add(self, document: JsonObject) -> int:
        self.household_no.append(document["household_no"])
        self.region.append(document["region"])
        self.status.append(document.get("status") or "none")
        self.registered_since.append(document.get("registered_since"))
        self.hardship_date.append(latest_hardship(document.get("hardship_events")))
        self.foreign_caregiver.append(bool(document.get("foreign_caregiver")))
        return len(self.household_no) - 1


def latest_hardship(events: Iterable[object] | None) -> str | None:
    dates: list[str] = [e["date"] for e in events or () if isinstance(e, dict) and e.get("date")]
    return max(dates) if dates else None


def tables_from_documents(documents: Iterable[JsonObject]) -> tuple[People, Households]:
    people, households = People(), Households()
    for document in documents:
        h = households.add(document)
        for member in document["members"]:
            people.add(h, member, True)
        for member in document.get("relatives_elsewhere") or ():
            people.add(h, member, False)
    return people.finish(), households


def family_of(applicant: int, relation: list[str], registered: list[bool], excluded: list[bool],
              disabled: bool, young_sibling: list[bool]) -> frozenset[int]:
    """Local indexes of the members counted in the §5 family of `applicant`."""
    table = KIN.get(relation[applicant], {})
    counted = {applicant}
    for i, rel in enumerate(relation):
        if i == applicant or excluded[i]:
            continue
        kin = table.get(rel, "other")
        if kin in ("spouse", "first") or (kin == "lineal" and registered[i]) or (
                kin == "sibling" and disabled and registered[i] and young_sibling[i]):
            counted.add(i)
    return frozenset(counted)


@dataclass
class Population:
    """The simulated persons (unit copies of real people) and the maps back."""

    on: date
    people: People
    households: Households
    age: np.ndarray  # per real person
    sim_to_real: np.ndarray  # per simulated person
    person_unit: np.ndarray  # per simulated person
    household_roles: np.ndarray
    family_roles: np.ndarray
    birth: np.ndarray  # per real person, datetime64[D]
    unit_household: np.ndarray  # per unit
    own_sim: np.ndarray  # per real person: simulated index in the unit of their own family
    head_sim: np.ndarray  # per real person: simulated index in their household's head unit
    head_of_household: np.ndarray  # per household: simulated index of the head in the head unit
    sole_carer: np.ndarray  # per real person: the parent at home with a child of 6 or less (one per household)
    dependant_carer: np.ndarray  # per real person: the relative at home caring for a dependant (one per household)

    @property
    def size(self) -> int:
        return len(self.sim_to_real)

    def members_of(self, household: int) -> range:
        """Real-person rows of one household (rows are grouped by household)."""
        rows = np.asarray(self.people.household)
        start = int(np.searchsorted(rows, household, side="left"))
        return range(start, int(np.searchsorted(rows, household, side="right")))

    @property
    def household_numbers(self) -> list[str]:
        return self.households.household_no

    @property
    def regions(self) -> list[str]:
        return self.households.region

    def person_inputs(self) -> dict[str, np.ndarray]:
        """Input arrays over simulated persons (enums as their integer codes)."""
        f = self.people.facts
        real: dict[str, np.ndarray] = {
            name: f[name] for name in (
                "birth_date", "disability_certificate_expiry", "citizen_certificate_expiry", "disability_level",
                "has_disability_certificate_expiry", "has_citizen_certificate", "has_legacy_id",
                "days_in_taiwan_last_year", "ltc_cms_level", "monthly_income", "movable_assets", "real_estate_value",
                "residence_permit", "social_insurance", "farmer_insurance_years", *BOOL_FACTS, *EXTENSION_FACTS)}
        hired = np.asarray(self.households.foreign_caregiver or [False] * len(self.households.household_no), dtype=bool)
        real["foreign_caregiver"] = f["foreign_caregiver"] | hired[np.asarray(self.people.household, dtype=np.int64)]
        real["permanent_resident"] = f["permanent_resident"] | (f["residence_permit"] == PERMIT_CODES["aprc"])
        real["family_carer"] = f["family_carer"] | self.dependant_carer
        real["work_capacity_declared"] = f["work_capacity"]
        real["registered_here"] = self.people.registered_here
        real["is_citizen"] = f["citizen"]
        real["sole_carer_young_child"] = self.sole_carer
        real["new_immigrant_role"] = self._immigrant_roles(f["citizen"])
        real["is_spouse"] = self.people.relation == "spouse"
        real["relation_is_child"] = self.people.relation == "child"
        for i, code in enumerate(SERVICE_CODES):
            real[f"receives_{code.lower()}"] = (f["receiving"] >> i) & 1 == 1
        return {name: values[self.sim_to_real] for name, values in real.items()}

    def _immigrant_roles(self, citizen: np.ndarray) -> np.ndarray:
        """NewImmigrantRole codes: 0 none, 1 spouse (not a citizen), 2 naturalised, 3 their child."""
        naturalised = citizen & self.people.facts["naturalised"]
        roles = np.where(~citizen, 1, np.where(naturalised, 2, 0)).astype(np.int8)
        relation, household = self.people.relation, self.people.household
        parent_immigrant = np.zeros(len(self.households.household_no), dtype=bool)
        parent_immigrant[household[((relation == "head") | (relation == "spouse")) & (roles != 0)]] = True
        child = (relation == "child") & (roles == 0) & parent_immigrant[household]
        return np.where(child, 3, roles).astype(np.int8)

    def unit_inputs(self) -> dict[str, np.ndarray]:
        """Input arrays over units (each unit carries its household's facts)."""
        h = self.households
        units = self.unit_household
        since = np.array([s or "1970-01-01" for s in h.registered_since], dtype="datetime64[D]")
        hardship = np.array([d or "1970-01-01" for d in h.hardship_date], dtype="datetime64[D]")
        city_codes = {key: i for i, key in enumerate(City.__members__)}
        status_codes = {key: i for i, key in enumerate(WelfareStatus.__members__)}
        return {
            "city": np.array([city_codes[CITY_KEYS[r]] for r in h.region], dtype=np.int16)[units],
            "welfare_status": np.array([status_codes[s] for s in h.status], dtype=np.int8)[units],
            "has_registered_since": np.array([s is not None for s in h.registered_since], dtype=bool)[units],
            "registered_since": since[units],
            "has_hardship_event": np.array([d is not None for d in h.hardship_date], dtype=bool)[units],
            "hardship_event_date": hardship[units],
        }


def _head_families(relation: np.ndarray, registered: np.ndarray, excluded: np.ndarray, young: np.ndarray,
                   head_disabled: np.ndarray) -> np.ndarray:
    """Per real person: counted in the §5 family of their household's head (all households at once)."""
    kin = KIN["head"]
    first = np.isin(relation, [r for r, k in kin.items() if k in ("spouse", "first")])
    lineal = np.isin(relation, [r for r, k in kin.items() if k == "lineal"])
    sibling = np.isin(relation, [r for r, k in kin.items() if k == "sibling"])
    counted = first | (lineal & registered) | (sibling & head_disabled & registered & young)
    in_family: np.ndarray = (relation == "head") | (counted & ~excluded)
    return in_family


def build_population(people: People, households: Households, on: date) -> Population:
    from kiosk.rules.history import check_date

    check_date(on)
    f = people.facts
    count = len(people.household)
    household, relation, registered = people.household, people.relation, people.registered_here
    birth = f["birth_date"]
    age = completed_years(birth, np.full(count, np.datetime64(on, "D"))) if count else np.zeros(0, dtype=int)
    disabled = f["disability_level"] > 0
    excluded = (relation == "lodger") | f["means_test_excluded"] | (~f["citizen"] & ~f["can_work_in_taiwan"])
    young = (age <= 15) | (f["student"] & (age <= 25))
    is_head = (relation == "head") & registered
    head_row = np.zeros(len(households.household_no), dtype=np.int64)
    head_row[household[is_head]] = np.flatnonzero(is_head)
    counted_head = _head_families(relation, registered, excluded, young, disabled[head_row[household]])

    # The head unit of every household holds all its people, in row order: simulated index = row.
    # Roles are integer codes in the order the entities declare them.
    household_role_codes = np.where(is_head, 0, np.where(registered, 1, 2))
    extra_real: list[int] = []  # further units: the real rows they copy ...
    extra_unit: list[int] = []  # ... the unit of each copy ...
    extra_counted: list[bool] = []  # ... and whether the copy counts in that unit's family
    unit_household = list(range(len(households.household_no)))
    own_sim = np.arange(count, dtype=np.int64)
    next_unit, next_sim = len(households.household_no), count

    # Only households where someone other than the head may apply need a look at their families.
    applicant = ((age >= 55) | disabled) & ~is_head & registered
    starts = np.flatnonzero(np.r_[True, household[1:] != household[:-1]]) if count else np.zeros(0, np.int64)
    ends = np.r_[starts[1:], count]
    with_applicants = np.zeros(len(households.household_no), dtype=bool)
    with_applicants[household[applicant]] = True
    has_applicant = with_applicants.tolist()
    household_list = household.tolist()
    may_apply = applicant.tolist()
    rel_list, reg_list, excl_list, young_list = relation.tolist(), registered.tolist(), excluded.tolist(), young.tolist()
    disabled_list = disabled.tolist()
    for s, e in zip(starts.tolist(), ends.tolist()):
        h = household_list[s]
        if not has_applicant[h]:
            continue
        local = range(e - s)
        args = (rel_list[s:e], reg_list[s:e], excl_list[s:e])
        head_family = frozenset(i for i in local if counted_head[s + i])
        units: dict[frozenset[int], tuple[int, int] | None] = {head_family: None}  # None: the head's own unit
        for i in local:
            if may_apply[s + i]:
                family = family_of(i, *args, disabled_list[s + i], young_list[s:e])
                if family not in units:
                    unit_household.append(h)
                    extra_real.extend(range(s, e))
                    extra_unit.extend([next_unit] * (e - s))
                    extra_counted.extend(j in family for j in local)
                    units[family] = (next_unit, next_sim)
                    next_unit += 1
                    next_sim += e - s
                entry = units[family]
                if entry is not None:
                    own_sim[s + i] = entry[1] + i

    sole_carer, dependant_carer = designated_carers(people, households, age, registered, on)
    extra_real_array = np.asarray(extra_real, dtype=np.int64)
    return Population(
        on=on, people=people, households=households, age=age, birth=birth,
        sim_to_real=np.concatenate([np.arange(count, dtype=np.int64), extra_real_array]),
        person_unit=np.concatenate([household, np.asarray(extra_unit, dtype=np.int64)]),
        household_roles=np.concatenate([household_role_codes, household_role_codes[extra_real_array]]),
        family_roles=np.concatenate([np.where(counted_head, 0, 1), np.where(np.asarray(extra_counted, bool), 0, 1)]),
        unit_household=np.asarray(unit_household, dtype=np.int64), own_sim=own_sim,
        head_sim=np.arange(count, dtype=np.int64), head_of_household=head_row, sole_carer=sole_carer,
        dependant_carer=dependant_carer,
    )


CARER_PREFERENCE = {"spouse": 0, "head": 1, "child": 2, "child_in_law": 3, "parent": 4, "grandchild": 5, "sibling": 6}


def _one_per_household(candidate: np.ndarray, household: np.ndarray, relation: np.ndarray,
                       needed: np.ndarray) -> np.ndarray:
    """Per real person: the first candidate of each household that needs one (spouse, head, child… first)."""
    chosen = np.zeros(len(candidate), dtype=bool)
    rows = np.flatnonzero(candidate & needed[household])
    if len(rows):
        preference = np.array([CARER_PREFERENCE.get(r, 9) for r in relation[rows]])
        ordered = rows[np.lexsort((rows, preference, household[rows]))]
        first = np.r_[True, household[ordered][1:] != household[ordered][:-1]]
        chosen[ordered[first]] = True
    return chosen


def designated_carers(people: People, households: Households, age: np.ndarray, registered: np.ndarray,
                      on: date) -> tuple[np.ndarray, np.ndarray]:
    """社會救助法 §5-3: one parent at home with a child of 6 or less, and one relative at home caring
    for a dependant (care level 2+ or a severe disability, no hired caregiver, not in an institution),
    are not able to work. Each household has at most one of each; a working member is never chosen."""
    from kiosk.rules.system import tax_benefit_system

    p = tax_benefit_system().get_parameters_at_instant(f"{on.year}-{on.month:02d}-01").social_assistance.general
    f, household, relation = people.facts, people.household, people.relation
    count = len(households.household_no)
    at_home = registered & f["lives_here"] & ~f["employed"] & (age >= p.work_capacity_min_age) & (
        age <= p.work_capacity_max_age) & ~f["student"] & ~f["serious_illness"]
    young = registered & (age <= p.young_child_max_age) & np.isin(relation, ("child", "grandchild"))
    has_young = np.zeros(count, dtype=bool)
    has_young[household[young]] = True
    parents = at_home & np.isin(relation, ("head", "spouse", "child", "child_in_law"))
    dependant = registered & f["lives_here"] & ~f["institutionalized"] & (
        (f["ltc_cms_level"] >= p.care_need_min_level) | (f["disability_level"] >= LEVEL_CODES["severe"]))
    hired = np.asarray(households.foreign_caregiver or [False] * count, dtype=bool)
    needs_carer = np.zeros(count, dtype=bool)
    needs_carer[household[dependant]] = True
    needs_carer &= ~hired
    can_care = at_home & ~dependant & (f["ltc_cms_level"] < p.care_need_min_level)
    return (_one_per_household(parents, household, relation, has_young),
            _one_per_household(can_care, household, relation, needs_carer))


def population_from_documents(documents: Iterable[JsonObject], on: date) -> Population:
    return build_population(*tables_from_documents(documents), on)
