"""Places: China's administrative divisions, and the region an article is about."""
