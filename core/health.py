"""Operations endpoints: the load balancer's health check, and the benchmark's floor."""

import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    # A key of our own per call: two servers checking at once never read each other's value.
    key = f"health:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=5)
    try:
        if cache.get(key) != "ok":
            raise RuntimeError("the cache did not return the value just written")
    finally:
        cache.delete(key)


CHECKS = {"database": _check_database, "cache": _check_cache}
# Without the database no page can be served: the load balancer must take this server
# out. Without Redis pages are rendered from the database, slower (core/redis_backend.py):
# taking every server out for it would turn a slow site into no site.
CRITICAL = {"database"}


@never_cache
def health(request):
    """200 when this server can serve: «ok», or «degraded» when only the cache does not
    answer; 503 («error») when the database does not.

    The answer names each check and its state only: exception messages may hold host
    names or credentials, so they go to the server's log, never to the response.
    """
    checks = {}
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            checks[name] = {"status": "error"}
        else:
            checks[name] = {"status": "ok"}
        checks[name]["ms"] = round((time.monotonic() - started) * 1000, 1)
    failed = {name for name, check in checks.items() if check["status"] != "ok"}
    serving = not failed & CRITICAL
    body = {"status": "error" if not serving else "degraded" if failed else "ok"}
    body["checks"] = checks
    if serving:
        body["mail"] = _mail_state()
    return JsonResponse(body, status=200 if serving else 503)


def _mail_state():
    """Emails still not sent EMAIL_LATE_MINUTES after they were queued (a mail server down,
    a worker stopped, a message stuck «sending»): for monitoring, never a 503, since taking
    the servers out of the load balancer would not bring the mail server back."""
    from core.mail.outbox import late_count

    try:
        late = late_count(settings.EMAIL_LATE_MINUTES)
    except Exception:
        # Only information: a database not migrated yet must not fail the health check.
        logger.exception("Health check could not count the late emails")
        return {"status": "unknown"}
    return {"status": "late" if late else "ok", "late": late}


def bench_floor(request):
    """A constant response through the whole middleware stack and gunicorn.

    bench/run.py compares pages against it: it is the most any page of this site could
    do on the same server. Routed only when BENCH_FLOOR is set (config/urls.py).
    """
    return HttpResponse(b"ok\n", content_type="text/plain")
