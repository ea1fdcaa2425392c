"""Numbers stage: units, Chinese and English numerals, the quantity parser and the cross-checker (pure)."""
