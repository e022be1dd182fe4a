"""Varnish in front of a backend, for the bench and the tests (deploy/varnish/README.md).

    with Varnish(backend="127.0.0.1:8001", port=6081, workdir=tmp) as varnish:
        urllib.request.urlopen(varnish.url + "/fr/")

Renders deploy/varnish/site.vcl with the backend's address (and extra purger addresses),
starts `varnishd -F` in the foreground on a loopback port, waits until it answers and stops
it on exit. Production runs the same VCL under systemd (docs/performance.md).
"""

import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

VCL = Path(__file__).resolve().parent / "site.vcl"
VARNISHD = "/usr/sbin/varnishd"


def varnishd() -> str | None:
    """varnishd's path, or None where Debian's varnish package is not installed."""
    return VARNISHD if Path(VARNISHD).exists() else shutil.which("varnishd")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render_vcl(backend: str, purgers: tuple[str, ...] = ()) -> str:
    """site.vcl with the backend's host and port, and these addresses allowed to purge."""
    host, port = backend.rsplit(":", 1)
    text = VCL.read_text()
    text = re.sub(r'\.host = "[^"]*";(\s*# @backend-host)', rf'.host = "{host}";\1', text)
    text = re.sub(r'\.port = "[^"]*";(\s*# @backend-port)', rf'.port = "{port}";\1', text)
    allowed = "".join(f'    "{address}";\n' for address in purgers)
    return text.replace("    # @purgers\n", allowed + "    # @purgers\n")


class Varnish:
    """varnishd on 127.0.0.1:`port` in front of `backend` ("host:port"), stopped on exit."""

    def __init__(
        self,
        backend: str = "127.0.0.1:8000",
        port: int | None = None,
        workdir: str | Path | None = None,
        *,
        purgers: tuple[str, ...] = (),
        storage: str = "malloc,256m",
        log: Path | None = None,
    ):
        self.backend = backend
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="varnish-"))
        self.purgers = purgers
        self.storage = storage
        self.log = log or self.workdir / "varnishd.log"
        self.process = None

    def command(self) -> list[str]:
        binary = varnishd()
        if not binary:
            raise FileNotFoundError("varnishd: install Debian's varnish and varnish-modules")
        return [
            binary,
            "-F",  # foreground: this process is varnishd's manager, stopped with it
            "-n",
            str(self.workdir / "instance"),
            "-a",
            f"127.0.0.1:{self.port}",
            "-f",
            str(self.workdir / "site.vcl"),
            "-s",
            self.storage,
            # No privilege separation: the tests and the bench run it as whoever they are.
            "-j",
            "none",
        ]

    def __enter__(self):
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "site.vcl").write_text(render_vcl(self.backend, self.purgers))
        self.process = subprocess.Popen(
            self.command(), stdout=self.log.open("w"), stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"varnishd stopped: {self.log.read_text()[-2000:]}")
            if self._answers():
                return self
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"varnishd does not answer on {self.url}: see {self.log}")

    def _answers(self) -> bool:
        # A PURGE without tags is answered by the VCL itself (400), whatever the backend.
        request = urllib.request.Request(self.url + "/", method="PURGE")
        try:
            urllib.request.urlopen(request, timeout=1)
        except urllib.error.HTTPError:
            return True
        except OSError:
            return False
        return True

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def stats(self, *fields: str) -> dict[str, int]:
        """Counters from varnishstat (e.g. MAIN.cache_hit), for the bench's report."""
        binary = Path(varnishd() or VARNISHD).parent.parent / "bin" / "varnishstat"
        command = [str(binary), "-n", str(self.workdir / "instance"), "-1"]
        for field in fields:
            command += ["-f", field]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        counters = {}
        for line in result.stdout.splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                counters[parts[0]] = int(parts[1])
        return counters
