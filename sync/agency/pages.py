"""The caseworker's plain HTML pages (no scripts): the inbox and one case with its decision form.
Words come from the core catalogues (agency.*), so the page speaks the caseworker's language."""

from __future__ import annotations

from html import escape

from kiosk.i18n import LANGUAGES, tr
from kiosk.json_types import JsonObject
from sync.agency.store import Case

STATUS_KEYS = {"requested": "agency.status.requested", "completed": "agency.status.approved",
               "rejected": "agency.status.rejected", "on-hold": "agency.status.need_documents"}


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "zh-TW"


def _page(title: str, body: str, lang: str) -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<style>body{font:18px/1.5 sans-serif;margin:2em}table{border-collapse:collapse}'
            'td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style></head>'
            f'<body><h1>{escape(title)}</h1>{body}</body></html>')


def _status(case: Case, lang: str) -> str:
    return tr(STATUS_KEYS.get(case.task.get("status") or "", "agency.status.requested"), lang)


def _patient(case: Case) -> JsonObject:
    found = case.resources("Patient")
    return found[0] if found else {}


def inbox(cases: list[Case], lang: str) -> str:
    lang = _lang(lang)
    if not cases:
        return _page(tr("agency.inbox", lang), f"<p>{escape(tr('agency.empty', lang))}</p>", lang)
    head = "".join(f"<th>{escape(tr(k, lang))}</th>" for k in
                   ("agency.received", "agency.service", "agency.applicant", "agency.status"))
    rows = "".join(
        f'<tr><td>{escape(c.received_at)}</td><td>{escape(c.task.get("code", {}).get("text", ""))}</td>'
        f'<td><a href="/cases/{escape(c.id)}?lang={lang}">{escape(_patient(c).get("name", [{}])[0].get("text") or "")}</a></td>'
        f'<td>{escape(_status(c, lang))}</td></tr>' for c in cases)
    return _page(tr("agency.inbox", lang), f"<table><tr>{head}</tr>{rows}</table>", lang)


def _answers(case: Case) -> str:
    rows = []
    for response in case.resources("QuestionnaireResponse"):
        for item in response.get("item") or ():
            answer = (item.get("answer") or [{}])[0]
            value = next((v for k, v in answer.items() if k.startswith("value")), "")
            value = value.get("code", "") if isinstance(value, dict) else value
            rows.append(f"<tr><th>{escape(item.get('text', ''))}</th><td>{escape(str(value))}</td></tr>")
    return "".join(rows)


def detail(case: Case, lang: str) -> str:
    lang = _lang(lang)
    patient = _patient(case)
    facts = [("agency.applicant", patient.get("name", [{}])[0].get("text")),
             ("agency.id_no", (patient.get("identifier") or [{}])[0].get("value")),
             ("agency.birth_date", patient.get("birthDate")),
             ("agency.address", (patient.get("address") or [{}])[0].get("text")),
             ("agency.phone", (patient.get("telecom") or [{}])[0].get("value")),
             ("agency.status", _status(case, lang)),
             ("agency.reason", (case.task.get("statusReason") or {}).get("text")),
             ("agency.attachments", str(len(case.resources("DocumentReference"))))]
    table = "".join(f"<tr><th>{escape(tr(k, lang))}</th><td>{escape(str(v))}</td></tr>" for k, v in facts if v)
    buttons = "".join(f'<button name="action" value="{a}">{escape(tr(k, lang))}</button> ' for a, k in
                      (("approve", "agency.approve"), ("reject", "agency.reject"),
                       ("need-documents", "agency.need_documents")))
    form = (f'<form method="post" action="/cases/{escape(case.id)}/decision?lang={lang}">'
            f'<p><label>{escape(tr("agency.reason", lang))}<br><textarea name="reason" rows="3" cols="60"></textarea>'
            f"</label></p><p>{buttons}</p></form>")
    title = case.task.get("code", {}).get("text", "")
    return _page(title, f'<p><a href="/?lang={lang}">{escape(tr("agency.back", lang))}</a></p>'
                        f"<table>{table}</table><h2>{escape(tr('agency.answers', lang))}</h2>"
                        f"<table>{_answers(case)}</table><h2>{escape(tr('agency.decide', lang))}</h2>{form}", lang)


def not_found(lang: str) -> str:
    lang = _lang(lang)
    return _page(tr("agency.not_found", lang), f'<p><a href="/?lang={lang}">{escape(tr("agency.back", lang))}</a></p>',
                 lang)
