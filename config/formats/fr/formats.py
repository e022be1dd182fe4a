# French typography: «14 h 00», never «14:00»; the spaces around «h» do not break.
TIME_FORMAT = "H\u00a0\\h\u00a0i"
DATETIME_FORMAT = "j F Y, H\u00a0\\h\u00a0i"
