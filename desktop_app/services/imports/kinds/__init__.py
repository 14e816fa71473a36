"""One importer per kind of file: the rows of markets, places, people, stays, projects, programme."""
