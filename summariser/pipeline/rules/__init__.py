"""The offline rules engine: a summary from the text alone, no model endpoint (engine.py: RulesEngine)."""
