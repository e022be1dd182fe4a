"""The demo site: the 2021 edition «Shoku», its collectivités, objects and translations.

Not part of the site's package (pyproject.toml installs config and the apps only): the
content is data files (`data/`), loaded by `seed_demo`; the objects go through the
curators' own import service.
"""
