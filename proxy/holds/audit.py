"""The append-only audit log: who did what to which held message, and which rules. Never identifiers."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path


class AuditLog:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()

    def record(self, action: str, held_id: str, actor: str, rules=(), **extra) -> None:
        entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "action": action,
                 "id": held_id, "actor": actor, "rules": list(rules), **extra}
        line = (json.dumps(entry, sort_keys=True) + "\n").encode()
        with self._lock:
            # O_APPEND: each record lands whole at the end, whoever else is writing.
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)

    def entries(self) -> list[dict]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text().splitlines() if line.strip()]
