"""A loopback proxy in front of Redis that can stop answering, as a saturated or failing-over
server looks to the app: what bench/redis_stall.py and tests/exhibition/test_cache_outage.py
put between the site and Redis (core/redis_backend.py).
"""

import socket
import threading


class StallingProxy:
    """Forwards to Redis until `stall()`; from then on swallows what it is sent, as a
    server that no longer answers. Records each command it swallowed."""

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.stalled = threading.Event()
        self.swallowed = bytearray()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def stall(self):
        self.stalled.set()

    def answer_again(self):
        self.stalled.clear()

    def swallowed_commands(self) -> list[bytes]:
        """The command names in the swallowed bytes (RESP arrays of bulk strings)."""
        lines = bytes(self.swallowed).split(b"\r\n")
        return [lines[i + 2] for i, line in enumerate(lines) if line.startswith(b"*")]

    def close(self):
        self.listener.close()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            for source, target, outgoing in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(
                    target=self._pipe, args=(source, target, outgoing), daemon=True
                ).start()

    def _pipe(self, source, target, outgoing):
        try:
            while data := source.recv(65536):
                if self.stalled.is_set():
                    if outgoing:
                        self.swallowed += data
                    continue
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                end.close()
