"""Which characters of a text are already claimed by a match: constant-time overlap tests.

Finders keep the first (or longest) match and skip later ones that overlap it. Testing each
new match against every earlier one is quadratic, which a long hostile text (thousands of
"F-16 F-16 …") turns into minutes; a byte per character keeps every test proportional to
the match's own length.
"""

from __future__ import annotations


class Coverage:
    def __init__(self, length: int) -> None:
        self._taken = bytearray(length + 1)

    def add(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def is_free(self, start: int, end: int) -> bool:
        """No character of ``[start, end)`` is taken."""
        return not any(self._taken[start:end])

    def is_taken(self, position: int) -> bool:
        return bool(self._taken[position])
