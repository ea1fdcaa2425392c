"""From a document to its summary: two engines, each in its own subpackage and neither importing the
other (rules/: the offline rules engine; model/: the model engine), joined here by what both use: the
figures read by rules (figures.py, indicators.py), assembly (assemble.py) and the engine's choice (engines.py)."""
