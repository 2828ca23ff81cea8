"""Numbers taken from an address (``?chapter=12``, ``/chi-hoi/12/``) that the database can compare.

SQLite stops the query on an integer beyond 64 bits (OverflowError) and PostgreSQL on an offset
beyond them, so an id or offset outside that range is refused before any query is built.
"""

MAX_ID = 2**63 - 1  # the largest integer SQLite and PostgreSQL store (BigAutoField's top)


def database_int(value) -> int | None:
    """``value`` as an integer the database can take, or None (not a number, or out of range)."""
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if -MAX_ID - 1 <= number <= MAX_ID else None


class IdConverter:
    """``<id:name>`` in a URL pattern: digits that can be a database id, else no match (a 404)."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        number = database_int(value)
        if number is None:
            raise ValueError(value)
        return number

    def to_url(self, value) -> str:
        return str(value)
