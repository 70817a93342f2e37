"""The `kiosk` command as a person or a script uses it: plain errors, no tracebacks, exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_PIN
from tests.forked_cli import run_captured
from tests.synthetic import synthetic_id


def kiosk(*args, pin=TEST_PIN, stdin=None, lang="zh-TW", fresh=False):
    """The command in a child process: forked from a preloaded server, or with `fresh`, a new
    interpreter as `kiosk` starts from the shell (imports and all)."""
    env = {**os.environ, "KIOSK_LANG": lang}
    if pin:
        env["KIOSK_PIN"] = pin
    if not fresh:
        return run_captured("kiosk.cli.main", list(args), env, stdin)
    return subprocess.run([sys.executable, "-m", "kiosk.cli.main", *args], capture_output=True, text=True,
                          env=env, input=stdin, timeout=120)


SUBCOMMANDS = ["init", "demo-data", "import", "export", "search", "id-check", "roc", "eligibility", "proactive",
               "application", "receipt", "verify-receipt", "audit", "enroll", "sync", "worker"]


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_on_every_subcommand(command):
    result = kiosk(command, "--help")
    assert result.returncode == 0 and "usage: kiosk " + command in result.stdout


def test_help_follows_the_language():
    assert "Create a new encrypted database" in kiosk("--lang", "en", "--help", fresh=True).stdout
    assert "建立新的加密資料庫" in kiosk("--help", fresh=True).stdout


def test_id_check():
    good, bad = synthetic_id(1), synthetic_id(1)[:-1] + str((int(synthetic_id(1)[-1]) + 1) % 10)
    result = kiosk("id-check", good)
    assert result.returncode == 0 and "正確" in result.stdout and good not in result.stdout  # masked
    result = kiosk("id-check", good, bad, "--show")
    assert result.returncode == 1 and good in result.stdout and "checksum" in result.stdout
    result = kiosk("id-check", "-", stdin=f"{good}\n\n{good.lower()}\n")
    assert result.returncode == 0 and result.stdout.count("正確") == 2


def test_roc():
    result = kiosk("roc", "37/3/8", "--age-on", "115/11/22")
    assert result.returncode == 0
    assert "1948-03-08\t中華民國37年3月8日\t37/03/08\t0370308" in result.stdout and "78" in result.stdout
    result = kiosk("roc", "37/3/8", "--age-on", "115/11/22", lang="vi")
    assert "đủ 78 tuổi vào ngày 22/11/2026 (中華民國115年11月22日)" in result.stdout
    result = kiosk("roc", "113/02/30", lang="en")
    assert result.returncode == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_store_commands_end_to_end(tmp_path):
    out = tmp_path / "district.json"
    result = kiosk("demo-data", "--households", "40", "--seed", "3", "--as-of", "2026-11-22", "--out", str(out))
    assert result.returncode == 0, result.stderr
    documents = json.loads(out.read_text())
    assert len(documents) == 40
    assert not (tmp_path / "data").exists()  # --out never touches the store

    result = kiosk("import", str(out))
    assert result.returncode == 0, result.stderr
    assert "新增 40 戶" in result.stdout and "已建立新的加密資料庫" in result.stderr
    result = kiosk("import", str(out))
    assert "新增 0 戶，更新 40 戶" in result.stdout

    first = documents[0]["members"][0]
    result = kiosk("search", first["id_no"], "--json")
    assert result.returncode == 0
    hits = json.loads(result.stdout)
    assert hits[0]["household_no"] == documents[0]["household_no"] and hits[0]["matched"] == "id"
    assert first["id_no"] not in result.stdout  # masked even in JSON
    assert kiosk("search", "不可能的名字喔").returncode == 1

    csv_out = tmp_path / "all.csv"
    result = kiosk("export", "--out", str(csv_out))
    assert result.returncode == 0 and csv_out.read_text(encoding="utf-8-sig").startswith("household_no,")


def test_wrong_pin_and_missing_store_are_plain_errors(tmp_path):
    result = kiosk("search", "王")
    assert result.returncode == 2 and "還沒有資料庫" in result.stderr and "Traceback" not in result.stderr
    assert kiosk("init").returncode == 0
    result = kiosk("search", "王", pin="999999")
    assert result.returncode == 2 and "密碼不正確" in result.stderr and "Traceback" not in result.stderr
    result = kiosk("init")
    assert result.returncode == 2 and "已經有資料庫" in result.stderr


def test_import_reports_rejects_and_exits_non_zero(tmp_path):
    bad = [{"schema_version": 1, "household_no": "N1234567", "region": "彰化縣",
            "members": [{"id_no": "N203456125", "name": "林", "sex": "F", "birth_date": "1948-03-08",
                         "relation": "head"}]}]
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(bad), encoding="utf-8")
    rejects = tmp_path / "rejects.json"
    result = kiosk("import", str(source), "--rejects", str(rejects))
    assert result.returncode == 1 and "退回 1 戶" in result.stdout
    assert json.loads(rejects.read_text())[0]["path"] == "/members/0/id_no"
    assert "Traceback" not in result.stderr


def test_missing_file_and_no_pin(tmp_path):
    result = kiosk("import", str(tmp_path / "nope.json"))
    assert result.returncode == 2 and "找不到檔案" in result.stderr
    result = kiosk("init", pin=None, stdin="")
    assert result.returncode == 2 and "KIOSK_PIN" in result.stderr


def test_eligibility_json(tmp_path):
    from kiosk.paths import resource_path

    source = resource_path("contracts", "examples", "households.json")
    result = kiosk("eligibility", str(source), "--on", "2026-11-22", "--json")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)["results"]
    assert [r["household_no"] for r in results] == ["N1234567", "F2345678", "A7654321"]
    s03 = next(s for s in results[0]["services"] if s["service"] == "S03")
    assert (s03["person"], s03["eligible"], s03["amount"]) == ("N203456124", True, 10286)
    assert "彰化縣最低生活費" in s03["explanation"]["zh-TW"]
    text = kiosk("eligibility", str(source), "--on", "115/06/30", lang="en")
    assert text.returncode == 0 and "8,329" in text.stdout and "N2****6124" in text.stdout


def test_eligibility_refuses_invalid_documents(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"schema_version": 1, "household_no": "X", "region": "臺北市", "members": []}]))
    result = kiosk("eligibility", str(bad))
    assert result.returncode == 2 and "沒有評估" in result.stderr and "Traceback" not in result.stderr


def test_proactive_ranks_the_store(tmp_path):
    assert kiosk("demo-data", "--households", "120", "--seed", "4", "--as-of", "2026-11-22").returncode == 0
    result = kiosk("proactive", "--on", "2026-11-22", "--top", "5", "--json")
    assert result.returncode == 0, result.stderr
    visits = json.loads(result.stdout)["visits"]
    assert len(visits) == 5
    assert visits == sorted(visits, key=lambda v: -v["score"])
    assert all(v["head"] and v["reason"]["zh-TW"] and v["reason"]["en"] for v in visits)
    plain = kiosk("proactive", "--on", "2026-11-22", "--top", "3")
    assert plain.returncode == 0 and plain.stdout.count("\n") == 3 and "已掃描 120 戶" in plain.stderr


@pytest.mark.slow
def test_application_commands_end_to_end(tmp_path):
    from kiosk.applications.signatures import synthetic_signature
    from kiosk.paths import resource_path

    assert kiosk("import", str(resource_path("contracts", "examples", "households.json"))).returncode == 0
    result = kiosk("application", "new", "--household", "A7654321", "--service", "S03", "--person", "A108765438",
                   "--language", "vi", "--set", "living_arrangement=with_spouse", "--set", "institutionalised=否",
                   "--set", "receive_by=bank", "--set", "bank_account=abc")
    assert result.returncode == 1 and "bank_account" in result.stderr and "Traceback" not in result.stderr
    listed = json.loads(kiosk("application", "list", "--json").stdout)
    app_id = listed[0]["id"]
    assert listed[0]["masked_id"] == "A1****5438" and "A108765438" not in json.dumps(listed)
    assert kiosk("application", "set", app_id, "bank_account=700-00012345678").returncode == 0
    notice = kiosk("application", "notice", app_id)
    assert notice.returncode == 0 and "C001" in notice.stdout and "[S03@" in notice.stdout
    photo = tmp_path / "id.jpg"
    from PIL import Image

    Image.new("RGB", (200, 120), (230, 230, 230)).save(photo)
    assert kiosk("application", "attach", app_id, str(photo), "--document", "id_card").returncode == 0
    strokes = tmp_path / "sig.json"
    strokes.write_text(json.dumps({"strokes": synthetic_signature(4), "width": 600, "height": 200}))
    refused = kiosk("application", "submit", app_id, "--consent-by", "陳大明", "--signature", str(strokes))
    assert refused.returncode == 2 and "--notice-read" in refused.stderr
    no_relation = kiosk("application", "submit", app_id, "--consent-by", "陳大明", "--method", "proxy",
                        "--signature", str(strokes), "--notice-read")  # a proxy must say how they are related
    assert no_relation.returncode != 0 and "Traceback" not in no_relation.stderr
    submitted = kiosk("application", "submit", app_id, "--consent-by", "陳大明", "--signature", str(strokes),
                      "--notice-read")
    assert submitted.returncode == 0 and "已送出" in submitted.stdout
    assert _signatures(app_id) == 1  # the refused proxy consent left no signature behind
    receipt = tmp_path / "receipt.pdf"
    assert kiosk("receipt", app_id, "--out", str(receipt), "--format", "80mm").returncode == 0
    verified = kiosk("verify-receipt", str(receipt))
    assert verified.returncode == 0 and "有效" in verified.stdout
    for signed in ("陳○明", "A1****5438", "S03 中低收入老人生活津貼", "中華民國"):  # every field, to compare with the paper
        assert signed in verified.stdout, signed
    forged = receipt.read_bytes().replace(b"KSR2:", b"KSR2:A", 1)
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(forged)
    assert kiosk("verify-receipt", "KSR2:AAAA").returncode == 1
    form = tmp_path / "form.pdf"
    assert kiosk("application", "form", app_id, "--out", str(form)).returncode == 0
    audited = kiosk("audit", "verify")
    assert audited.returncode == 0 and "完整" in audited.stdout


def _signatures(application_id):
    from sqlalchemy import func, select

    from kiosk.db.applications import Signature
    from kiosk.db.store import Store

    with Store.open(Path(os.environ["KIOSK_DATA_DIR"]), TEST_PIN) as store, store.read() as session:
        return session.execute(select(func.count()).select_from(Signature)
                               .where(Signature.application_id == application_id)).scalar()


def test_demo_applications(tmp_path):
    result = kiosk("demo-data", "--households", "30", "--seed", "2", "--as-of", "2026-11-22", "--applications", "5")
    assert result.returncode == 0 and "已排入 5 件" in result.stdout
    listed = json.loads(kiosk("application", "list", "--state", "queued", "--json").stdout)
    assert len(listed) == 5 and all(row["tracking_no"] for row in listed)


def test_eligibility_for_any_date_from_2024_and_a_plain_error_before(tmp_path):
    from kiosk.paths import resource_path

    source = resource_path("contracts", "examples", "households.json")
    for on, warning in (("2024-01-01", "parameters_estimated"), ("2025-10-01", "parameters_estimated"),
                        ("2027-06-30", "parameters_not_published")):
        result = kiosk("eligibility", str(source), "--on", on, "--json")
        assert result.returncode == 0 and "Traceback" not in result.stderr, (on, result.stderr[-500:])
        document = json.loads(result.stdout)
        assert set(document) == {"results"}
        for household in document["results"]:
            assert {"household_no", "on", "services", "reminders", "warnings"} <= set(household)
            assert warning in {w["kind"] for w in household["warnings"]}
            for service in household["services"]:
                assert {"service", "person", "eligible", "amount", "amount_period", "one_of"} <= set(service)
    early = kiosk("eligibility", str(source), "--on", "2023-12-31", "--json")
    assert early.returncode == 2 and "中華民國113年1月1日" in early.stderr and "Traceback" not in early.stderr


def test_eligibility_text_names_services_and_reminders_never_keys(tmp_path):
    from kiosk.paths import resource_path

    source = resource_path("contracts", "examples", "households.json")
    text = kiosk("eligibility", str(source), "--on", "2026-11-22", "--details").stdout
    assert "disability_certificate_renewal" not in text and "身障證明要重新鑑定" in text
    assert "⏰ 2026-10-02  身心障礙證明重新鑑定／換證" in text
    assert "      · " in text  # --details lists every condition
