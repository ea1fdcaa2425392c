"""The library's exceptions: one root, so callers can catch everything summariser raises."""


class SummariserError(Exception):
    """Root of every error summariser raises."""


class InputError(SummariserError):
    """The input cannot be read as an article: binary data, undecodable bytes, unsupported format."""
