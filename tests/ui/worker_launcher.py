"""Run by the window's QProcess in place of `python -m kiosk.cli.main worker` (tests/ui/worker_zygote.py):
hands this process's pipes, arguments, environment and folder to the zygote server, then ends as the
worker it forked ends. Standard library only: it runs with `python -S`."""

import json
import os
import signal
import socket
import sys

server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.connect(sys.argv[1])
request = {"argv": sys.argv[2:], "env": dict(os.environ), "cwd": os.getcwd()}
socket.send_fds(server, [json.dumps(request).encode()], [0, 1, 2])
os.close(0)  # the worker holds the pipes now: its stdout ends when it does
os.close(1)
answer = b""
while not answer.endswith(b"\n"):
    part = server.recv(64)
    if not part:
        os._exit(1)
    answer += part
code = int(answer)
if code < 0:  # killed: so is this process, and QProcess sees a crash as it would have
    signal.signal(-code, signal.SIG_DFL)
    os.kill(os.getpid(), -code)
os._exit(code)
