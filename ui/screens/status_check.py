"""A citizen checks an application at the kiosk: by tracking number or by the receipt's QR code
(a scanned image), verified with the receipt signature. Only the state and next steps are shown.

The picture comes from the kiosk's scanner folder, never from a file dialog: a dialog would let a
citizen browse, rename and delete the kiosk's files. Only a scan made during this citizen's
session counts, and it is removed once read.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from kiosk.scanner import newest_scan, scanner_folder, take_scan
from kiosk.states.application import ApplicationState
from ui import widgets, words
from ui.keypad import CODE_ROWS, Keypad
from ui.screens.base import Screen

if TYPE_CHECKING:
    from kiosk.workspace import TrackingStatus


class StatusScreen(Screen):
    name = "status"

    def build(self) -> None:
        self.heading = widgets.heading()
        self.number_label = widgets.field_label()
        self.number = widgets.line_edit(self.number_label, "7KQ2-M9XD-3")
        self.number.setMaxLength(24)
        self.number_error = widgets.Badge()
        self.number_error.setWordWrap(True)
        self.number_error.hide()
        self.keypad = Keypad(self.number, CODE_ROWS)
        self.check_button = widgets.button("", role="primary")
        self.scan_button = widgets.button("")
        self.result = widgets.Badge()
        self.result.setWordWrap(True)
        self.next_steps = widgets.body()
        self.subscribe_button = widgets.button("")  # news about this application from now on (issue 24)
        self.subscribe_button.hide()
        for w in (self.heading, self.number_label, self.number_error, self.number, self.keypad):
            self.layout_.addWidget(w)
        self.layout_.addLayout(widgets.row(self.check_button, self.scan_button))
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.next_steps)
        self.layout_.addLayout(widgets.row(self.subscribe_button))
        self.layout_.addStretch(1)
        self.check_button.clicked.connect(self._check_number)
        self.number.returnPressed.connect(self._check_number)
        self.scan_button.clicked.connect(self._scan_receipt)
        self.subscribe_button.clicked.connect(lambda: self.ctx.navigate(
            "subscribe", tracking_no=self._status["tracking_no"]) if self._status and "tracking_no" in self._status else None)
        self._session_started = time.time()
        self._status = None

    def title(self) -> str:
        return self.tr("Check my application")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        if self._status == {"help_only": True}:
            self.next_steps.setText(self.tr("Need help? Call 1957."))
        elif self._status is not None:  # the answer shown is said again in the new language
            self._show(self._status, announce=False)
        self.number_label.setText(self.tr("&Tracking number (on your receipt)"))
        self.number.setAccessibleName(self.tr("Tracking number"))
        widgets.rename(self.check_button, self.tr("Check"))
        widgets.rename(self.scan_button, "▦ " + self.tr("Scan the receipt's QR code"))
        widgets.rename(self.subscribe_button, self.tr("Tell me when there is news (text message or e-mail)…"))

    def first_focus(self):  # noqa: ANN201
        return self.number

    def _check_number(self) -> None:
        def found(answer: TrackingStatus | None) -> None:
            status = answer.to_json() if answer is not None else None
            if status is None:  # a mistyped number: said beside the field, which keeps the focus
                self.result.clear()
                self.subscribe_button.hide()
                self._status = {"help_only": True}
                self.next_steps.setText(self.tr("Need help? Call 1957."))
                widgets.tell_beside(self.number_error, self.number, lambda: self.tr(
                    "No application with this number. Check the number on your receipt."), self.ctx.announcer)
                return
            widgets.tell_beside(self.number_error, self.number, "", self.ctx.announcer)
            self._show(status)

        self.run(self.ctx.workspace.status_by_tracking, self.number.text(), done=found)

    def _scan_receipt(self) -> None:
        folder, since = scanner_folder(), self._session_started

        def read() -> bytes | None:
            scan = newest_scan(folder, since)
            return None if scan is None else take_scan(scan)

        self.run(read, done=self._scanned, lane="media")

    def _scanned(self, data: bytes | None) -> None:
        if data is not None:
            self.check_image(data)
            return
        self._status = None
        self.result.set_state("warn", lambda: self.tr("Put your receipt on the scanner with the QR code facing the glass "
                                              "and press the scanner's button. Then press this button again."))
        self.next_steps.clear()
        self.ctx.announcer.announce(self.result.text(), self.result)

    def check_image(self, data: bytes) -> None:
        ws = self.ctx.workspace

        def verify():  # noqa: ANN202
            from kiosk.documents.verify import verify_source

            verdict = verify_source(data, ws.trusted_keys())
            if not verdict.valid:
                return {"invalid": verdict.reason}
            answer = ws.status_by_tracking(verdict.claim.tracking_no)
            return answer.to_json() if answer is not None else {"invalid": "unknown"}

        self.run(verify, done=self._show, lane="media")

    def _show(self, status: dict | None, announce: bool = True) -> None:
        self._status = status
        self.subscribe_button.setVisible(bool(status and "tracking_no" in status))
        if not status or "invalid" in status:
            text = (self.tr("This code is not a genuine Kiosk receipt.") if status and status["invalid"] not in ("no_code", "unknown")
                    else self.tr("No application with this number. Check the number on your receipt."))
            self.result.set_state("error", text)
            self.next_steps.setText(self.tr("Need help? Call 1957."))
        else:
            kind, state = words.application_state(status["state"], {"outcome": status["outcome"]} if status["outcome"] else None)
            self.result.set_state(kind, f"{status['tracking_no']}：{state}")
            steps = {ApplicationState.NEEDS_DOCUMENTS: self.tr("Please bring the missing documents to your district office or call 1957."),
                     ApplicationState.DECIDED: self.tr("A letter with the decision will be sent to you."),
                     ApplicationState.SENT: self.tr("The agency is reviewing it. You do not need to do anything."),
                     ApplicationState.QUEUED: self.tr("It will be sent to the agency soon.")}.get(status["state"], "")
            self.next_steps.setText(((status.get("reason") or "") + "\n" + steps).strip())
        if announce:
            self.ctx.announcer.announce(self.result.text() + " " + self.next_steps.text(), self.result)

    def clear(self) -> None:
        super().clear()
        self._session_started = time.time()
        self.number.clear()
        widgets.tell_beside(self.number_error, self.number, "", self.ctx.announcer)
        self._status = None
        self.subscribe_button.hide()
        self.result.clear()
        self.next_steps.clear()
