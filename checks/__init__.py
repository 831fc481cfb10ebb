"""bedside's checking engine: bytes of one message in, findings and a verdict out.

Pure by design: no network, no disk writes, no global mutable state. The relay
(`bedside.proxy`) and the linter both call `Engine.check`.
"""

from .config import Config, load_config
from .engine import Engine
from .model import Action, Category, Finding, Location, Message, Report, Rule, Verdict

__all__ = [
    "Action", "Category", "Config", "Engine", "Finding", "Location", "Message",
    "Report", "Rule", "Verdict", "load_config",
]
