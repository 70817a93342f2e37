"""Receipts and forms: text that round-trips, no markup injection, verifiable QR codes."""

import shutil
import socket
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from kiosk.applications import service
from kiosk.documents.application_form import render_application_form
from kiosk.documents.qr import decode_claim, verify_text
from kiosk.documents.receipts import receipt_data, render_receipt
from kiosk.documents.verify import verify_source
from kiosk.security.device import trusted_keys

from tests.applications.conftest import fill_and_submit


def pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def receipt(submitted):
    store, view = submitted
    return store, view, receipt_data(store, view.id)


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_receipt_text_round_trips_in_chinese_and_vietnamese(receipt, tmp_path, fmt):
    store, view, data = receipt
    document = render_receipt(data, fmt)
    assert len(document) < 200_000
    text = squash(pdftotext(document, tmp_path))
    for expected in ("申請收據", "中低收入老人生活津貼", "陳○明", "A1****5438", view.tracking_no, "中華民國",
                     "Biênnhậnhồsơ", "Trợcấpsinhhoạtchongườicaotuổithunhậpthấp", "王里幹事", "1957福利諮詢專線",
                     "Quétđểkiểmtra", "國民身分證", "Thẻcăncước"):
        assert squash(expected) in text, expected
    assert "A108765438" not in text and "陳大明" not in text  # only the masked ID and name are printed


def test_the_form_shows_answers_consent_and_signature(receipt, tmp_path):
    store, view, _ = receipt
    document = render_application_form(store, view.id)
    text = squash(pdftotext(document, tmp_path))
    for expected in ("申請書", "700-00012345678", "與配偶同住", "本人簽名", "陳大明", "S03@"):
        assert expected in text
    assert document.count(b"/Subtype /Image") >= 1  # the signature drawn from its strokes


INJECTIONS = [
    '<font color="[[[getattr(pow, Word(\'__globals__\'))[\'os\'].system(\'touch /tmp/pwned\') for Word in '
    '[ orgTypeFun(\'Word\', (str,), { \'mutated\': 1, \'startswith\': lambda self, x: False, \'__eq__\': lambda '
    'self,x: self.mutated and self.mutated-1 })] ] and \'red\'">exploit</font>',
    '<unichar code="open(\'/etc/passwd\').read()"/>', '<img src="http://192.0.2.1/track.png" width="10" height="10"/>',
    '<a href="javascript:alert(1)">link</a>', "&lt;b&gt; & <b>bold</b> <para>",
]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_user_text_is_never_markup(households, tmp_path, payload, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a document tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    view = service.start(households, household_no="A7654321", service_code="S03", person_id_no="A108765438")
    service.set_field(households, view.id, "applicant_name", payload[:64].replace("\x00", ""))
    submitted = fill_and_submit(households, view.id)
    Path("/tmp/pwned").unlink(missing_ok=True)
    form = render_application_form(households, submitted.id)
    receipt = render_receipt(receipt_data(households, submitted.id))
    assert not Path("/tmp/pwned").exists()
    text = pdftotext(form, tmp_path)
    visible = payload[:64].replace("\x00", "").replace("\x07", "").replace("\x1b", "")
    assert squash(visible)[:20] in squash(text)  # shown literally, as typed
    assert receipt.startswith(b"%PDF")


def test_qr_verifies_from_pdf_photo_and_text(receipt, tmp_path):
    store, view, data = receipt
    trusted = trusted_keys(store)
    document = render_receipt(data)
    from_pdf = verify_source(document, trusted)
    assert from_pdf.valid and from_pdf.claim.tracking_no == view.tracking_no
    assert from_pdf.claim.masked_applicant == "A1****5438" and from_pdf.claim.revision == 1
    assert verify_source(data.qr_text.encode(), trusted).valid
    if shutil.which("pdftoppm"):  # a "photo": the printed page rendered at 150 dpi
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(document)
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "photo")], check=True)
        photo = next(tmp_path.glob("photo*.png")).read_bytes()
        assert verify_source(photo, trusted).valid


def test_tampered_truncated_and_foreign_codes_fail(receipt, tmp_path):
    store, view, data = receipt
    trusted = trusted_keys(store)
    text = data.qr_text
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    failures = set()
    for position in range(len("KSR2:"), len(text), 7):  # one changed character anywhere
        swapped = alphabet[(alphabet.index(text[position]) + 1) % len(alphabet)]
        result = verify_text(text[:position] + swapped + text[position + 1:], trusted)
        assert not result.valid
        failures.add(result.reason)
    assert failures <= {"bad_signature", "format", "unknown_key", "truncated"}  # a changed length byte: "truncated"
    assert verify_text(text[:-10], trusted).reason == "truncated"
    assert verify_text("KSR9:" + text[5:], trusted).reason == "format"
    assert verify_text("KSR1:" + text[5:], trusted).reason in ("format", "truncated")
    assert verify_text(text, {}).reason == "unknown_key"
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    impostor = {decode_claim(text)[0].key_id: Ed25519PrivateKey.generate().public_key()}
    assert verify_text(text, impostor).reason == "bad_signature"
    assert verify_source(b"%PDF-1.4 not really", trusted).reason in ("no_code", "format")


def test_control_characters_are_refused_at_input_and_dropped_in_documents(households):
    from kiosk.applications.forms import FieldError
    from kiosk.documents.fonts import markup

    view = service.start(households, household_no="A7654321", service_code="S03", person_id_no="A108765438")
    with pytest.raises(FieldError):
        service.set_field(households, view.id, "applicant_name", "陳\x07大明")
    assert markup("a\x00b\x1bc<d>") == "abc&lt;d&gt;"
    assert markup("ภาษาไทย 中文") == '<font name="KioskThai">ภาษาไทย</font> 中文'


# -- issue 17 point 5: receipts vouch for what they show --------------------------------------

def test_a_new_pdf_around_a_genuine_code_shows_other_fields_than_the_signed_ones(receipt, tmp_path):
    """The forgery verifies (its QR is genuine), but the signed fields it carries are the true
    ones, which `verify-receipt` prints: name, service, officer and date do not match the paper."""
    import dataclasses
    from datetime import datetime, timezone

    store, view, data = receipt
    forged = dataclasses.replace(data, applicant_name="李○華", service_code="S01", officer="假承辦人",
                                 submitted_at=datetime(2025, 1, 2, 3, 4, tzinfo=timezone.utc))
    document = render_receipt(forged)
    printed = squash(pdftotext(document, tmp_path))
    assert "李○華" in printed and "假承辦人" in printed
    result = verify_source(document, trusted_keys(store))
    assert result.valid and result.claim.version == 2
    claim = result.claim
    assert (claim.applicant_name, claim.service_code, claim.officer) == ("陳○明", "S03", "王里幹事")
    assert claim.date_printed == data.submitted_at.astimezone().date().isoformat() != "2025-01-02"
    assert claim.masked_applicant == "A1****5438" and claim.documents == ",".join(data.missing_documents)


def test_old_version_1_codes_still_verify(receipt):
    import base64
    import struct
    import uuid

    from kiosk.security.device import device_key

    store, view, data = receipt
    key = device_key(store)
    payload = struct.pack(">B16sH32sI8s11s10s", 1, uuid.UUID(view.id).bytes, 1, bytes.fromhex(data.digest),
                          1_790_000_000, bytes.fromhex(key.key_id), view.tracking_no.encode().ljust(11),
                          b"A1****5438")
    text = "KSR1:" + base64.urlsafe_b64encode(payload + key.sign(payload)).decode().rstrip("=")
    result = verify_text(text, trusted_keys(store))
    assert result.valid and result.claim.version == 1 and result.claim.officer is None


def test_an_edited_trust_file_does_not_trust_an_attackers_key(receipt):
    import base64
    import dataclasses
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from kiosk.documents.qr import encode_claim
    from kiosk.security.device import key_id_of

    store, view, data = receipt
    attacker = Ed25519PrivateKey.generate()
    public = attacker.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    (store.folder / "trusted-devices.json").write_text(json.dumps({"keys": {key_id_of(public): base64.b64encode(public).decode()}}))
    claim = dataclasses.replace(decode_claim(data.qr_text)[0], key_id=key_id_of(public), applicant_name="李○華")
    result = verify_text(encode_claim(claim, attacker.sign), trusted_keys(store))
    assert not result.valid and result.reason == "unknown_key"
    assert not (store.folder / "trusted-devices.json").exists()


def enrolled(store, hub_url: str) -> None:
    from kiosk.db.sync_state import SyncConfig

    with store.write() as session:
        session.add(SyncConfig(hub_url=hub_url, device_id="d-1", scope="里", refresh_token="r"))


@pytest.mark.parametrize("fmt", ["a4", "80mm"])
def test_the_qr_of_an_enrolled_device_opens_the_hubs_status_page_and_still_verifies(submitted, tmp_path, fmt):
    store, view = submitted
    enrolled(store, "https://hub.example.gov.tw/")
    data = receipt_data(store, view.id)
    link = f"https://hub.example.gov.tw/s/?t={quote(view.tracking_no)}"  # a check symbol may be $, =, * or ~
    assert data.qr_text.startswith(f"{link}#KSR2:")
    trusted = trusted_keys(store)
    document = render_receipt(data, fmt)
    from_pdf = verify_source(document, trusted)  # read from the printed QR image
    assert from_pdf.valid and from_pdf.claim.tracking_no == view.tracking_no
    assert from_pdf.claim.link == link
    assert verify_text(data.qr_text.split("#", 1)[1], trusted).valid  # the code alone, as before
    if fmt == "a4" and shutil.which("pdftoppm"):  # the longer text still reads from a 150 dpi "photo" of A4
        (tmp_path / "r.pdf").write_bytes(document)
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "r.pdf"), str(tmp_path / "photo")], check=True)
        assert verify_source(next(tmp_path.glob("photo*.png")).read_bytes(), trusted).valid


def test_a_link_naming_another_tracking_number_is_refused(submitted):
    from kiosk.applications.codes import new_tracking_number

    store, view = submitted
    enrolled(store, "https://hub.example.gov.tw")
    text = receipt_data(store, view.id).qr_text
    other = text.replace(f"t={quote(view.tracking_no)}", f"t={quote(new_tracking_number())}")
    assert other != text
    assert verify_text(other, trusted_keys(store)).reason == "link_mismatch"


def test_a_receipt_printed_before_enrolment_carries_the_plain_code(receipt):
    _, _, data = receipt
    assert data.qr_text.startswith("KSR2:")
