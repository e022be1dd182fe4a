"""Logs never carry the token that opens an order's or a booking's page."""

import json
import logging

from core.logging import JsonFormatter

TOKEN = "Vx3kq9ZrT2b8Wm1nP0aL7cYd4Ef6Gh5J"


def formatted(name, message, args=None):
    record = logging.LogRecord(name, logging.WARNING, __file__, 1, message, args, None)
    return json.loads(JsonFormatter().format(record))


def test_a_django_request_log_keeps_the_path_but_not_the_token():
    entry = formatted("django.request", "Not Found: %s", (f"/fr/boutique/commande/{TOKEN}/",))
    assert entry["message"] == "Not Found: /fr/boutique/commande/…/"


def test_a_gunicorn_access_line_loses_the_token_in_every_field():
    atoms = {
        "m": "GET",
        "U": f"/fr/ateliers/reservation/{TOKEN}/annuler/",
        "q": "",
        "s": "200",
        "r": f"GET /fr/ateliers/reservation/{TOKEN}/annuler/ HTTP/1.1",
        "h": "127.0.0.1",
    }
    entry = formatted("gunicorn.access", '%(h)s "%(r)s" %(s)s', atoms)
    assert TOKEN not in json.dumps(entry)
    assert entry["path"] == "/fr/ateliers/reservation/…/annuler/"


def test_other_paths_are_left_alone():
    entry = formatted("django.request", "Not Found: /fr/2021-shoku/catalogue/")
    assert entry["message"] == "Not Found: /fr/2021-shoku/catalogue/"
