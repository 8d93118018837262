"""Display options: the language of labels and headers in tables, charts and reports.

``plan6.options`` is one :class:`Options` object (as ``pandas.options`` is): set an option
for the session, or for a block with :meth:`Options.context`.

>>> import plan6
>>> plan6.options.language
'en'
>>> with plan6.options.context(language="ja"):
...     plan6.options.language
'ja'
>>> plan6.options.language = "fr"
Traceback (most recent call last):
...
ValueError: plan6.options.language must be 'en' or 'ja', not 'fr'
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

__all__ = ["LANGUAGES", "Language", "Options", "options"]

Language = Literal["en", "ja"]

#: The languages labels and headers can be shown in.
LANGUAGES: tuple[Language, ...] = ("en", "ja")


class Options:
    """Session-wide display options.

    Attributes
    ----------
    language
        ``"en"`` (default, or as the environment variable ``PLAN6_LANGUAGE`` says):
        English headers; Japanese names and category labels are kept and each category
        gets an English gloss. ``"ja"``: Japanese headers and labels only.
    max_rows
        The most table rows a rich display shows before it elides the middle (default 60).
    """

    __slots__ = ("_language", "_max_rows")

    def __init__(self) -> None:
        # The environment sets the language of a session or a command: PLAN6_LANGUAGE=ja.
        chosen = os.environ.get("PLAN6_LANGUAGE", "en").strip().lower() or "en"
        if chosen not in LANGUAGES:
            warnings.warn(
                f"PLAN6_LANGUAGE must be 'en' or 'ja', not {chosen!r}: using 'en'",
                UserWarning,
                stacklevel=2,
            )
        self._language: Language = "ja" if chosen == "ja" else "en"
        self._max_rows = 60

    @property
    def language(self) -> Language:
        """The display language, ``"en"`` or ``"ja"``."""
        return self._language

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"plan6.options.language must be 'en' or 'ja', not {value!r}")
        self._language = "ja" if value == "ja" else "en"

    @property
    def max_rows(self) -> int:
        """The most rows a rich table display shows (the middle is elided beyond it)."""
        return self._max_rows

    @max_rows.setter
    def max_rows(self, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"plan6.options.max_rows must be an int, not {type(value).__name__}")
        if value < 2:
            raise ValueError(f"plan6.options.max_rows must be at least 2, not {value}")
        self._max_rows = value

    @contextmanager
    def context(
        self, *, language: str | None = None, max_rows: int | None = None
    ) -> Iterator[Options]:
        """Set options for a ``with`` block; the previous values come back after it.

        >>> import plan6
        >>> with plan6.options.context(language="ja", max_rows=10) as opts:
        ...     (opts.language, opts.max_rows)
        ('ja', 10)
        >>> plan6.options.max_rows
        60
        """
        saved = (self._language, self._max_rows)
        try:
            if language is not None:
                self.language = language
            if max_rows is not None:
                self.max_rows = max_rows
            yield self
        finally:
            self._language, self._max_rows = saved

    def __repr__(self) -> str:
        return f"plan6.options(language={self._language!r}, max_rows={self._max_rows})"


#: The session's options (``plan6.options``).
options = Options()
