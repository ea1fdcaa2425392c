"""The library's exceptions: one root, so callers can catch everything summariser raises."""


class SummariserError(Exception):
    """Root of every error summariser raises."""
