"""Getting calendars onto delegates' phones: CalDAV publishing, iTIP e-mail, stored passwords.

The only importers of ``caldav``, ``smtplib`` and ``keyring``. Nothing here reads or writes the
plan: services hand over bytes and addresses and record what came back (ETags, what was sent).
"""
