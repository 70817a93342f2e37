"""Update notices: a release manifest signed offline, passed on by the hub over the changes feed,
believed by the device only under a pinned release key, and never acted on by itself."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from installer import release_manifest
from kiosk import __version__, updates
from sync.hub.cli import main as hub_cli
from tests.sync.releases import manifest, pin_release_key, signed, write

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def release_key(tmp_path: Path, monkeypatch) -> Ed25519PrivateKey:
    return pin_release_key(tmp_path, monkeypatch)


def test_the_version_has_one_source():
    from importlib.metadata import version

    assert version("kiosk") == __version__


def test_only_a_manifest_signed_by_a_pinned_key_is_believed(release_key):
    keys = updates.trusted_release_keys()
    assert len(keys) == 1
    good = signed(release_key)
    assert updates.verify(good, keys).version == "0.2.0"

    tampered = json.loads(json.dumps(good))
    tampered["manifest"]["downloads"][0]["url"] = "https://evil.example/kiosk.deb"
    stranger = signed(Ed25519PrivateKey.generate())
    borrowed_id = {**stranger, "key_id": good["key_id"]}  # right key id, wrong key's signature
    garbage = {**good, "signature": "not base64!"}
    for forged in (tampered, stranger, borrowed_id, garbage, {"manifest": good["manifest"]}, "text", None):
        with pytest.raises(updates.UpdateError):
            updates.verify(forged, keys)
        assert updates.notice_for(forged, keys) is None
    bad_download = manifest(downloads=[{"platform": "linux-deb", "url": "u", "sha256": "x", "size": 1}])
    validly_signed = {"manifest": bad_download, "key_id": good["key_id"],  # signed, but unusable
                      "signature": base64.b64encode(release_key.sign(updates.signing_bytes(bad_download))).decode()}
    with pytest.raises(updates.UpdateError, match="sha256"):
        updates.verify(validly_signed, keys)
    with pytest.raises(updates.UpdateError):  # the tool refuses to sign it in the first place
        release_manifest.sign(bad_download, release_key)


def test_a_notice_only_for_a_newer_release_and_required_below_the_minimum(release_key):
    keys = updates.trusted_release_keys()
    assert updates.notice_for(signed(release_key, "0.1.0"), keys, "0.1.0") is None
    assert updates.notice_for(signed(release_key, "0.0.9"), keys, "0.1.0") is None  # no downgrade advice
    notice = updates.notice_for(signed(release_key, "0.10.0"), keys, "0.9.1")  # versions, not strings
    assert notice is not None and notice.manifest.version == "0.10.0" and not notice.required
    required = updates.notice_for(signed(release_key, "1.0.0", min_supported="0.5"), keys, "0.4.2")
    assert required is not None and required.required
    assert notice.manifest.note("vi") == "收據可用手機掃描驗證。"  # falls back to the default language
    assert notice.manifest.note("en") == "Receipts can be checked with a phone."


def test_a_build_that_pins_no_key_believes_no_manifest(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_RESOURCES", str(tmp_path))  # no release-keys.json at all
    assert updates.trusted_release_keys() == {}
    assert updates.notice_for(signed(Ed25519PrivateKey.generate()), updates.trusted_release_keys()) is None


def test_release_tool_makes_keys_manifests_and_signatures(tmp_path):
    tool = [sys.executable, str(ROOT / "installer" / "release_manifest.py")]
    env = {**os.environ, "KIOSK_RELEASE_KEY_PASSPHRASE": "correct horse battery", "PYTHONUTF8": "1"}
    key_file = tmp_path / "release-key.pem"
    made = subprocess.run(tool + ["keygen", "--out", str(key_file)], capture_output=True, text=True, env=env)
    assert made.returncode == 0, made.stderr
    entry = json.loads(made.stdout)
    assert oct(key_file.stat().st_mode & 0o777) == "0o600" and b"ENCRYPTED" in key_file.read_bytes()
    again = subprocess.run(tool + ["keygen", "--out", str(key_file)], capture_output=True, text=True, env=env)
    assert again.returncode != 0  # a release key is never overwritten

    package = tmp_path / "kiosk_0.2.0_amd64.deb"
    package.write_bytes(b"\x00deb" * 1000)
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps({"zh-TW": "修正錯誤。"}, ensure_ascii=False), encoding="utf-8")
    unsigned = subprocess.run(tool + ["make", "--version", "0.2.0", "--notes", str(notes), "--download",
                                      f"linux-deb=https://example.gov.tw/k.deb={package}"],
                              capture_output=True, text=True, env=env)
    assert unsigned.returncode == 0, unsigned.stderr
    (tmp_path / "manifest.json").write_text(unsigned.stdout, encoding="utf-8")
    out = subprocess.run(tool + ["sign", "--key", str(key_file), str(tmp_path / "manifest.json")],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    envelope = json.loads(out.stdout)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys = {entry["key_id"]: Ed25519PublicKey.from_public_bytes(base64.b64decode(entry["public_key"]))}
    checked = updates.verify(envelope, keys)
    assert checked.downloads[0].size == 4000 and len(checked.downloads[0].sha256) == 64
    wrong = subprocess.run(tool + ["sign", "--key", str(key_file), str(tmp_path / "manifest.json")],
                           capture_output=True, text=True, env={**env, "KIOSK_RELEASE_KEY_PASSPHRASE": "wrong"})
    assert wrong.returncode != 0


def test_the_hub_passes_the_manifest_on_and_the_device_checks_it(device, hub, release_key, tmp_path, capsys):
    from sync.cli import print_report
    from sync.client.status import status

    assert hub_cli(["publish-release", write(tmp_path / "bad.json", {"manifest": manifest()}), "--db", hub.db_url]) == 1
    forged = signed(Ed25519PrivateKey.generate())
    assert hub_cli(["publish-release", write(tmp_path / "forged.json", forged), "--db", hub.db_url]) == 1  # pinned here

    assert hub_cli(["publish-release", write(tmp_path / "release.json", signed(release_key)), "--db", hub.db_url]) == 0
    report = device.sync()
    assert report.complete and report.counts["pulled_reference"] >= 1
    notice = status(device.store).update
    assert notice is not None and notice.manifest.version == "0.2.0" and notice.current == __version__
    print_report(report, "zh-TW", notice)
    assert "0.2.0" in capsys.readouterr().out

    # a hub that pins no key would pass a forged manifest on: the device still refuses it
    from sync.hub.admin import publish_reference

    publish_reference(hub.db, updates.REFERENCE_KIND, updates.REFERENCE_KEY, forged)
    assert device.sync().complete
    assert status(device.store).update is None
