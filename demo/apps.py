from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Installed in development and tests only: it brings the `seed_demo` command."""

    name = "demo"
    verbose_name = "Démo"
