"""Small tables that thousands of pages point to, kept in each process's memory for the
current content generation, and attached to a page instead of joined into its query.

Every object page shows its collectivité (with its picture), its edition, its material,
its craft and its artisan. Joined into the object's own query, they made it a seven-table
join of some 150 columns: 3.5 ms a first view (1.5 of them PostgreSQL's planning), against
1 ms without. There are a few dozen such rows, shared by every object, and each changes
only with the site (a page published, a snippet or an image saved: core/caching.py starts
a new content generation). So each process reads a whole table once per generation and
hands the same instances to every page that points to them.

Only rows that change with the site belong here: a model whose saves do not start a new
generation would be served stale until the next one. A pk not found (a row created since,
in the same generation) is simply not attached: Django reads it on access, as before.
"""

from django.db import models

from core.caching import content_generation

# {(generation, model, select_related): {pk: row}}, the current generation's only. The
# generation is in the key so that a thread still serving an older request can never
# leave its rows under the new one (threaded servers: gthread, runserver).
_tables: dict = {}


def shared_rows(model: type[models.Model], select_related: tuple = ()) -> dict:
    """Every row of `model` by pk, with `select_related`, as of this content generation."""
    generation = content_generation()
    key = (generation, model, select_related)
    rows = _tables.get(key)
    if rows is None:
        rows = {row.pk: row for row in model._base_manager.select_related(*select_related)}
        for old in [k for k in list(_tables) if k[0] != generation]:
            _tables.pop(old, None)  # an older generation's rows may be outdated
        _tables[key] = rows
    return rows


def attach_shared_rows(instance: models.Model, relations: dict) -> None:
    """Set each foreign key named in `relations` ({name: its own select_related}) on
    `instance` from the shared rows, as select_related would have."""
    attached = {}
    for name, select_related in relations.items():
        field = instance._meta.get_field(name)
        value = getattr(instance, field.attname)
        if value is None:  # known to be empty, as select_related would say
            field.set_cached_value(instance, None)
            continue
        row = shared_rows(field.related_model, tuple(select_related)).get(value)
        if row is not None:
            field.set_cached_value(instance, row)
            attached[name] = select_related
    if attached:
        instance._shared_relations = attached


class SharedRowsPickling:
    """A model whose instances are kept in the cache (routing keeps the page it found)
    without the shared rows attached to them: they are attached again when unpickled.
    They were about half of a cached object page (its collectivité, edition, material,
    craft and artisan, 8 of 20 KiB), pickled twice on each first view."""

    def __getstate__(self):
        state = super().__getstate__()
        attached = state.get("_shared_relations")
        if attached:
            cached = state["_state"].fields_cache  # a copy (Model.__getstate__)
            for name in attached:
                cached.pop(name, None)
        return state

    def __setstate__(self, state):
        super().__setstate__(state)
        attached = self.__dict__.get("_shared_relations")
        if attached:
            attach_shared_rows(self, attached)
