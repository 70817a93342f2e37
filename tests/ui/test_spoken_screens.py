"""What the kiosk says, exactly as it is handed to the speech engine (the `sent` seam), per screen and
language: meaning in reading order, no symbols, numbers by kind; automatic reading in kiosk mode;
the southern Vietnamese voice; and one screen per language rendered to real audio."""

from __future__ import annotations

import re
import shutil
import unicodedata
import wave
from array import array

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from kiosk.i18n import LANGUAGES
from tests.ui.conftest import close_window
from ui.context import Preferences
from ui.private_player import PrivatePlayer
from ui.selftest import KIOSK_SCREENS, OFFICER_SCREENS, params_for, settle
from ui.speech import PAUSE_S, prepared

VOICES = {"zh-TW": "sit/cmn-latn-pinyin", "en": "gmw/en-us", "vi": "aav/vi", "id": "poz/id", "th": "tai/th"}
LANGUAGE_NAMES = ["中文（臺灣）", "English", "Tiếng Việt", "Bahasa Indonesia", "ภาษาไทย"]

EXPECTED = {
    "zh-TW": {
        "keypad": [
            "申請",
            "第 一 步，共 五 步：填寫問題",
            "低收入戶資格",
            "第 七 題，共 八 題",
            "過去一年在國外超過半年的家人人數：十二",
            "您可以按：上一題、下一題",
        ],
        "yes_no": [
            "申請",
            "第 一 步，共 五 步：填寫問題",
            "低收入戶資格",
            "第 六 題，共 八 題",
            "全家實際住在戶籍地嗎？",
            "選項有：是、否",
            "您選了：是",
            "您可以按：上一題、下一題",
        ],
        "welcome": [
            "歡迎",
            "歡迎！今天需要什麼協助？",
            "請按大按鈕。畫面上的內容都可以朗讀：請按上方的「朗讀」。",
            "請問您想做什麼？",
            "福利小幫手。回答幾個問題，看看您可能可以領哪些福利。資料不會被保存。",
            "查詢我的申請。輸入收據上的收件編號，或掃描收據上的 QR 碼。",
            "中文（臺灣）",
            "English",
            "Tiếng Việt",
            "Bahasa Indonesia",
            "ภาษาไทย",
        ],
        "helper": [
            "福利小幫手",
            "第 一 題，共 五 題",
            "您幾歲？",
            "選項有：未滿 五十五 歲、五十五 到 六十四 歲、六十五 到 八十四 歲、八十五 歲以上",
        ],
        "status": [
            "查詢我的申請",
            "收件編號（印在收據上）：B B 7 W，S 4 7 D，C",
            "請注意：查無此編號的申請，請核對收據上的編號。",
            "需要協助？請撥 1 9 5 7。",
            "您可以按：查詢、掃描收據上的 QR 碼",
        ],
    },
    "en": {
        "keypad": [
            "Application",
            "Step 1 of 5: Questions",
            "Low-income household status",
            "Question 7 of 8",
            "Family members abroad more than half of the last year: 12",
            "You can press: Previous, Next",
        ],
        "yes_no": [
            "Application",
            "Step 1 of 5: Questions",
            "Low-income household status",
            "Question 6 of 8",
            "Does the family actually live at the registered address?",
            "The choices are: Yes, No",
            "You chose: Yes",
            "You can press: Previous, Next",
        ],
        "welcome": [
            "Welcome",
            "Welcome. How can we help you today?",
            "Touch a large button. Everything on this screen can be read aloud: touch “Read aloud” at the top.",
            "What would you like to do?",
            "Welfare helper. Answer a few questions and see which services you may receive. Nothing is stored.",
            "Check my application. Type the tracking number from your receipt, or scan its QR code.",
            "中文（臺灣）",
            "English",
            "Tiếng Việt",
            "Bahasa Indonesia",
            "ภาษาไทย",
        ],
        "helper": [
            "Welfare helper",
            "Question 1 of 5",
            "How old are you?",
            "The choices are: Under 55, 55 to 64, 65 to 84, 85 or older",
        ],
        "status": [
            "Check my application",
            "Tracking number (on your receipt): B B 7 W, S 4 7 D, C",
            "Please note: No application with this number. Check the number on your receipt.",
            "Need help? Call 1 9 5 7.",
            "You can press: Check, Scan the receipt's QR code",
        ],
    },
    "vi": {
        "keypad": [
            "Hồ sơ",
            "Bước 1 trên 5: Câu hỏi",
            "Tư cách hộ thu nhập thấp",
            "低收入戶",
            "Câu hỏi 7 trên 8",
            "Số người nhà ở nước ngoài hơn nửa năm qua: 12",
            "Quý vị có thể bấm: Câu trước, Câu tiếp theo",
        ],
        "yes_no": [
            "Hồ sơ",
            "Bước 1 trên 5: Câu hỏi",
            "Tư cách hộ thu nhập thấp",
            "低收入戶",
            "Câu hỏi 6 trên 8",
            "Gia đình có thật sự sống tại địa chỉ hộ khẩu không?",
            "Các lựa chọn là: Có, Không",
            "Quý vị đã chọn: Có",
            "Quý vị có thể bấm: Câu trước, Câu tiếp theo",
        ],
        "welcome": [
            "Xin chào",
            "Kính chào Ông/Bà. Hôm nay chúng tôi có thể giúp gì ạ?",
            "Chạm vào một nút lớn. Mọi thứ trên màn hình này đều có thể đọc to: chạm “Đọc to” ở phía trên.",
            "Quý vị muốn làm gì?",
            "Trợ lý phúc lợi. Trả lời vài câu hỏi để xem Ông/Bà có thể nhận những dịch vụ nào. Không có gì được lưu lại.",
            "Kiểm tra hồ sơ của tôi. Nhập mã theo dõi trên biên nhận, hoặc quét mã QR.",
            "中文（臺灣）",
            "English",
            "Tiếng Việt",
            "Bahasa Indonesia",
            "ภาษาไทย",
        ],
        "helper": [
            "Trợ lý phúc lợi",
            "Câu hỏi 1 trên 5",
            "Ông/Bà năm nay bao nhiêu tuổi?",
            "Các lựa chọn là: Dưới 55, Từ 55 đến 64, Từ 65 đến 84, Từ 85 trở lên",
        ],
        "status": [
            "Kiểm tra hồ sơ của tôi",
            "Mã theo dõi (trên biên nhận): B B 7 W, S 4 7 D, C",
            "Xin quý vị lưu ý: Không có hồ sơ với mã này. Hãy kiểm tra mã trên biên nhận.",
            "Cần giúp đỡ? Gọi 1 9 5 7.",
            "Quý vị có thể bấm: Kiểm tra, Quét mã QR trên biên nhận",
        ],
    },
    "id": {
        "keypad": [
            "Permohonan",
            "Langkah 1 dari 5: Pertanyaan",
            "Status rumah tangga berpenghasilan rendah",
            "低收入戶",
            "Pertanyaan 7 dari 8",
            "Anggota keluarga di luar negeri lebih dari setengah tahun terakhir: 12",
            "Bapak/Ibu dapat menekan: Sebelumnya, Berikutnya",
        ],
        "yes_no": [
            "Permohonan",
            "Langkah 1 dari 5: Pertanyaan",
            "Status rumah tangga berpenghasilan rendah",
            "低收入戶",
            "Pertanyaan 6 dari 8",
            "Apakah keluarga benar-benar tinggal di alamat terdaftar?",
            "Pilihannya: Ya, Tidak",
            "Bapak/Ibu memilih: Ya",
            "Bapak/Ibu dapat menekan: Sebelumnya, Berikutnya",
        ],
        "welcome": [
            "Selamat datang",
            "Selamat datang. Apa yang bisa kami bantu hari ini?",
            "Sentuh tombol besar. Semua isi layar ini bisa dibacakan: sentuh “Bacakan” di bagian atas.",
            "Apa yang ingin Bapak/Ibu lakukan?",
            "Panduan bantuan sosial. Jawab beberapa pertanyaan dan lihat layanan yang mungkin Bapak/Ibu terima. Tidak ada yang disimpan.",
            "Cek permohonan saya. Ketik nomor pelacakan dari tanda terima, atau pindai kode QR-nya.",
            "中文（臺灣）",
            "English",
            "Tiếng Việt",
            "Bahasa Indonesia",
            "ภาษาไทย",
        ],
        "helper": [
            "Panduan bantuan sosial",
            "Pertanyaan 1 dari 5",
            "Berapa usia Bapak/Ibu?",
            "Pilihannya: Di bawah 55, 55 sampai 64, 65 sampai 84, 85 atau lebih",
        ],
        "status": [
            "Cek permohonan saya",
            "Nomor pelacakan (di tanda terima): B B 7 W, S 4 7 D, C",
            "Mohon diperhatikan: Tidak ada permohonan dengan nomor ini. Mohon periksa nomor di tanda terima Bapak/Ibu.",
            "Perlu bantuan? Hubungi 1 9 5 7.",
            "Bapak/Ibu dapat menekan: Cek, Pindai kode QR pada tanda terima",
        ],
    },
    "th": {
        "keypad": [
            "คำขอ",
            "ขั้นตอนที่ หนึ่ง จาก ห้า: คำถาม",
            "สถานะครัวเรือนรายได้น้อย",
            "低收入戶",
            "คำถามที่ เจ็ด จาก แปด",
            "จำนวนสมาชิกที่อยู่ต่างประเทศเกินครึ่งปีที่ผ่านมา สิบสอง",
            "ท่านกดปุ่มได้ดังนี้ ก่อนหน้า, ถัดไป",
        ],
        "yes_no": [
            "คำขอ",
            "ขั้นตอนที่ หนึ่ง จาก ห้า: คำถาม",
            "สถานะครัวเรือนรายได้น้อย",
            "低收入戶",
            "คำถามที่ หก จาก แปด",
            "ครอบครัวอาศัยอยู่ตามที่อยู่ในทะเบียนจริงหรือไม่",
            "ตัวเลือกคือ ใช่, ไม่ใช่",
            "ท่านเลือก ใช่",
            "ท่านกดปุ่มได้ดังนี้ ก่อนหน้า, ถัดไป",
        ],
        "welcome": [
            "ยินดีต้อนรับ",
            "ยินดีต้อนรับ วันนี้ให้เราช่วยอะไรดี",
            "แตะปุ่มใหญ่ ทุกอย่างบนหน้าจอนี้อ่านออกเสียงได้: แตะ “อ่านออกเสียง” ที่ด้านบน",
            "ท่านต้องการทำอะไร",
            "ผู้ช่วยด้านสวัสดิการ. ตอบคำถามสองสามข้อเพื่อดูว่าท่านอาจได้รับบริการใด ไม่มีการบันทึกข้อมูล",
            "ตรวจสอบคำขอของฉัน. พิมพ์หมายเลขติดตามจากใบรับ หรือสแกนคิวอาร์โค้ด",
            "中文（臺灣）",
            "English",
            "Tiếng Việt",
            "Bahasa Indonesia",
            "ภาษาไทย",
        ],
        "helper": [
            "ผู้ช่วยด้านสวัสดิการ",
            "คำถามที่ หนึ่ง จาก ห้า",
            "ท่านอายุเท่าไร",
            "ตัวเลือกคือ ต่ำกว่า ห้าสิบห้า ปี, ห้าสิบห้า ถึง หกสิบสี่ ปี, หกสิบห้า ถึง แปดสิบสี่ ปี, แปดสิบห้า ปีขึ้นไป",
        ],
        "status": [
            "ตรวจสอบคำขอของฉัน",
            "หมายเลขติดตาม (บนใบรับ) B B 7 W, S 4 7 D, C",
            "โปรดทราบ ไม่มีคำขอที่ใช้เลขนี้ กรุณาตรวจสอบเลขบนใบรับ",
            "ต้องการความช่วยเหลือ โทร 1 9 5 7",
            "ท่านกดปุ่มได้ดังนี้ ตรวจสอบ, สแกนคิวอาร์โค้ดบนใบรับ",
        ],
    },
}


@pytest.fixture()
def heard(officer_app, monkeypatch):
    """Every (voice, text) the engine is handed. Synthesis is real; the WAV is not played aloud."""
    monkeypatch.setattr(PrivatePlayer, "command", ["true"])
    sent: list[tuple[str, str]] = []
    officer_app.ctx.speaker.sent.connect(lambda voice, text: sent.append((voice, text)), Qt.DirectConnection)
    return sent


def read_aloud(kiosk, qtbot, heard) -> list[tuple[str, str]]:
    settle(kiosk)
    heard.clear()
    kiosk.window.read_screen()  # the "Read aloud" button and F1
    qtbot.waitUntil(lambda: not kiosk.ctx.speaker.busy, timeout=60000)
    return list(heard)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_screen_is_said_as_a_person_would_say_it(officer_app, qtbot, heard, lang):
    kiosk, nav = officer_app, officer_app.window.nav
    application = kiosk.ctx.workspace.start_application(kiosk.fixtures["household_no"], "S01", None, "zh-TW")
    kiosk.ctx.languages.set_language(lang)
    said = {}

    nav.go("wizard", application_id=application.id, field="members_not_in_taiwan")
    settle(kiosk)
    for key in [b for b in nav.screens["wizard"].control.findChildren(QPushButton) if b.text() in ("1", "2")]:
        qtbot.mouseClick(key, Qt.LeftButton)  # 12 typed on the on-screen keypad
    said["keypad"] = read_aloud(kiosk, qtbot, heard)
    nav.go("wizard", application_id=application.id, field="actually_living_here")
    settle(kiosk)
    nav.screens["wizard"].control.group.buttons()[0].setChecked(True)  # "Yes", not yet saved
    said["yes_no"] = read_aloud(kiosk, qtbot, heard)
    kiosk.ctx.mode = "kiosk"
    nav.home()
    said["welcome"] = read_aloud(kiosk, qtbot, heard)
    nav.go("helper")
    said["helper"] = read_aloud(kiosk, qtbot, heard)
    nav.go("status")
    qtbot.keyClicks(nav.screens["status"].number, "BB7W-S47D-C")
    qtbot.mouseClick(nav.screens["status"].check_button, Qt.LeftButton)
    said["status"] = read_aloud(kiosk, qtbot, heard)
    kiosk.ctx.mode = "officer"

    assert {name: [text for _voice, text in lines] for name, lines in said.items()} == EXPECTED[lang]
    for name, lines in said.items():
        # Language names in their own voice; a programme's Chinese name (as said at the counter) in Mandarin.
        voices = [voice for voice, text in lines if text not in LANGUAGE_NAMES and not _all_han(text)]
        assert set(voices) == {VOICES[lang]}, name
    assert [voice for voice, text in said["welcome"] if text in LANGUAGE_NAMES] == list(VOICES.values())


def _all_han(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _decoration(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or 0x2190 <= ord(ch) <= 0x2BFF


def _hotline_as_a_number(text: str) -> bool:
    """1957 or 1990 said as a number, not as the year of a date (20 April 1957, năm 1957, ค.ศ. 1957)."""
    for found in re.finditer(r"(?<!\d)(1957|1990)(?!\d)", text):
        if not re.search(r"(\d{1,2}[ /]\S+[ /]|năm |ค\.ศ\. )$", text[:found.start()]):
            return True
    return False


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_screen_reads_a_symbol_or_a_keypad_key_by_key(officer_app, lang):
    kiosk, nav = officer_app, officer_app.window.nav
    kiosk.ctx.languages.set_language(lang)
    for mode, screens in (("officer", OFFICER_SCREENS), ("kiosk", KIOSK_SCREENS)):
        kiosk.ctx.mode = mode
        for name in screens:
            if name == "unlock":
                continue
            screen = nav.go(name, **params_for(name, kiosk.fixtures))
            settle(kiosk)
            spoken = [u.text for u in prepared(screen.spoken_parts(), lang)]
            assert spoken and spoken[0] == screen.title(), name
            for text in spoken:
                assert not any(_decoration(ch) for ch in text), (name, text)
                assert len(text.strip()) > 1, (name, text)  # never "1", "←", "C" alone
                assert not _hotline_as_a_number(text), (name, text)  # hotlines digit by digit
    kiosk.ctx.mode = "officer"


def test_automatic_reading_is_on_by_default_in_kiosk_mode_only(tmp_path):
    assert Preferences(tmp_path / "k", "kiosk").get("speak_automatically") is True
    assert Preferences(tmp_path / "o", "officer").get("speak_automatically") is False
    assert Preferences(tmp_path / "v", "volunteer").get("speak_automatically") is False


@pytest.fixture()
def kiosk_mode_app(tour_district, tmp_path, qapp, qtbot, monkeypatch):
    """The real app started in kiosk mode on a copy of the district, with its default settings."""
    from ui.app import KioskApp, qt_application
    from ui.selftest import TOUR_PIN, unlock_and_wait

    monkeypatch.setattr(PrivatePlayer, "command", ["true"])
    data_dir = tmp_path / "kiosk-data"
    shutil.copytree(tour_district[0], data_dir)
    (data_dir / "ui.ini").unlink(missing_ok=True)
    qt_application()
    kiosk = KioskApp(data_dir=data_dir, mode="kiosk", lang="zh-TW", crash_dialog=False, kiosk_fullscreen=False)
    sent: list[tuple[str, str]] = []
    kiosk.ctx.speaker.sent.connect(lambda voice, text: sent.append((voice, text)), Qt.DirectConnection)
    kiosk.heard = sent
    qtbot.waitUntil(lambda: not kiosk.ctx.speaker.busy, timeout=60000)  # the staff's unlock screen, read out
    sent.clear()
    assert unlock_and_wait(kiosk, TOUR_PIN)
    yield kiosk
    kiosk.lock()
    settle(kiosk)
    kiosk.ctx.speaker.shutdown()
    kiosk.ctx.languages.uninstall()
    close_window(kiosk)


def test_a_kiosk_reads_each_screen_on_arrival_until_it_is_turned_off_in_settings(kiosk_mode_app, qtbot):
    kiosk, nav = kiosk_mode_app, kiosk_mode_app.window.nav
    settle(kiosk)
    qtbot.waitUntil(lambda: not kiosk.ctx.speaker.busy, timeout=60000)
    assert nav.current == "welcome"
    assert [text for _voice, text in kiosk.heard][:2] == ["歡迎", "歡迎！今天需要什麼協助？"]  # nobody pressed anything

    kiosk.heard.clear()
    qtbot.mouseClick(nav.screens["welcome"].helper_button, Qt.LeftButton)
    settle(kiosk)
    qtbot.waitUntil(lambda: not kiosk.ctx.speaker.busy, timeout=60000)
    assert [text for _voice, text in kiosk.heard] == EXPECTED["zh-TW"]["helper"]  # said once, not twice

    nav.go("settings")
    settings = nav.screens["settings"]
    assert settings.speak_auto.isChecked()
    qtbot.mouseClick(settings.speak_auto, Qt.LeftButton, pos=QPoint(20, settings.speak_auto.height() // 2))  # its box
    assert kiosk.ctx.prefs.get("speak_automatically") is False
    qtbot.waitUntil(lambda: not kiosk.ctx.speaker.busy, timeout=60000)
    kiosk.heard.clear()
    nav.go("status")
    nav.go("helper")
    settle(kiosk)
    assert not kiosk.ctx.speaker.busy and kiosk.heard == []
    # A citizen's choice lasts their session; the kiosk's own setting (in ui.ini) stays for the next one.
    assert Preferences(kiosk.ctx.data_dir, "kiosk").get("speak_automatically") is True


def test_the_southern_vietnamese_voice_is_offered_in_vietnamese_and_used(officer_app, qtbot, heard):
    kiosk, nav = officer_app, officer_app.window.nav
    settings = nav.go("settings")
    assert not settings.regions["south"].isVisible()  # only offered while the screen is in Vietnamese
    kiosk.ctx.languages.set_language("vi")
    settle(kiosk)
    assert settings.regions["south"].isVisible() and settings.regions["north"].isChecked()
    assert {voice for voice, text in read_aloud(kiosk, qtbot, heard) if text not in LANGUAGE_NAMES} == {"aav/vi"}

    qtbot.mouseClick(settings.regions["south"], Qt.LeftButton)
    assert kiosk.ctx.prefs.get("vietnamese_voice") == "south"
    said = read_aloud(kiosk, qtbot, heard)
    assert "Quý vị đã chọn: Giọng miền Nam" in [text for _voice, text in said]
    assert {voice for voice, text in said if text not in LANGUAGE_NAMES} == {"aav/vi-vn-x-south"}
    kiosk.ctx.languages.set_language("zh-TW")


def _samples(path) -> tuple[array, int]:
    with wave.open(str(path), "rb") as audio:
        assert audio.getsampwidth() == 2 and audio.getnchannels() == 1
        return array("h", audio.readframes(audio.getnframes())), audio.getframerate()


def _pauses(samples: array, rate: int, seconds: float) -> int:
    """How many silences at least `seconds` long the audio holds."""
    count, quiet, needed = 0, 0, int(rate * seconds)
    for value in samples:
        quiet = quiet + 1 if -32 < value < 32 else 0
        count += quiet == needed
    return count


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_screen_per_language_is_rendered_to_audible_speech_with_pauses(officer_app, tmp_path, lang):
    kiosk, nav = officer_app, officer_app.window.nav
    kiosk.ctx.languages.set_language(lang)
    kiosk.ctx.mode = "kiosk"
    nav.home()
    settle(kiosk)
    parts = nav.screens["welcome"].spoken_parts()
    utterances = prepared(parts, lang)
    wav = tmp_path / f"welcome-{lang}.wav"
    assert kiosk.ctx.speaker.render(parts, lang, str(wav)).wait(120)
    kiosk.ctx.mode = "officer"

    samples, rate = _samples(wav)
    characters = sum(len(u.text) for u in utterances)
    spoken_seconds = len(samples) / rate - len(utterances) * PAUSE_S
    assert 0.05 * characters < spoken_seconds < 0.5 * characters  # not cut short, not spelled out
    rms = (sum(v * v for v in samples) / len(samples)) ** 0.5
    assert rms > 300 and max(samples) > 3000  # speech, not silence
    assert _pauses(samples, rate, PAUSE_S * 0.9) >= len(utterances) - 1  # a pause between items
