# Django's English prints «Feb. 6, 2021, 2 p.m.»: the month in full and the minutes always,
# as the exhibition's English texts write them («February 6, 2021, 2:00 p.m.»).
DATE_FORMAT = "F j, Y"
TIME_FORMAT = "g:i a"
DATETIME_FORMAT = "F j, Y, g:i a"
