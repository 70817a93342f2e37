"""The county the hub load bench simulates: villages (scopes) with their households on the hub, one
enrolment code per device, and the application revisions an officer's submit() makes, built without
an encrypted store per simulated device. The hub receives what a real device sends: the same payload
fields, an application id bound to the device's key, a ~30 KB photo of the signed form inline."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import secrets
import uuid
from functools import lru_cache
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bench.common import BENCH_DAY
from kiosk.application_ids import PROOF_FIELD, new_bound_id, proof_for
from kiosk.applications import forms
from kiosk.applications.codes import digest, new_tracking_number
from kiosk.applications.notice import notice_version
from kiosk.applications.service import ID_PURPOSE
from kiosk.applications.signatures import paper_photo, render_signature, synthetic_signature
from kiosk.catalog import load_catalog
from kiosk.demo.applications import DEMO_ANSWERS, _answer
from kiosk.security.device import DeviceKey, key_id_of
from sync import protocol

PHOTOS = 12  # distinct signed-form photos; each revision's copy is made unique (see unique_photo)
SENIOR_BORN_BEFORE = "1961-01-01"  # S03 (senior allowance) for them, S14 for the other adults
# How often a device does each thing (locust task weights, bench/hub_load/locustfile.py)
TASK_WEIGHTS = {"upload_batch": 4, "upload_one": 1, "pull": 3, "edit_household": 2, "refresh_token": 1}
# A county's offered load: 550 revisions/s from 200 devices, a little above the goal of 500
REVISIONS_PER_DEVICE_S = 2.75


def revisions_per_task(batch: int) -> float:
    """New revisions one device task sends on average (a batch task `batch`, a single upload 1)."""
    return (TASK_WEIGHTS["upload_batch"] * batch + TASK_WEIGHTS["upload_one"]) / sum(TASK_WEIGHTS.values())


def pacing_s(devices: int, batch: int, offered_revisions_per_s: float) -> float:
    """The fixed rhythm (seconds from one task's start to the next, per device) at which `devices`
    offer that many revisions per second; 0 for no rhythm at all (each device sends as fast as it
    is answered: a saturation run)."""
    if offered_revisions_per_s <= 0:
        return 0.0
    return devices * revisions_per_task(batch) / offered_revisions_per_s


def scope_name(index: int) -> str:
    return f"負載縣測試鄉第{index:03d}村"


def build_plan(db, devices: int, devices_per_scope: int, households_per_scope: int, seed: int) -> dict:  # noqa: ANN001
    """Import the county's households into the hub (`db`, a HubDatabase) and make one enrolment
    code per device; returns the plan the simulated devices read (codes, scopes, households)."""
    from kiosk.demo.generator import generate
    from sync.hub.auth import new_enrollment_code
    from sync.hub.households import import_documents

    scopes = -(-devices // devices_per_scope)
    documents = generate(scopes * households_per_scope, seed=seed, as_of=BENCH_DAY)
    plan: dict = {"devices": [], "scopes": {}}
    for index in range(scopes):
        scope = scope_name(index)
        chunk = documents[index * households_per_scope:(index + 1) * households_per_scope]
        report = import_documents(db, chunk, scope)
        if report.get("invalid"):
            raise RuntimeError(f"synthetic households refused: {report}")
        plan["scopes"][scope] = chunk
    for number in range(devices):
        scope = scope_name(number // devices_per_scope)
        plan["devices"].append({"scope": scope, "slot": number % devices_per_scope, "slots": devices_per_scope,
                                "code": new_enrollment_code(db, scope, f"負載測試員{number:03d}")})
    return plan


def write_plan(plan: dict, path: Path) -> None:
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")


def read_plan(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def new_device_key() -> DeviceKey:
    raw = secrets.token_bytes(32)
    return DeviceKey(key_id_of(DeviceKey("", raw).public_key), raw)


@dataclass(frozen=True)
class Applicant:
    household: dict
    member: dict

    @property
    def service_code(self) -> str:
        return "S03" if self.member["birth_date"] <= SENIOR_BORN_BEFORE else "S14"


def applicants(documents: list[dict]) -> list[Applicant]:
    """Adults living in the households, each of whom the device may submit an application for."""
    return [Applicant(document, member) for document in documents for member in document["members"]
            if member.get("birth_date") and member["birth_date"] <= "2008-01-01"]


@dataclass(frozen=True)
class Signature:
    photo: bytes  # the officer's photo of the signed paper form (JPEG, ~30 KB)
    png: str  # the consent's signature as the payload carries it (base64 PNG)


@lru_cache(maxsize=32)
def signatures(seed: int, count: int = PHOTOS) -> tuple[Signature, ...]:
    """Drawn once per seed: devices sharing a seed share the photos (each revision's copy is still unique)."""
    made = []
    for index in range(count):
        strokes = synthetic_signature(seed * 1000 + index, 900, 300)
        made.append(Signature(paper_photo(strokes, 900, 300, index),
                              base64.b64encode(render_signature(strokes, 900, 300, scale=1.0)).decode("ascii")))
    return tuple(made)


def unique_photo(photo: bytes, tag: str) -> bytes:
    """The photo with a JPEG comment naming this revision: still a valid JPEG, and its own file
    (so the hub stores every revision's attachment, as it would real photos)."""
    comment = tag.encode("ascii")
    return photo[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + photo[2:]


@dataclass(frozen=True)
class Revision:
    application_id: str
    digest: str
    body: bytes  # what the device's PUT carries: payload, digest, inline attachment
    tracking_no: str
    birth_date: str


_FORM_VALUES: dict[tuple[str, str], dict] = {}  # (household_no, id_no) -> the applicant's form, filled once
_NOTICE_VERSIONS: dict[str, str] = {}


def _form_values(service, applicant: Applicant, rng: random.Random) -> dict:  # noqa: ANN001 - a catalog Service
    """The form an officer fills for this applicant: made once per applicant (prefilling and answering
    it was a third of locust's CPU, on the cores the hub needs), a fresh copy each time."""
    key = (applicant.household["household_no"], applicant.member["id_no"])
    values = _FORM_VALUES.get(key)
    if values is None:
        values = forms.prefill(service, applicant.household, applicant.member)
        for field in service.fields:
            if field.key not in values and field.key in DEMO_ANSWERS:
                values[field.key] = _answer(field.key, rng, BENCH_DAY.isoformat())
        _FORM_VALUES[key] = values
    return dict(values)


def _notice_version(service, catalog) -> str:  # noqa: ANN001 - the catalog's Service and Catalog
    if service.code not in _NOTICE_VERSIONS:
        _NOTICE_VERSIONS[service.code] = notice_version(service, catalog)
    return _NOTICE_VERSIONS[service.code]


def make_revision(key: DeviceKey, applicant: Applicant, signature: Signature, officer: str,
                  rng: random.Random) -> Revision:
    """Revision 1 of a new application, as kiosk.applications.service.submit() freezes it."""
    catalog = load_catalog()
    service = catalog.service(applicant.service_code)
    application_id = new_bound_id(key.key_id, key.secret(ID_PURPOSE))
    values = _form_values(service, applicant, rng)
    photo = unique_photo(signature.photo, application_id)
    sha256 = hashlib.sha256(photo).hexdigest()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    tracking_no = new_tracking_number()
    member = applicant.member
    payload = {
        "application_id": application_id, "revision": 1, "service": service.code,
        "form_version": service.form_version, "catalog_version": catalog.version,
        "household_no": applicant.household["household_no"], "person": member["id_no"],
        "applicant": {"name": member["name"], "id_no": member["id_no"]}, "values": values,
        "language": rng.choice(("zh-TW", "zh-TW", "vi", "id", "en")),
        "consent": {"id": str(uuid.uuid4()), "method": "signature", "given_by": member["name"], "relation": None,
                    "witnesses": [], "notice_version": _notice_version(service, catalog),
                    "health_data": service.privacy.health_data, "signature_id": str(uuid.uuid4()),
                    "given_at": now.isoformat(), "signature_png": signature.png},
        "attachments": [{"name": "signature.jpg", "sha256": sha256, "size": len(photo), "mime": "image/jpeg",
                         "document_code": "seal_or_signature"}],
        "officer": officer, "device_key_id": key.key_id,
        PROOF_FIELD: proof_for(application_id, key.key_id, key.secret(ID_PURPOSE)),
        "submitted_at": now.isoformat(timespec="seconds"), "tracking_no": tracking_no,
    }
    checksum = digest(payload)  # SHA-256 of the canonical JSON, as the device's outbox keeps it
    body = protocol.canonical_body({"payload": payload, "digest": checksum,
                                    "blobs": {sha256: base64.b64encode(photo).decode("ascii")}})
    return Revision(application_id, checksum, body, tracking_no, member["birth_date"])
