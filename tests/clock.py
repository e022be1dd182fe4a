"""The clock of a test, set to a Paris date and hour and standing still (time-machine):
sales close at midnight in Paris (exhibition/sales.py), whatever the server's zone."""

import datetime
from zoneinfo import ZoneInfo

import time_machine

PARIS = ZoneInfo("Europe/Paris")


def on(day: datetime.date, hour: int = 12):
    """`with on(date(2030, 6, 30), hour=23): …` runs at 23 h in Paris that day."""
    moment = datetime.datetime(day.year, day.month, day.day, hour, tzinfo=PARIS)
    return time_machine.travel(moment, tick=False)
