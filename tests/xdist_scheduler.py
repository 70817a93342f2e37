"""make test's xdist scheduler (--dist loadgroup): every test a unit of its own, taken by the next
free worker, except the files one worker runs whole. Shared out, each of the four test processes
started its own Chromium and prepared hub for the browser tests. Named by file, as pytest 9 ignores
the suffix xdist_group marks add to a test's id."""

from __future__ import annotations

import pytest

ONE_WORKER_FILES = ("tests/web/test_status_page_browser.py",)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class WholeFiles(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if path in ONE_WORKER_FILES else nodeid

        def remove_node(self, node) -> str | None:
            """A crashed worker's test is reported, not run again, and the rest of its work goes to the
            others, as under --dist load. xdist 3.8's own queued every unit the worker had ever run
            again: each reached a live worker as an empty batch, and the run then waited forever."""
            workload = self.assigned_work.pop(node)
            unfinished = {scope: unit for scope, unit in workload.items() if not all(unit.values())}
            if not unfinished:
                return None
            crashed = next(nodeid for unit in unfinished.values() for nodeid, done in unit.items() if not done)
            for unit in unfinished.values():
                unit.pop(crashed, None)
            self.workqueue.update({scope: unit for scope, unit in unfinished.items() if not all(unit.values())})
            for other in self.assigned_work:
                self._reschedule(other)
            return crashed

    return WholeFiles(config, log)
