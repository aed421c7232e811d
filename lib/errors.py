"""Typed exceptions raised by :mod:`lib` for bad input.

Every exception carries a ``user_message``: one plain sentence the page can show as is. The pages
catch :class:`ParleyError` and never show a traceback; the CLI prints the message and exits with 2.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error Parley raises on purpose.

    ``str(err)`` is the same text as ``err.user_message``: a short sentence for a reader, no jargon.
    """

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class ArticleNotFoundError(ParleyError, FileNotFoundError):
    """The article file does not exist or cannot be read."""


class EmptyArticleError(ParleyError, ValueError):
    """The article has no words (empty file, only whitespace, or only a header)."""


class BinaryInputError(ParleyError, ValueError):
    """The input is not text (NUL bytes, an image, a PDF, undecodable bytes)."""


class ArticleTooLongError(ParleyError, ValueError):
    """The article is longer than :data:`lib.article.MAX_CHARS` characters."""


class NotEnglishError(ParleyError, ValueError):
    """The article does not look like English; Parley's rules and model are for English news."""


class InvalidDateError(ParleyError, ValueError):
    """A publication date is not a real calendar date in ``YYYY-MM-DD`` form."""


class GoldFormatError(ParleyError, ValueError):
    """A gold annotation file (JSON or brat ``.ann``) cannot be read by ``python -m lib evaluate``."""
