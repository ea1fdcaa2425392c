"""The model engine: a summary from an OpenAI-compatible endpoint (engine.py: ModelEngine), with its chat
messages, the marked extraction, the merge of the chunks' answers and the answer cache."""
