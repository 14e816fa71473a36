"""Files in and out (CSV/XLSX, iCalendar, PDF): domain objects to bytes and back, no database."""
