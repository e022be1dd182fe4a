"""What the bench scripts share to talk to the site: gunicorn started on a free loopback
port with production settings, and plain HTTP requests to it (bench/run.py, bench/crowd.py).
"""

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from bench.common import PYTHON, RESULTS, ROOT

FORWARDED = {"X-Forwarded-Proto": "https"}  # as the load balancer would say


def run(command, env):
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def output(command, env):
    return subprocess.run(
        command, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True
    ).stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn with config/gunicorn.conf.py on a free loopback port, stopped on exit."""

    def __init__(self, env, *, workers, log="gunicorn.log"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self.env["WEB_CONCURRENCY"] = str(workers)
        self.log = RESULTS / log

    def __enter__(self):
        print(f"==> gunicorn ({self.env['WEB_CONCURRENCY']} workers) sur {self.url}", flush=True)
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn s’est arrêté : voir {self.log}")
            try:
                with urllib.request.urlopen(self.url + "/health/", timeout=5) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        self.__exit__()
        sys.exit(f"gunicorn ne répond pas sur /health/ : voir {self.log}")

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(base, request):
    """The response's status and body, without following redirects (the POST's 302)."""
    data = request["body"].encode() if request["method"] == "POST" else None
    req = urllib.request.Request(
        base + request["path"], data=data, headers=request["headers"], method=request["method"]
    )
    try:
        with _opener.open(req, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def get(base, path):
    return fetch(base, {"path": path, "method": "GET", "headers": FORWARDED, "body": ""})


def drain(base):
    """Wait for the requests wrk left in flight: the next load starts on an idle server.

    /health/ queues behind them on the same listen socket, so its answer means they are done.
    """
    get(base, "/health/")
