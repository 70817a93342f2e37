"""Structured Taiwan addresses: large → small, rendered canonically, parsed from one line.

Canonical order: [郵遞區號] 縣市 鄉鎮市區 村里 鄰 路/街/大道 段 巷 弄 號[之N] 樓[之N].
Sections are written with Chinese numerals (二段), numbers with Arabic digits, 「之」 numbers as
5之1號 (5號之1 is read as the same place), neighbourhoods without zero padding (002鄰 → 2鄰).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import TypedDict

from kiosk.i18n import UserError
from kiosk.paths import resource_path
from kiosk.text import chinese_number, halfwidth, to_chinese_number

REGIONS = (
    "臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市", "新竹縣", "苗栗縣",
    "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣", "澎湖縣", "金門縣", "連江縣",
)


class InvalidAddress(UserError, ValueError):
    def __init__(self, key: str, text: str) -> None:
        super().__init__(key, text=text[:60])


@dataclass(frozen=True)
class Address:
    city: str
    district: str
    postal_code: str | None = None
    village: str | None = None
    neighborhood: int | None = None
    street: str | None = None
    section: str | None = None  # Chinese numeral: "二"
    lane: str | None = None
    alley: str | None = None
    number: str | None = None  # "5" or "5之1"
    floor: str | None = None  # "4樓", "4樓之1", "地下1樓"

    def render(self, *, postal: bool = False) -> str:
        parts = [self.postal_code + " " if postal and self.postal_code else "", self.city, self.district,
                 self.village or ""]
        if self.neighborhood:
            parts.append(f"{self.neighborhood}鄰")
        parts.append(self.street or "")
        if self.section:
            parts.append(f"{self.section}段")
        if self.lane:
            parts.append(f"{self.lane}巷")
        if self.alley:
            parts.append(f"{self.alley}弄")
        if self.number:
            parts.append(f"{self.number}號")
        if self.floor:
            parts.append(self.floor if "樓" in self.floor else f"{self.floor}樓")
        return "".join(parts)

    def __str__(self) -> str:
        return self.render()

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {name: getattr(self, name) for name in ADDRESS_FIELDS}
        data["text"] = self.render()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> "Address":
        values = {k: v for k, v in data.items() if k in ADDRESS_FIELDS}
        if not values.get("city") or not values.get("district"):
            text = data.get("text")
            if isinstance(text, str) and text:
                return parse_address(text)
            raise InvalidAddress("address.city_district_required", str(data.get("text") or ""))
        return normalise(cls(**values))  # type: ignore[arg-type]


ADDRESS_FIELDS = frozenset(f.name for f in fields(Address))


class Region(TypedDict):
    letter: str  # the first letter of IDs issued there
    districts: dict[str, str]  # district → 3-digit postal code
    roads: list[str]


class Geography(TypedDict):
    """resources/geo/districts.json."""
    regions: dict[str, Region]
    villages: list[str]
    lianjiang_villages: list[str]


@lru_cache(maxsize=1)
def geography() -> Geography:
    with resource_path("geo", "districts.json").open(encoding="utf-8") as handle:
        loaded: Geography = json.load(handle)
        return loaded


def postal_code_for(city: str, district: str) -> str | None:
    region = geography()["regions"].get(city)
    return region["districts"].get(district) if region else None


def _normalise_text(text: str) -> str:
    text = halfwidth(text)
    text = re.sub(r"\s+", "", text).replace("台", "臺")
    return text.replace("－", "-")


def _section(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return to_chinese_number(chinese_number(value))
    except ValueError:  # "0", ":" or 120 from a document or a form: an address error, not a crash
        raise InvalidAddress("address.unreadable", f"{value}段") from None


def normalise(address: Address) -> Address:
    """Canonical field forms: 臺 not 台, Chinese section numerals, unpadded numbers, postal code."""
    city = address.city.replace("台", "臺")
    district = address.district.replace("台", "臺")
    number = address.number
    if number:
        number = re.sub(r"^0+(?=\d)", "", halfwidth(number).replace("號", ""))
    return replace(
        address,
        city=city,
        district=district,
        section=_section(address.section),
        lane=halfwidth(address.lane).lstrip("0") or None if address.lane else None,
        alley=halfwidth(address.alley).lstrip("0") or None if address.alley else None,
        number=number or None,
        postal_code=address.postal_code or postal_code_for(city, district),
    )


_CITY = "|".join(REGIONS)
_TAIL = re.compile(
    r"^(?P<village>[^\d鄰路街巷弄號樓]{1,3}?[里村])?"
    r"(?:(?P<neighborhood>\d{1,3})鄰)?"
    r"(?P<street>[^\d]+?(?:大道|路|街))?"
    r"(?:(?P<section>[一二三四五六七八九十]+|\d{1,2})段)?"
    r"(?:(?P<lane>\d+)巷)?"
    r"(?:(?P<alley>\d+)弄)?"
    r"(?:(?P<number>\d+(?:之\d+)?)號(?:之(?P<number_sub>\d+))?)?"
    r"(?P<floor>(?:地下)?\d+樓(?:之\d+)?|B\d+)?$"
)
_HEAD = re.compile(rf"^(?P<postal>\d{{3}}(?:\d{{2,3}})?)?(?P<city>{_CITY})(?P<rest>.*)$")


def _split_district(city: str, rest: str) -> tuple[str, str] | None:
    region = geography()["regions"].get(city)
    known = region["districts"] if region else {}
    for district in sorted(known, key=len, reverse=True):
        if rest.startswith(district):
            return district, rest[len(district):]
    match = re.match(r"^([^\d]{1,2}[區鄉鎮市])", rest)
    if match:
        return match.group(1), rest[match.end():]
    return None


def parse_address(text: str) -> Address:
    """Parse a one-line address such as 臺北市萬華區福星里8鄰西寧南路50號4樓之1."""
    cleaned = _normalise_text(text or "")
    if not cleaned:
        raise InvalidAddress("address.empty", text or "")
    head = _HEAD.match(cleaned)
    if not head:
        raise InvalidAddress("address.no_city", text)
    split = _split_district(head["city"], head["rest"])
    if not split:
        raise InvalidAddress("address.no_district", text)
    district, tail = split
    match = _TAIL.match(tail)
    if not match:
        raise InvalidAddress("address.unreadable", text)
    parts = match.groupdict()
    number = parts["number"]
    if number and parts["number_sub"] and "之" not in number:
        number = f"{number}之{parts['number_sub']}"
    floor = parts["floor"]
    if floor and floor.startswith("B"):
        floor = f"地下{floor[1:]}樓"
    return normalise(
        Address(
            city=head["city"],
            district=district,
            postal_code=head["postal"],
            village=parts["village"],
            neighborhood=int(parts["neighborhood"]) if parts["neighborhood"] else None,
            street=parts["street"],
            section=parts["section"],
            lane=parts["lane"],
            alley=parts["alley"],
            number=number,
            floor=floor,
        )
    )
