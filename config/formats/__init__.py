"""Dates and times as each language of the site writes them (FORMAT_MODULE_PATH).

Only what differs from Django's own locale formats is here; everything else falls through
to them. Templates name the format (`|date:"DATETIME_FORMAT"`, `|time:"TIME_FORMAT"`)
rather than spelling a pattern, so that an English or Japanese page never prints a French
«14 h 00»:

- fr: «6 mars 2021, 14 h 00» (non-breaking spaces around the «h»);
- en: «March 6, 2021, 2:00 p.m.»;
- ja: «2021年3月6日 14:00».
"""
