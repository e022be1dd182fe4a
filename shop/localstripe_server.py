"""localstripe, a local Stripe-compatible server, for tests and development.

    python -m shop.localstripe_server --port 8420

localstripe's own CLI listens on every interface and reloads (then rewrites on
every request) the fixed file /tmp/localstripe.pickle, which other instances
share. Here it listens on 127.0.0.1 only and keeps its data in memory: each
start is a clean slate.

`LocalStripe` runs it as a subprocess (tests, `make run`)::

    with LocalStripe() as stripe_server:
        settings.STRIPE_API_BASE = stripe_server.base_url
        stripe_server.register_webhook(url, secret="whsec_…", events=["payment_intent.succeeded"])
"""

import argparse
import logging
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

HOST = "127.0.0.1"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def serve(port: int) -> None:
    """Serve localstripe on 127.0.0.1:port until interrupted (SIGINT or SIGTERM)."""
    from aiohttp import web
    from localstripe import resources, server

    # The store pickles itself to /tmp after every write: keep it in memory only.
    resources.store.dump_to_disk = lambda: None
    _allow_another_card(resources.PaymentIntent)
    web.run_app(server.app, host=HOST, port=port, print=None)


def _allow_another_card(payment_intent_class) -> None:
    """After a declined card, Stripe's intent is back to requires_payment_method and can be
    confirmed again with another card; localstripe keeps the failed charge as the latest,
    so the intent stays unpayable. As with Stripe, a new payment method starts afresh."""
    update = payment_intent_class._update

    def _update(self, **data):
        charge = self.latest_charge
        if data.get("payment_method") and charge is not None and charge.status == "failed":
            self.latest_charge = None
        update(self, **data)

    payment_intent_class._update = _update


class LocalStripe:
    """localstripe in a subprocess, on the given port or a free one."""

    def __init__(self, port: int | None = None, *, verbose: bool = False, timeout: float = 15):
        self.port = port or _free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.verbose = verbose
        self.timeout = timeout
        self._process: subprocess.Popen | None = None

    def start(self) -> "LocalStripe":
        if self._answers():
            raise RuntimeError(f"Something already answers on {self.base_url}")
        output = None if self.verbose else subprocess.DEVNULL
        self._process = subprocess.Popen(
            [sys.executable, "-m", "shop.localstripe_server", "--port", str(self.port)],
            cwd=PROJECT_ROOT,
            stdout=output,
            stderr=output,
        )
        deadline = time.monotonic() + self.timeout
        while not self._answers():
            if self._process.poll() is not None:
                raise RuntimeError(f"localstripe exited with code {self._process.returncode}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"localstripe did not answer on {self.base_url}")
            time.sleep(0.1)
        return self

    def wait_until_ready(self) -> None:
        """Wait for a localstripe started elsewhere (e.g. by `make run`) to answer."""
        deadline = time.monotonic() + self.timeout
        while not self._answers():
            if time.monotonic() > deadline:
                raise RuntimeError(f"localstripe did not answer on {self.base_url}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def register_webhook(
        self, url: str, *, secret: str, events: list[str] | None = None, id: str | None = None
    ) -> str:
        """Have localstripe POST `events` (all when empty) to `url`, signed with `secret`.

        Registering again with the same id replaces that webhook; returns the id.
        """
        id = id or uuid.uuid4().hex
        fields = [("url", url), ("secret", secret)]
        fields += [("events[]", event) for event in events or []]
        request = urllib.request.Request(
            f"{self.base_url}/_config/webhooks/{id}",
            data=urllib.parse.urlencode(fields).encode(),
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=5):
            return id

    def disable_webhook(self, id: str) -> None:
        """localstripe cannot delete a webhook: subscribe it to an event that never happens."""
        self.register_webhook("http://127.0.0.1:9/", secret="disabled", events=["none"], id=id)

    def flush(self) -> None:
        """Forget every object (payment intents, refunds…); webhooks stay registered."""
        request = urllib.request.Request(f"{self.base_url}/_config/data", method="DELETE")
        with urllib.request.urlopen(request, timeout=5):
            pass

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base_url}/js.stripe.com/v3/", timeout=1):
                return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def __enter__(self) -> "LocalStripe":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description="localstripe on 127.0.0.1, in memory.")
    parser.add_argument("--port", type=int, default=8420)
    port = parser.parse_args().port
    # localstripe reports requests and webhook deliveries on the "aiohttp.access" logger.
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    print(f"localstripe on http://{HOST}:{port} (Stripe.js: /js.stripe.com/v3/)", flush=True)
    serve(port)


if __name__ == "__main__":
    main()
