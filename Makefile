# Kiosk: every target bootstraps .venv on first use (idempotent; re-run when pyproject.toml changes).
SHELL := /bin/bash
# Debian's own python3.11 where it can make a venv (Debian 12, python3-venv): built with profile-guided
# optimisation and libpython linked in, it runs the test suite on less CPU than a python3 compiled
# without them (pyenv's default build, this machine's python3). Elsewhere, python3. An existing .venv
# keeps its interpreter: make clean-venv first to change it. Asked by the shell when the venv is made,
# after scripts/system-deps.sh has installed python3-venv.
PYTHON ?= $$(/usr/bin/python3.11 -c 'import ensurepip, venv' 2>/dev/null && echo /usr/bin/python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= $(HOME)/.local/share/kiosk-demo
TEST_WORKERS ?= 4
export KIOSK_PIN ?= 246810
export PYTHONUTF8 := 1
# Bytecode caches (git-ignored) let every test process after the first skip compiling the code and
# pytest's rewriting of the tests: collection in each test process 12 -> 6 s of a core.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: demo demo-agency test test-all bench bench-hub chaos system-deps venv lint clean-venv package package-test

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml scripts/system-deps.sh $(wildcard resources/i18n/ui/*.ts)
	@bash scripts/system-deps.sh
	@test -x $(BIN)/pip || $(PYTHON) -m venv --clear $(VENV)  # pip too: a venv made without ensurepip has none
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[gui,hub,dev]'
	@$(BIN)/python scripts/translations.py release
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	@$(BIN)/python -m kiosk.demo.run --data-dir "$(DEMO_DIR)"
	@$(BIN)/kiosk --data-dir "$(DEMO_DIR)"; code=$$?; [ $$code -eq 0 ] || [ $$code -eq 2 ]  # 2: no display, told how to tour

demo-agency: $(STAMP)  ## the demo district with its hub and the reference agency on loopback; Ctrl-C stops both
	@$(BIN)/python -m kiosk.demo.run --data-dir "$(DEMO_DIR)"
	@$(BIN)/python -m sync.demo_agency --data-dir "$(DEMO_DIR)"

# -n 4: four test processes on the 2 cores, which sit idle while tests wait on child processes,
# Chromium, hubs and network faults' delays. With another process burning one core, alternating
# runs of the parallel part took 321 / 322 s at -n 3 against 306 / 304 / 292 s at -n 4; make test
# took 391.7 / 427.5 s at -n 6 against 412.9 / 409.7 s at -n 4 (six processes took the busy core
# from the other process, but used 650-712 s of CPU against 621-626).
# --dist loadgroup (tests/xdist_scheduler.py): each worker takes the next test when it is free,
# the long ones (listed first) included; the browser tests go whole to one worker, with one Chromium.
# The sync stall test's district is built meanwhile (tests/ui/stall_district.py), in the cores' idle
# moments, from before the linters (one core: mypy from scratch takes 14 s on a clean clone); the
# stall tests then run alone, collected from their own files only (the whole suite's collection took
# 3 s of the serial part to find 6 tests). Temporary files go to memory where there is room
# (scripts/test-tmpdir.sh): alternating quiet runs took 261.8 / 254.3 s against 269.6 / 262.1 s on disk.
# A make test stopped by a signal ends the tests it started (pkill -P) and removes that folder
# twice: the test processes' last writes come after their controller has gone.
test: $(STAMP)
	@TMPDIR=$$(bash scripts/test-tmpdir.sh) || exit 1; export TMPDIR; \
	trap 'pkill -P $$$$ 2>/dev/null && { sleep 1; rm -rf "$$TMPDIR"; sleep 3; }; rm -rf "$$TMPDIR"' EXIT; shared=$$(mktemp -d); \
	$(BIN)/python -m tests.ui.stall_district "$$shared" & builder=$$!; \
	$(MAKE) --no-print-directory lint || { kill $$builder 2>/dev/null; exit 1; }; \
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup -q --durations=25 -m "not stall and not full_tour"; status=$$?; \
	[ $$status -eq 0 ] || { kill $$builder 2>/dev/null; exit $$status; }; wait $$builder; \
	KIOSK_STALL_DISTRICT="$$shared" $(BIN)/python -m pytest -q -m stall $$(grep -rlE "mark\.stall" tests --include="test_*.py")

test-all: test  ## make test, then the five-language tour and the release-size chaos trials
	@$(BIN)/python -m pytest -q -m full_tour
	@$(BIN)/python -m pytest -n 2 -q -m chaos --chaos-trials 1000 tests/sync

bench: $(STAMP)
	@$(BIN)/python -m bench.run

# The hub under a county's load: PostgreSQL, several hub workers, locust on loopback (bench/hub_load/run.py);
# shorter: make bench-hub HUB_LOAD="--devices 50 --seconds 30"
bench-hub: $(STAMP)
	@$(BIN)/python -m bench.hub_load.run $(HUB_LOAD)

chaos: $(STAMP)
	@$(BIN)/python -m pytest -n 2 -q -m chaos --chaos-trials 1000 tests/sync

package: $(STAMP)  ## the PyInstaller bundle, the .deb, its SBOM and a pip-audit report, in build/
	@installer/package.sh

package-test: $(STAMP)  ## unpack the .deb, run its self-test offscreen, measure size and cold start
	@$(BIN)/python installer/package_test.py

lint: $(STAMP)
	@$(BIN)/ruff check .
	@$(BIN)/mypy
	@$(BIN)/lint-imports

clean-venv:
	rm -rf $(VENV)
