"""The server's startup (config/wsgi.py, core/startup.py): what every worker inherits."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STARTUP = """
import gc, sys
import config.wsgi
print(gc.get_freeze_count(), "config.urls" in sys.modules, "shop.urls" in sys.modules)
"""


def test_the_server_loads_its_urls_and_puts_what_it_loaded_out_of_the_collectors_sight():
    """Loaded once in gunicorn's master, for every worker; frozen, so that no full
    collection walks through Django's and Wagtail's objects again."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", STARTUP], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    frozen, urls_loaded, app_urls_loaded = result.stdout.split()
    assert urls_loaded == app_urls_loaded == "True"
    # Django, Wagtail and the project: far more than a bare interpreter's few thousand.
    assert int(frozen) > 100_000, frozen
