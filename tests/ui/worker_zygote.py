"""The window's worker process (`kiosk worker`) forked from a server that has already imported it,
for the UI tests whose app unlocks (every officer_app test).

A worker started as `python -m kiosk.cli.main worker` spends about a second of a core importing
(SQLAlchemy, the rules, numpy) before it opens the store, and every unlocking test starts one. Here
the window's QProcess starts a small launcher instead (`python -S LAUNCHER SOCKET worker ...`,
`launch` below): it hands its stdin, stdout and stderr pipes, its arguments, environment and folder
to the server over a Unix socket, the server forks a child that runs `kiosk.cli.main.main(argv)` on
exactly those pipes, and the launcher ends as the child ends (its exit code, or killed by the same
signal). So the worker is still a process of its own, reading the key from the window's pipe and
answering on it; killing the launcher (QProcess.kill) kills the child. Starting the interpreter
itself stays tested by the tests marked `worker_as_app` (tests/ui/test_worker_process_ui.py), whose
worker is started as the app starts it.
"""

from __future__ import annotations

import gc
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

# What the worker imports before and while it answers: once, in the server.
PRELOAD = ["kiosk.cli.main", "kiosk.cli.commands", "sync.cli", "sync.client.worker", "sync.client.engine",
           "kiosk.db.store", "kiosk.workspace", "kiosk.rules.proactive", "kiosk.worker.bulk"]
LAUNCHER = Path(__file__).with_name("worker_launcher.py")


def command(socket_path: str) -> list[str]:
    """What `ui.worker_client.worker_command()` returns while the server runs (after the interpreter)."""
    return ["-S", str(LAUNCHER), socket_path, "worker"]


def start(folder: Path) -> subprocess.Popen:
    """The server, listening on `folder`/zygote.sock once this returns."""
    path = folder / "zygote.sock"
    server = subprocess.Popen([sys.executable, "-m", "tests.ui.worker_zygote", str(path)], stdout=subprocess.PIPE,
                              env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})  # no BLAS threads in a forking server
    if server.stdout.readline() != b"listening\n":
        server.kill()
        raise RuntimeError("the worker zygote did not start")
    server.path = str(path)
    return server


def warm() -> None:
    """What every worker builds on its first rules scan (the home screen asks for one): the catalog
    (YAML) and OpenFisca's tax-benefit system, cached for the process: 0.2 s of a core per forked
    worker when left to each child."""
    from kiosk.catalog import load_catalog
    from kiosk.rules.system import tax_benefit_system

    load_catalog()
    tax_benefit_system()


def _child(argv: list[str], env: dict[str, str], cwd: str, fds: list[int], keep_closed: list[int]) -> None:
    """In the forked child: the launcher's pipes, environment and folder, then the worker's own main."""
    for fd in keep_closed:
        os.close(fd)
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    tempfile.tempdir = None
    code = 1
    try:
        from kiosk.cli.main import main

        code = main(argv)
    finally:
        sys.stdout.flush()
        os._exit(code or 0)


def serve(path: str) -> None:
    for module in PRELOAD:
        __import__(module)
    warm()
    # What the children inherit is left out of their garbage collections: a full collection walked
    # (and so copied, page by page) every object of these imports in each child, 30 ms of a core
    # (CPython's advice for servers that fork: gc.freeze() before forking).
    gc.freeze()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    signal.set_wakeup_fd(wake_write)
    children: dict[int, socket.socket] = {}  # pid: its launcher's connection
    sys.stdout.write("listening\n")
    sys.stdout.flush()
    while True:
        ready, _, _ = select.select([listener, wake_read, *children.values()], [], [])
        if listener in ready:
            connection, _ = listener.accept()
            message, fds, _, _ = socket.recv_fds(connection, 1 << 20, 3)
            request = json.loads(message)
            pid = os.fork()
            if pid == 0:
                _child(request["argv"], request["env"], request["cwd"], fds,
                       [listener.fileno(), wake_read, wake_write, connection.fileno(),
                        *(c.fileno() for c in children.values())])
            for fd in fds:
                os.close(fd)
            children[pid] = connection
        if wake_read in ready:
            os.read(wake_read, 512)
        for pid, connection in list(children.items()):
            if connection in ready and not connection.recv(1):  # the launcher was killed: so is its worker
                os.kill(pid, signal.SIGKILL)
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
                try:
                    connection.sendall(f"{code}\n".encode())
                except OSError:
                    pass
                connection.close()
                del children[pid]


if __name__ == "__main__":
    serve(sys.argv[1])
