"""The demo says it is one: `seed_demo` turns on the notice of core.models.DemoContentSettings
(a banner on every page, a line on object and workshop pages).

It does so on a database that has no such setting yet, or when this run added demo content;
a site whose staff turned the notice off keeps it off when a re-run adds nothing.
"""

from collections.abc import Callable

from core.models import DemoContentSettings


def seed_demo_notice(*, created: int, report: Callable[[str], None] = lambda line: None) -> int:
    """1 if the notice was turned on, else 0."""
    setting = DemoContentSettings.objects.first()
    if setting is not None and (setting.show_notice or not created):
        return 0
    setting = setting or DemoContentSettings()
    setting.show_notice = True
    setting.save()
    report("Bandeau «\u00a0Site de démonstration\u00a0»")
    return 1
