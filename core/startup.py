"""What a server process does once, before its first request (config/wsgi.py).

gunicorn loads the application in its master (config/gunicorn.conf.py, preload_app) and
forks the workers from it: what is done here is done once for all of them.
"""

import gc


def settle():
    """Load the URLconf, which each worker would otherwise load on its first request, then
    put every object made so far out of the garbage collector's sight (`gc.freeze`).

    They live as long as the process, yet each full collection walked through all of them
    (some 300,000: 150 to 200 ms each time, bench/crowd_cold.py's first views spent a third
    of their time there). Frozen, they are also never written to by a worker's collector,
    so the memory pages the workers share with the master stay shared (Python's gc docs).
    """
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports every urls module)
    gc.freeze()
