"""Text stage: decoding, cleaning (plain text and HTML), traditional to simplified, chunking."""
