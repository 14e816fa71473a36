"""The Roster section: booth-duty shifts per stand and day, interpreters beside them, the roster solver."""
