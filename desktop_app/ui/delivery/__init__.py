"""Delivery in the window: Delivery → Publish calendars… / Send invitations… (one dialog), and
the delegates' "changes not yet sent" column (``delivery_rows``)."""
