"""Default configuration and word lists for bedside (data, read with importlib.resources)."""
