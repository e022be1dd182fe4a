"""Curators edit their own collectivité, the Éditeurs everything, «boutique» no page at all.

Through the admin's own views: a refusal is a 403 or a redirect to the dashboard, and the
database is checked to be exactly as before.
"""
