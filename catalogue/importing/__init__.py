"""Bulk import and export of craft objects as CSV or XLSX spreadsheets.

A curator receives the objects of a collectivité as a spreadsheet (and their photos as a
ZIP): `services.objects_import` creates or updates the French `CraftObjectPage`s through
Wagtail's own page actions (permissions, revisions, drafts), one row at a time.
`export.objects_export` writes the same columns, so an export imports back unchanged.
"""
