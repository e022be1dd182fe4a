"""gunicorn for production: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

Every value comes from the environment a host sets (WEB_CONCURRENCY, PORT…), with
defaults sized for a 2-core server behind a load balancer.
"""

import os

from core.logging import json_stdout_config

_host = os.environ.get("HOST", "0.0.0.0")
bind = os.environ.get("GUNICORN_BIND", f"{_host}:{os.environ.get('PORT', '8000')}")

# Sync workers: pages are CPU-bound (templates, ORM), so one process per core is the
# throughput optimum; the load balancer in front buffers slow clients.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync" if threads == 1 else "gthread")

# A request stuck for 30 s is a bug; a deploy gives in-flight requests as long to finish.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Only gthread workers keep connections open. Longer than the load balancer's idle timeout
# (60 s on most), so that the balancer closes first and never reuses a socket we closed.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "75"))
# Recycling workers bounds the memory any slow leak can take; jitter avoids all at once.
# Not too often: a new worker starts with empty local caches (compiled templates, the
# local copy of the content cache, core/shared_rows.py). At 5,000 both workers of the
# crowd bench were replaced every 40 s, together, and each time the site stalled 2 s.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "5000"))
# Workers fork from a master that has imported Django and the project: a new worker
# serves at once rather than spending 1.5 s importing it.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() != "false"


def post_fork(server, worker):
    # A connection the master may have opened while loading is never shared by workers.
    # (redis-py's pools notice the fork by themselves.)
    from django.db import connections

    connections.close_all()


# X-Forwarded-* are trusted from these addresses only (the load balancer).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# Workers heartbeat through this directory; /dev/shm avoids stalls on slow container disks.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# gunicornc's control socket lives in $HOME by default: two servers on one machine
# (a bench beside a staging site) would fight over it.
control_socket_disable = True

# Access and error logs as JSON lines on stdout, like Django's (core/logging.py);
# GUNICORN_ACCESS_LOG=false leaves access logging to the load balancer.
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "true").lower() != "false" else None
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# gunicorn merges this over its own defaults, whose root logger names its own handler.
logconfig_dict = json_stdout_config(
    level="INFO",
    loggers={
        "gunicorn.error": {"handlers": ["stdout"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {
            "handlers": ["stdout"] if accesslog else [],
            "level": "INFO",
            "propagate": False,
        },
    },
)
