"""Structured logs: one JSON object a line on stderr. Callers pass counts, codes and domains, never
addresses or message text, so nothing identifying reaches a log file."""

from __future__ import annotations

import json
import logging
import sys
import time


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
                 "level": record.levelname.lower(), "event": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["error"] = f"{record.exc_info[0].__name__}"
        return json.dumps(entry, sort_keys=False)


def setup(level: str = "INFO") -> logging.Logger:
    logger = logging.getLogger("bedside")
    logger.handlers.clear()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    # aiosmtpd logs client commands at debug and peers at info; keep its chatter out.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    return logger


def event(logger: logging.Logger, name: str, **fields) -> None:
    logger.info(name, extra={"fields": fields})


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower() if "@" in address else ""
