"""Varnish in front of a running site, until Ctrl-C: to try the shared cache on one machine.

    .venv/bin/python deploy/varnish/run.py --backend 127.0.0.1:8000 --port 6081

Then run the site with HTTP_CACHE_PURGE_URLS=http://127.0.0.1:6081 and browse port 6081.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from deploy.varnish.launcher import Varnish  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="127.0.0.1:8000", help="host:port du site")
    parser.add_argument("--port", type=int, default=6081)
    parser.add_argument("--purger", action="append", default=[], help="adresse qui peut purger")
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args(argv)
    with Varnish(args.backend, args.port, args.workdir, purgers=tuple(args.purger)) as varnish:
        print(f"Varnish sur {varnish.url} devant {args.backend} (Ctrl-C pour arrêter)", flush=True)
        try:
            while varnish.process.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
