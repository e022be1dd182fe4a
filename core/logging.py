"""One JSON object per log line, for production's stdout.

A log collector (journald, Docker, a hosting platform) then indexes fields instead of
parsing prose. Forty lines of our own rather than a dependency: all we need is
`json.dumps` of a few record attributes, plus the two places where Django and gunicorn
hide the request (`record.request` for django.request, the atoms dict that gunicorn passes
as `record.args` for its access log). Order and booking tokens are taken out of every field.
"""

import datetime
import json
import logging
import re

# gunicorn's access-log atoms worth a field of their own (see gunicorn.glogging.atoms).
ACCESS_ATOMS = {
    "m": "method",
    "U": "path",
    "q": "query",
    "s": "status",
    "B": "bytes",
    "h": "remote",
}


# An order's or a booking's page is reached by the unguessable token in its URL: whoever
# reads the logs must not be able to open it. The token is replaced wherever it appears.
SECRET_PATH = re.compile(r"(/(?:commande|atelier|reservation)/)[A-Za-z0-9_-]{16,}")


def redact(text):
    return SECRET_PATH.sub(r"\1…", text) if isinstance(text, str) else text


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["method"] = request.method
            entry["path"] = request.path
        if hasattr(record, "status_code"):
            entry["status"] = record.status_code
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            entry.update(_access_fields(record.args))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(
            {name: redact(value) for name, value in entry.items()}, ensure_ascii=False, default=str
        )


def _access_fields(atoms: dict) -> dict:
    fields = {name: atoms.get(atom) for atom, name in ACCESS_ATOMS.items()}
    if fields["status"] is not None:
        fields["status"] = int(fields["status"])
    fields["duration_ms"] = atoms.get("M")
    fields["user_agent"] = atoms.get("a")
    return {name: value for name, value in fields.items() if value not in (None, "", "-")}


def json_stdout_config(*, level: str, loggers: dict) -> dict:
    """A logging dictConfig writing every record as one JSON line on stdout; `loggers` are
    its loggers, named handlers given as ["stdout"]. Used by production's settings and by
    gunicorn's own logging (config/gunicorn.conf.py)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "core.logging.JsonFormatter"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stdout",
            }
        },
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": loggers,
    }
