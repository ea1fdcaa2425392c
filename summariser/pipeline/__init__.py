"""From a document to its summary: the offline rules engine, the model engine, merge, assembly, cache, lane."""
