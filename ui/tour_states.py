"""The self-test tour's states beyond each screen's first look: every kind of wizard page, every
error a person can cause (beside the field), the helper's results and next steps, and the hand-over
between two kiosk citizens. Each state is (name, mode, show): `show()` puts it on screen."""

from __future__ import annotations

from collections.abc import Callable

# A service per page kind (the catalogue's first field of that kind) and what a person may mistype.
PAGE_KINDS = {"text": ("S01", "applicant_name", None), "id_number": ("S01", "applicant_id", "A123456780"),
              "date": ("S01", "birth_date", "115/02/31"), "address": ("S01", "address", "abc"),
              "phone": ("S01", "phone", "12345"), "boolean": ("S01", "actually_living_here", None),
              "integer": ("S01", "members_not_in_taiwan", "25"), "pattern": ("S01", "bank_account", "12"),
              "choice": ("S03", "living_arrangement", ""), "email": ("S14", "email", "nobody")}
HELPER_ANSWERS = (2, 0, 0, 0, 1)  # 65 to 84, alone, no certificate, low income, not through marriage


def states(kiosk, fixtures: dict, settle: Callable) -> list[tuple[str, str, Callable[[], None]]]:  # noqa: ANN001
    ws, nav = kiosk.ctx.workspace, kiosk.window.nav
    member = ws.household(fixtures["household_no"]).members[0]
    applications = {code: ws.start_application(fixtures["household_no"], code, member.id_no, "zh-TW").id
                    for code in sorted({service for service, _, _ in PAGE_KINDS.values()})}

    def page(kind: str) -> Callable[[], None]:
        service, key, _ = PAGE_KINDS[kind]
        return lambda: nav.go("wizard", application_id=applications[service], field=key)

    def mistyped(kind: str) -> Callable[[], None]:
        def show() -> None:
            page(kind)()
            settle(kiosk)
            wizard = nav.screen("wizard")
            wrong = PAGE_KINDS[kind][2]
            wizard.control.set_value(wrong or None)
            wizard.forward()
        return show

    def unlock_error() -> None:
        unlock = nav.screen("unlock")
        nav.stack.setCurrentWidget(unlock.parentWidget().parentWidget())
        unlock.pin.clear()
        unlock._submit()  # noqa: SLF001 - Unlock with no PIN, as a person would

    def status_error() -> None:
        status = nav.go("status")
        status.number.setText("ABCD-EFGH-1")
        status._check_number()  # noqa: SLF001 - the Check button

    def consent_error() -> None:
        consent = nav.go("consent", application_id=applications["S01"])
        settle(kiosk)
        consent.pad.clear()
        consent._give()  # noqa: SLF001 - Agree without a signature

    def subscribe_error() -> None:
        page = nav.go("subscribe", application_id=fixtures["submitted"])
        settle(kiosk)
        page.mobile.setText("02-2345-6789")
        page.email.setText("lin@")
        page.role_buttons["proxy"].click()
        page._agree()  # noqa: SLF001 - Agree and subscribe, with every field wrong

    def helper_results(scrolled: bool) -> Callable[[], None]:
        def show() -> None:
            helper = nav.go("helper")
            for choice in HELPER_ANSWERS:
                helper.group.buttons()[choice].click()
                settle(kiosk)
            if scrolled:
                bar = helper.parentWidget().parentWidget().verticalScrollBar()
                bar.setValue(bar.maximum())
        return show

    def household_why() -> None:
        """A service card opened: its whole explanation, audited like the rest of the screen."""
        from ui.service_card import ServiceCard

        household = nav.go("household", household_no=fixtures["household_no"])
        settle(kiosk)
        card = next(c for c in household.findChildren(ServiceCard) if c.why is not None)
        card.why.setChecked(True)  # scrolls the explanation into view

    def hand_over() -> None:
        status = nav.go("status")
        status.number.setText(fixtures["tracking_no"])
        status._check_number()  # noqa: SLF001 - the first citizen checks an application
        settle(kiosk)
        kiosk.end_citizen_session()  # and leaves: the next one finds the welcome screen, nothing else
        kiosk.idle.disarm()

    return [*((f"page-{kind}", "officer", page(kind)) for kind in PAGE_KINDS),
            *((f"error-{kind}", "officer", mistyped(kind)) for kind, (_, _, wrong) in PAGE_KINDS.items()
              if wrong is not None),
            ("household-why", "officer", household_why),
            ("error-unlock", "officer", unlock_error), ("error-consent", "officer", consent_error),
            ("error-subscribe", "officer", subscribe_error),
            ("error-status", "kiosk", status_error), ("helper-results", "kiosk", helper_results(False)),
            ("helper-next-steps", "kiosk", helper_results(True)), ("hand-over", "kiosk", hand_over)]


def left_over(kiosk, fixtures: dict, texts: set[str], where: dict) -> list[dict]:  # noqa: ANN001, ARG001 - a check's signature
    """After the hand-over, anything of the first citizen still shown is a finding."""
    number = fixtures["tracking_no"]
    return [{**where, "kind": "previous_citizen_shown", "widget": "", "name": text[:60],
             "detail": "the previous citizen's tracking number is still shown"}
            for text in texts if number in text]
