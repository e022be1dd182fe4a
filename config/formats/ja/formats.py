# Django's Japanese glues the time to the date («2021年3月6日14:00»): a space between them.
DATETIME_FORMAT = "Y年n月j日 G:i"
