"""Everything bedside does around the engine: the CLI, sources of mail, output, and (later) the relay.

Depends on `bedside.checks`; the engine never imports from here.
"""
