"""A deterministic synthetic district: the same seed and reference date give the same households.

Households follow archetypes (seniors alone or in couples, three generations, young families,
new-immigrant families, adults with disabilities, poor single parents, aboriginal households) in
real cities and districts, with ages skewed to seniors and incomes, assets, disabilities and
care levels spread across the thresholds of the service catalog, so every service has people on
both sides of its rules. IDs are checksum-valid and come from our own generator; names, phones
and addresses are invented.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kiosk.address import Address, geography
from kiosk.demo import names
from kiosk.households.document import SCHEMA_VERSION
from kiosk.identity import generate_id
from kiosk.rocdate import add_years

REGION_WEIGHTS = {
    "新北市": 17.0, "臺中市": 12.0, "高雄市": 11.8, "臺北市": 10.7, "桃園市": 9.7, "臺南市": 8.0, "彰化縣": 5.3,
    "屏東縣": 3.4, "雲林縣": 2.9, "新竹縣": 2.5, "苗栗縣": 2.3, "嘉義縣": 2.1, "南投縣": 2.0, "宜蘭縣": 1.9,
    "新竹市": 1.9, "基隆市": 1.5, "花蓮縣": 1.4, "嘉義市": 1.1, "臺東縣": 0.9, "金門縣": 0.6, "澎湖縣": 0.5,
    "連江縣": 0.1,
}
AREA_CODES = {
    "臺北市": "02", "新北市": "02", "基隆市": "02", "桃園市": "03", "新竹市": "03", "新竹縣": "03", "宜蘭縣": "03",
    "花蓮縣": "03", "苗栗縣": "037", "臺中市": "04", "彰化縣": "04", "南投縣": "049", "雲林縣": "05",
    "嘉義市": "05", "嘉義縣": "05", "臺南市": "06", "澎湖縣": "06", "高雄市": "07", "屏東縣": "08",
    "臺東縣": "089", "金門縣": "082", "連江縣": "0836",
}
RURAL_REGIONS = {"雲林縣", "嘉義縣", "屏東縣", "彰化縣", "南投縣", "臺東縣", "花蓮縣", "苗栗縣", "宜蘭縣", "澎湖縣"}
ABORIGINAL_REGIONS = {"花蓮縣": 0.28, "臺東縣": 0.36, "屏東縣": 0.07}
ARCHETYPES = (
    ("senior_alone", 24), ("senior_couple", 14), ("three_generations", 17), ("young_family", 13),
    ("immigrant_family", 10), ("disabled_adult", 6), ("poor_single_parent", 6), ("working_single", 6),
    ("aboriginal_elders", 4),
)
ECONOMY = (("poor", 18), ("near_poor", 17), ("modest", 40), ("comfortable", 25))
SENIOR_INCOME = {"poor": (0, 9000), "near_poor": (8000, 24000), "modest": (18000, 42000), "comfortable": (36000, 95000)}
WORK_INCOME = {"poor": (0, 19000), "near_poor": (17000, 31000), "modest": (30000, 62000), "comfortable": (55000, 160000)}
MOVABLE = {"poor": (0, 90_000), "near_poor": (40_000, 450_000), "modest": (200_000, 2_600_000),
           "comfortable": (2_000_000, 12_000_000)}
REAL_ESTATE = {"poor": (0, 2_500_000), "near_poor": (0, 4_500_000), "modest": (2_500_000, 9_000_000),
               "comfortable": (8_000_000, 40_000_000)}
HARDSHIPS = ("death", "injury_illness", "breadwinner_unable", "assets_frozen", "pending_benefit", "other")


@dataclass
class _Household:
    region: str
    economy: str
    surname: str
    letter: str


class DemoDistrict:
    """Builds contract documents one household at a time."""

    def __init__(self, seed: int, as_of: date) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.facts_rng = random.Random(f"facts-{seed}")
        self.as_of = as_of
        self._ids: set[str] = set()
        self._household_numbers: set[str] = set()
        self._regions = list(REGION_WEIGHTS)
        self._region_weights = list(REGION_WEIGHTS.values())
        self._surnames = [s for s, _ in names.SURNAMES]
        self._surname_weights = [w for _, w in names.SURNAMES]
        self._geo = geography()["regions"]

    # -- small draws ---------------------------------------------------------------------------
    def _pick(self, weighted: tuple[tuple[str, float], ...]) -> str:
        return self.rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]

    def _chance(self, p: float) -> bool:
        return self.rng.random() < p

    def _between(self, lo: int, hi: int, step: int = 100) -> int:
        return self.rng.randrange(lo, hi + 1, step) if hi > lo else lo

    def _birth(self, age_lo: int, age_hi: int) -> date:
        age = self.rng.randint(age_lo, age_hi)
        latest = add_years(self.as_of, -age)
        return latest - timedelta(days=self.rng.randint(0, 364))

    def _id(self, kind: str, sex: str, letter: str, third: int | None = None) -> str:
        while True:
            value = generate_id(self.rng, kind=kind, sex=sex, letter=letter, third=third)
            if value not in self._ids:
                self._ids.add(value)
                return value

    def _household_no(self, letter: str) -> str:
        while True:
            value = letter + "".join(str(self.rng.randint(0, 9)) for _ in range(7))
            if value not in self._household_numbers:
                self._household_numbers.add(value)
                return value

    def _mobile(self) -> str:
        digits = f"09{self.rng.randint(0, 99999999):08d}"
        return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"

    def _landline(self, region: str) -> str:
        code = AREA_CODES[region]
        return f"{code}-{self.rng.randint(10 ** (9 - len(code) - 1), 10 ** (9 - len(code)) - 1)}"

    def _other_surname(self, surname: str) -> str:
        while True:
            other = self.rng.choices(self._surnames, self._surname_weights)[0]
            if other != surname:
                return other

    def _given(self, sex: str, age: int) -> str:
        generation = "old" if age >= 55 else "mid" if age >= 25 else "young"
        return self.rng.choice(names.GIVEN[(sex, generation)])

    def _expiry(self, lo_days: int, hi_days: int) -> str:
        return (self.as_of + timedelta(days=self.rng.randint(lo_days, hi_days))).isoformat()

    # -- people --------------------------------------------------------------------------------
    def _person(self, home: _Household, relation: str, sex: str, age_lo: int, age_hi: int, *,
                surname: str | None = None, label: str | None = None, working: bool | None = None,
                **overrides: Any) -> dict[str, Any]:
        birth = self._birth(age_lo, age_hi)
        age = (self.as_of - birth).days // 365
        letter = home.letter if self._chance(0.8) else self.rng.choice("ABDEFHN")
        member: dict[str, Any] = {
            "id_no": self._id("national", sex, letter, third=self.rng.choice((0, 0, 1, 1, 2, 3, 4, 5))),
            "name": (surname or home.surname) + self._given(sex, age),
            "sex": sex, "birth_date": birth.isoformat(), "relation": relation, "relation_label": label,
            "aboriginal": False, "lives_here": self._chance(0.96),
            "days_in_taiwan_last_year": 365 if self._chance(0.97) else self.rng.randint(90, 182),
            "monthly_income": 0, "movable_assets": 0, "real_estate_value": 0, "employed": False,
            "student": 16 <= age <= 25 and self._chance(0.75), "disability": None, "ltc_cms_level": None,
            "institutionalized": False, "receiving": [], "citizen_certificate_expiry": None, "phone": None,
        }
        economy = home.economy
        if age >= 65:
            member["monthly_income"] = self._between(*SENIOR_INCOME[economy])
            member["movable_assets"] = self._between(*MOVABLE[economy], step=1000)
        elif age >= 18 and not member["student"]:
            employed = working if working is not None else self._chance(0.35 if economy == "poor" else 0.85)
            member["employed"] = employed
            member["monthly_income"] = self._between(*WORK_INCOME[economy]) if employed else 0
            member["movable_assets"] = self._between(0, MOVABLE[economy][1] // 3, step=1000)
        if age >= 18 and self._chance(0.7):
            member["phone"] = self._mobile()
        if age >= 18 and self._chance(0.4):
            member["citizen_certificate_expiry"] = self._expiry(-300, 5 * 365)
        self._health(member, age)
        self._receiving(member, age, home)
        if age >= 65 and economy in ("poor", "near_poor") and self._chance(0.25):
            member["denture_need"] = True
        member.update(overrides)
        return member

    def _health(self, member: dict[str, Any], age: int) -> None:
        disabled = self._chance(0.04 if age < 45 else 0.09 if age < 65 else 0.2)
        if disabled:
            level = self._pick((("mild", 40), ("moderate", 30), ("severe", 20), ("profound", 10)))
            expiry = None if self._chance(0.3) else self._expiry(-60, 5 * 365)
            if expiry is not None and self._chance(0.12):
                expiry = self._expiry(0, 90)  # due for renewal soon
            member["disability"] = {"level": level, "certificate_expiry": expiry}
        care_chance = 0.45 if age >= 80 else 0.18 if age >= 65 else 0.3 if disabled else 0.0
        if self._chance(care_chance):
            member["ltc_cms_level"] = self.rng.randint(2, 8)
        if age >= 65 and self._chance(0.01):
            member["institutionalized"] = True

    def _receiving(self, member: dict[str, Any], age: int, home: _Household) -> None:
        receiving = member["receiving"]
        needy = home.economy in ("poor", "near_poor")
        if age >= 65 and needy and self._chance(0.5):
            receiving.append("S03")
        elif member["disability"] and needy and self._chance(0.5):
            receiving.append("S05")
        if member["birth_date"] <= "1943-10-01" and "S03" not in receiving and self._chance(0.55):
            receiving.append("S06")
        if member["ltc_cms_level"] and self._chance(0.6):
            receiving.append("S07")
        if age >= 65 and self._chance(0.7):
            receiving.append("S10")
        if age >= 65 and self._chance(0.45):
            receiving.append("S11")

    def _spouse_abroad(self, home: _Household, sex: str) -> dict[str, Any]:
        """A new-immigrant spouse: resident ID (new format), often an old one still on the card."""
        origin = self._pick((("CN", 55), ("VN", 25), ("ID", 9), ("TH", 5), ("PH", 6)))
        naturalised = origin != "CN" and self._chance(0.2)
        person = self._person(home, "spouse", sex, 28, 58, label="妻" if sex == "F" else "夫")
        if origin == "CN":
            person["name"] = self.rng.choice(self._surnames[:20]) + self._given(sex, 40)
        elif origin == "VN":
            if sex == "F" and self._chance(0.5):
                first, middle, last = names.VIETNAMESE_CHINESE
                person["name"] = self.rng.choice(first) + middle[0] + self.rng.choice(last)
            else:
                person["name"] = self.rng.choice(names.VIETNAMESE_LATIN_F if sex == "F" else names.VIETNAMESE_LATIN_M)
        else:
            pool = {"ID": names.INDONESIAN_F, "TH": names.THAI_F, "PH": names.FILIPINO_F}[origin]
            person["name"] = self.rng.choice(pool)
        if naturalised:
            person["id_no"] = self._id("national", sex, home.letter, third=6)
            person["naturalised"] = True
            person["original_nationality"] = origin
            return person
        person["nationality"] = origin
        person["id_no"] = self._id("resident", sex, home.letter, third=9 if origin == "CN" else self.rng.randint(0, 6))
        person["can_work_in_taiwan"] = self._chance(0.9)
        if self._chance(0.5):  # arrived before 2021: the old number is still printed on the card
            person["legacy_id_no"] = self._id("resident_legacy", sex, home.letter)
        if "S15" not in person["receiving"] and self._chance(0.4):
            person["receiving"].append("S15")
        return person

    # -- households ----------------------------------------------------------------------------
    def _members(self, archetype: str, home: _Household) -> list[dict[str, Any]]:
        sex = self.rng.choice("MF")
        other = "F" if sex == "M" else "M"
        p = self._person
        if archetype == "senior_alone":
            return [p(home, "head", self._pick((("F", 62), ("M", 38))), 65, 99, label="戶長")]
        if archetype == "senior_couple":
            head = p(home, "head", "M", 66, 95, label="戶長")
            spouse = p(home, "spouse", "F", 62, 92, label="妻", surname=self._other_surname(home.surname))
            if self._chance(0.3):
                spouse["name"] = home.surname + spouse["name"]  # 冠夫姓, common among older women
            return [head, spouse]
        if archetype == "three_generations":
            members = [p(home, "head", sex, 38, 62, label="戶長"),
                       p(home, "spouse", other, 36, 62, surname=self._other_surname(home.surname), label="配偶"),
                       p(home, "parent", self.rng.choice("MF"), 68, 98, label="母")]
            members[-1]["relation_label"] = "父" if members[-1]["sex"] == "M" else "母"
            for i in range(self.rng.randint(0, 3)):
                child_sex = self.rng.choice("MF")
                label = ("長", "次", "三")[i] + ("子" if child_sex == "M" else "女")
                members.append(p(home, "child", child_sex, 1, 30, label=label))
            return members
        if archetype == "young_family":
            members = [p(home, "head", sex, 26, 45, label="戶長"),
                       p(home, "spouse", other, 25, 45, surname=self._other_surname(home.surname), label="配偶")]
            members += [p(home, "child", s, 0, 17, label="子" if s == "M" else "女")
                        for s in self.rng.choices("MF", k=self.rng.randint(1, 3))]
            return members
        if archetype == "immigrant_family":
            members = [p(home, "head", "M", 40, 75, label="戶長"), self._spouse_abroad(home, "F")]
            members += [p(home, "child", s, 0, 20, label="子" if s == "M" else "女")
                        for s in self.rng.choices("MF", k=self.rng.randint(0, 2))]
            return members
        if archetype == "disabled_adult":
            head = p(home, "head", sex, 20, 64, label="戶長", working=False)
            head["disability"] = {"level": self._pick((("moderate", 40), ("severe", 40), ("profound", 20))),
                                  "certificate_expiry": self._expiry(-30, 5 * 365)}
            members = [head]
            if self._chance(0.6):
                members.append(p(home, "parent", "F", 50, 85, label="母"))
            return members
        if archetype == "poor_single_parent":
            home.economy = "poor" if self._chance(0.7) else "near_poor"
            members = [p(home, "head", self._pick((("F", 75), ("M", 25))), 24, 50, label="戶長")]
            members += [p(home, "child", s, 0, 16, label="子" if s == "M" else "女")
                        for s in self.rng.choices("MF", k=self.rng.randint(1, 3))]
            return members
        if archetype == "working_single":
            return [p(home, "head", sex, 22, 64, label="戶長")]
        # aboriginal_elders: 55+ counts as senior for several services
        members = [p(home, "head", sex, 55, 90, label="戶長", aboriginal=True)]
        if self._chance(0.5):
            members.append(p(home, "spouse", other, 52, 88, label="配偶", aboriginal=True))
        return members

    def _address(self, region: str) -> Address:
        info = self._geo[region]
        district = self.rng.choice(list(info["districts"]))
        if region == "連江縣":
            return Address(city=region, district=district, postal_code=info["districts"][district],
                           village=self.rng.choice(geography()["lianjiang_villages"]),
                           number=str(self.rng.randint(1, 180)))
        suffix = "村" if district.endswith("鄉") else "里"
        section = self.rng.choice((None, None, "一", "二", "三"))
        return Address(
            city=region, district=district, postal_code=info["districts"][district],
            village=self.rng.choice(geography()["villages"]) + suffix, neighborhood=self.rng.randint(1, 30),
            street=self.rng.choice(info["roads"]), section=section,
            lane=str(self.rng.randint(1, 300)) if self._chance(0.45) else None,
            alley=str(self.rng.randint(1, 30)) if self._chance(0.15) else None,
            number=str(self.rng.randint(1, 400)) + (f"之{self.rng.randint(1, 5)}" if self._chance(0.1) else ""),
            floor=f"{self.rng.randint(2, 14)}樓" + (f"之{self.rng.randint(1, 3)}" if self._chance(0.15) else "")
            if self._chance(0.55) else None,
        )

    def household(self) -> dict[str, Any]:
        archetype = self.rng.choices([a for a, _ in ARCHETYPES], [w for _, w in ARCHETYPES])[0]
        region = self.rng.choices(self._regions, self._region_weights)[0]
        if archetype == "aboriginal_elders":
            region = self.rng.choice(("花蓮縣", "臺東縣", "屏東縣"))
        letter = self._geo[region]["letter"]
        home = _Household(region, self._pick(ECONOMY), self.rng.choices(self._surnames, self._surname_weights)[0],
                          letter)
        members = self._members(archetype, home)
        if region in ABORIGINAL_REGIONS and self._chance(ABORIGINAL_REGIONS[region]):
            for member in members:
                member["aboriginal"] = True
        status = "none"
        head = members[0]
        head["real_estate_value"] = self._between(*REAL_ESTATE[home.economy], step=10_000) if self._chance(0.75) else 0
        if home.economy == "poor":
            status = self._pick((("low_income", 60), ("middle_low_income", 20), ("none", 20)))
        elif home.economy == "near_poor":
            status = self._pick((("middle_low_income", 50), ("none", 50)))
        document = self.document(home, members, status)
        if archetype in ("senior_alone", "senior_couple") and self._chance(0.3):
            child_sex = self.rng.choice("MF")
            relative = self._person(home, "child", child_sex, 35, 60, label="長子" if child_sex == "M" else "長女",
                                    working=True)
            relative["lives_here"] = False
            document["relatives_elsewhere"].append(relative)
        if self._chance(0.025):
            document["hardship_events"] = [{
                "kind": self.rng.choice(HARDSHIPS),
                "date": (self.as_of - timedelta(days=self.rng.randint(0, 90))).isoformat(),
            }]
        self._contract_facts(document, home)
        return document

    def document(self, home: _Household, members: list[dict[str, Any]], status: str) -> dict[str, Any]:
        """A household document around `members` (address, phone, registration date)."""
        region = home.region
        registered = self.as_of - timedelta(days=self.rng.randint(30, 60 * 365))
        return {
            "schema_version": SCHEMA_VERSION, "household_no": self._household_no(home.letter), "region": region,
            "address": self._address(region).to_dict(),
            "phone": self._landline(region) if self._chance(0.5) else None,
            "status": status, "registered_since": registered.isoformat(), "members": members,
            "relatives_elsewhere": [], "notes": None,
        }

    def _contract_facts(self, document: dict[str, Any], home: _Household) -> None:
        """The contract's newer optional facts, drawn from their own stream so that the older
        facts of a seed stay what they were."""
        draw = self.facts_rng
        rural = home.region in RURAL_REGIONS
        for member in document["members"]:
            age = (self.as_of - date.fromisoformat(member["birth_date"])).days // 365
            if member.get("nationality", "TW") != "TW":
                member["original_nationality"] = member["nationality"]
                member["residence_permit"] = "aprc" if draw.random() < 0.1 else "arc"
            elif member.get("naturalised"):
                continue
            elif age >= 40 and rural and draw.random() < 0.3:
                member["social_insurance"] = "farmer"
                member["farmer_insurance_years"] = draw.randint(3, min(45, age - 25))
            elif member["employed"]:
                member["social_insurance"] = "labor" if draw.random() < 0.88 else "civil_servant"
            elif age >= 25 and draw.random() < 0.5:
                member["social_insurance"] = "national_pension"
            if age >= 50 and member["ltc_cms_level"] and draw.random() < (0.35 if age >= 75 else 0.12):
                member["dementia"] = True
            if 16 <= age < 65 and draw.random() < 0.02:
                member["serious_illness"] = True
        if any((m["ltc_cms_level"] or 0) >= 5 for m in document["members"]) and draw.random() < 0.3:
            document["foreign_caregiver"] = True


    def stream(self, households: int) -> Iterator[dict[str, Any]]:
        """`households` documents: the district, with the showcase cases (kiosk.demo.showcase) last."""
        from kiosk.demo.showcase import showcase_households

        main, seed = self.rng, self.seed
        self.rng = random.Random(f"showcase-{seed}")  # the cases do not shift the district's draws
        cases = showcase_households(self)[:households]
        self.rng = main
        for _ in range(households - len(cases)):
            yield self.household()
        yield from cases


def generate(households: int, seed: int, as_of: date) -> list[dict[str, Any]]:
    return list(DemoDistrict(seed, as_of).stream(households))
