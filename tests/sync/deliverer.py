"""`kiosk-hub deliver` in a process of its own that starts in milliseconds: forked from a server
process that imported the hub once (multiprocessing's forkserver), not a new interpreter per kill
trial. The child runs the command's own code and dies like the real one: at a named crash point
(exit 137) or by SIGKILL."""

from __future__ import annotations

from tests.forked_cli import forkserver

DELIVER_ARGS = ("--retry-base-s", "0.05", "--poll-s", "0.5", "--lease-s", "0.3", "--timeout-s", "5")


def _deliver(argv: list[str], crash_at: str | None) -> None:
    import os

    from sync.client import crash
    from sync.hub.cli import main

    os.environ.pop(crash.ENV, None)
    if crash_at:
        os.environ[crash.ENV] = crash_at
    crash._target = crash_at  # the module read KIOSK_CRASH_AT at import, in the server, before this child existed
    raise SystemExit(main(["deliver", *argv]))


def run_child(db_url: str, routing: str, crash_at: str | None, kill_after: float | None) -> int | None:
    """The child's exit status: 0 done, 137 stopped at `crash_at`, -9 killed after `kill_after` seconds."""
    child = forkserver().Process(target=_deliver, args=(["--db", db_url, "--routing", routing, *DELIVER_ARGS], crash_at),
                             daemon=True)
    child.start()
    if kill_after is not None:
        child.join(kill_after)
        child.kill()  # SIGKILL: no clean-up, as a power cut or the OOM killer
    child.join(120)
    return child.exitcode
