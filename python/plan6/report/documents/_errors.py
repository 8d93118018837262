"""The error of a document plan6 cannot read: one sentence naming the file and the reason.

>>> str(DocumentError("report.pdf", "encrypted (password protected)"))
'report.pdf: encrypted (password protected)'
"""

from __future__ import annotations

from ..._core import ParseError

__all__ = ["DocumentError"]


class DocumentError(ParseError):
    """A document that is not one plan6 reads: an image-only or encrypted PDF, a binary file,
    text in an encoding that cannot be told. A :class:`plan6.ParseError`, so a ValueError.

    ``source`` is the file (or ``<bytes>``) and ``reason`` what was wrong with it.

    >>> error = DocumentError("scan.pdf", "no text layer")
    >>> isinstance(error, ValueError), error.source, error.reason
    (True, 'scan.pdf', 'no text layer')
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        return (type(self), (self.source, self.reason))
