"""The window never holds the store: what it needs comes through the workspace's services or the
sync session (import-linter checks imports, not attributes, so this reads the code)."""

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "ui"


def test_no_ui_module_reaches_a_store():
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Attribute) and node.attr in ("store", "_store"):
                found.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    assert found == [], "the UI takes the store out of the workspace: " + ", ".join(found)


def test_the_app_context_is_typed_and_built_complete():
    import typing
    from dataclasses import MISSING, fields

    import kiosk.workspace
    import ui.background
    import ui.bulk_jobs
    import ui.change_events
    import ui.i18n
    import ui.speech
    import ui.sync_controller
    import ui.widgets
    from ui.context import AppContext

    names = {**vars(kiosk.workspace), **vars(ui.background), **vars(ui.bulk_jobs), **vars(ui.change_events), **vars(ui.i18n), **vars(ui.speech),
             **vars(ui.sync_controller), **vars(ui.widgets)}
    hints = typing.get_type_hints(AppContext, localns=names)
    assert typing.Any not in hints.values(), hints
    # What the screens call (navigate, apply_display) is given at construction, never patched in later.
    required = {f.name for f in fields(AppContext) if f.default is MISSING and f.default_factory is MISSING}
    assert {"navigation", "apply_display", "background", "speaker", "languages", "announcer"} <= required
