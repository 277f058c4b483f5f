"""Where a record is kept: memory (JSON files), SQLite or PostgreSQL, behind one interface."""
