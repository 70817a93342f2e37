"""Application forms: values prefilled from what the store knows, validated per field type with
specific translated messages, and drafts carried across form versions without losing anything."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from kiosk.address import InvalidAddress, parse_address
from kiosk.catalog import FormField, Service
from kiosk.i18n import tr
from kiosk.identity import InvalidId, parse_id
from kiosk.json_types import JsonObject
from kiosk.localformat import format_number
from kiosk.rocdate import InvalidRocDate, parse_any_date
from kiosk.text import clean, halfwidth

RETIRED = "_retired"  # draft values of fields a newer form version no longer has
PENDING = "_pending"  # what was typed into a field but did not pass validation
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRUE = {"true", "1", "yes", "y", "是", "有", "對"}
_FALSE = {"false", "0", "no", "n", "否", "沒有", "無", "不是"}


@dataclass(frozen=True)
class FieldProblem:
    key: str
    code: str
    message: str


class FieldError(ValueError):
    def __init__(self, problem: FieldProblem) -> None:
        self.problem = problem
        super().__init__(problem.message)


def _problem(field: FormField, code: str, lang: str | None, **values: object) -> FieldProblem:
    return FieldProblem(field.key, code, tr(f"form.{code}", lang, **values))


_DOT_GROUPED = re.compile(r"-?\d{1,3}(?:\.\d{3})+")


def _number(field: FormField, raw: Any, lang: str | None) -> int:
    text = halfwidth(str(raw)).replace(",", "").replace("NT$", "").replace("元", "").strip()
    if _DOT_GROUPED.fullmatch(text):  # 10.286 as Vietnamese and Indonesian write it; whole numbers only here
        text = text.replace(".", "")
    if not re.fullmatch(r"-?\d+", text):
        raise FieldError(_problem(field, "whole_number", lang))
    value = int(text)
    if (field.min is not None and value < field.min) or (field.max is not None and value > field.max):
        raise FieldError(_problem(field, "range", lang, min=_fmt(field.min, lang), max=_fmt(field.max, lang)))
    return value


def _fmt(value: float | None, lang: str | None) -> str:
    return "-" if value is None else format_number(value, lang)


def normalise_value(field: FormField, raw: Any, lang: str | None = None) -> Any:
    """The stored form of `raw` for `field`, or FieldError with a specific message."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = field.type
    if kind in ("integer", "money"):
        return _number(field, raw, lang)
    if kind == "boolean":
        if isinstance(raw, bool):
            return raw
        text = clean(str(raw)).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise FieldError(_problem(field, "yes_no", lang))
    if kind == "date":
        try:
            return parse_any_date(str(raw)).isoformat()
        except InvalidRocDate as exc:
            raise FieldError(FieldProblem(field.key, "date", exc.message(lang))) from None
    if kind == "choice":
        value = str(raw).strip()
        if value not in {c.value for c in field.choices}:
            raise FieldError(_problem(field, "choice", lang))
        return value
    if kind == "id_number":
        try:
            return parse_id(str(raw)).value
        except InvalidId as exc:
            raise FieldError(FieldProblem(field.key, "id_number", exc.message(lang))) from None
    if kind == "address":
        try:
            return parse_address(str(raw)).render()
        except InvalidAddress as exc:
            raise FieldError(FieldProblem(field.key, "address", exc.message(lang))) from None
    text = unicodedata.normalize("NFC", str(raw)).strip()
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise FieldError(_problem(field, "control_characters", lang))
    if kind == "phone":
        digits = re.sub(r"\D", "", halfwidth(text))
        if not re.fullmatch(r"[\d\s()+\-]+", halfwidth(text)) or not 7 <= len(digits) <= 15:
            raise FieldError(_problem(field, "phone", lang))
        return halfwidth(text)
    if kind == "email":
        text = halfwidth(text)
        if not _EMAIL.match(text) or len(text) > 254:
            raise FieldError(_problem(field, "email", lang))
        return text
    if field.max_length and len(text) > field.max_length:
        raise FieldError(_problem(field, "too_long", lang, max=field.max_length))
    if field.pattern and not re.fullmatch(field.pattern, halfwidth(text)):
        raise FieldError(_problem(field, "pattern", lang))
    return halfwidth(text) if field.pattern else text


def _lookup(data: Any, path: list[str]) -> Any:
    for part in path:
        if isinstance(data, list):
            data = data[-1] if data else None  # the latest entry (e.g. the newest hardship event)
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def prefill(service: Service, household: JsonObject, person: JsonObject | None) -> dict[str, Any]:
    """Values the store already knows, by field, for the wizard to confirm instead of ask."""
    values: dict[str, Any] = {}
    for field in service.fields:
        if not field.prefill:
            continue
        scope, *path = field.prefill.split(".")
        source = person if scope == "person" else household
        if source is None:
            continue
        value = _lookup(source, path)
        if scope == "household" and path == ["address"] and isinstance(value, dict):
            value = value.get("text")
        try:
            normalised = normalise_value(field, value)
        except FieldError:
            continue  # a stored fact that no longer fits the field is asked for instead
        if normalised is not None:
            values[field.key] = normalised
    return values


def reconcile(service: Service, draft: dict[str, Any]) -> dict[str, Any]:
    """A draft made on another form version, fitted to the current one: values of fields that
    still exist are kept (re-validated), values of dropped fields move to `_retired`, new fields
    start empty. Nothing is thrown away."""
    fields = {f.key: f for f in service.fields}
    fitted: dict[str, Any] = {RETIRED: dict(draft.get(RETIRED) or {}), PENDING: dict(draft.get(PENDING) or {})}
    for key, value in draft.items():
        if key in (RETIRED, PENDING):
            continue
        if key not in fields:
            fitted[RETIRED][key] = value
            continue
        try:
            fitted[key] = normalise_value(fields[key], value)
        except FieldError:
            fitted[PENDING][key] = value
    return fitted


def missing_required(service: Service, values: dict[str, Any]) -> list[str]:
    return [f.key for f in service.fields if f.required and values.get(f.key) in (None, "")]
