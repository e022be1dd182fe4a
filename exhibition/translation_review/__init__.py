"""Curators translate their own pages and submit the translations to the review workflow.

wagtail-localize 1.14 knows no workflow: its translation editor offers «Publish in …» to
those who may publish and nothing to anyone else, and its «Translate this page» is for
holders of a global permission. This package fills that gap without forking it:

- `views.py`: «Traduire cette page» for whoever may edit the page (a collectivité's
  curators on their own pages, the Éditeurs everywhere), the new translation a draft;
- `workflow.py`: a translation saved as a draft revision, never onto the live page, then
  submitted to the page's workflow like any other change;
- `status.py`: which translations are out of date (`exhibition.translation.selectors`)
  and whether a new version awaits review;
- `wagtail_hooks.py`: the editor's «Soumettre à la relecture», the out-of-date notices.
"""
