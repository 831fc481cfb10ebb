"""`bedside db`: the hold queue's schema and moving a queue between stores.

  bedside db status                     schema version of [store] url, and what this bedside needs
  bedside db upgrade                    apply the missing migrations (any node, once; safe to repeat)
  bedside db copy --from URL --to URL   copy held messages, queued notices and the audit log
                                        (e.g. sqlite:///var/hold.sqlite3 -> postgresql://...)
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_commands(sub, config_option) -> None:
    db = sub.add_parser("db", help="hold queue schema: status, upgrade, copy",
                        description="Show or upgrade the hold queue's schema ([store] url), or copy a queue, "
                                    "its notices and audit log from one store to another.")
    config_option(db)
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    actions.add_parser("status", help="schema version of the queue and what this bedside needs")
    actions.add_parser("upgrade", help="apply the schema migrations this queue lacks")
    copy = actions.add_parser("copy", help="copy held messages, notices and the audit log to another store")
    copy.add_argument("--from", dest="source", default="", metavar="URL",
                      help="sqlite:///FILE or postgresql://... (default: [store] url)")
    copy.add_argument("--to", dest="target", required=True, metavar="URL")
    db.set_defaults(func=cmd_db)


def cmd_db(args) -> int:
    from bedside.proxy.cli.cli import _serve_settings
    from bedside.proxy.holds.store import open_queue

    _, settings = _serve_settings(args)
    if args.db_command in ("status", "upgrade"):
        queue = open_queue(settings, create=args.db_command == "upgrade", check_schema=False)
        try:
            if args.db_command == "upgrade":
                applied = queue.upgrade()
                have, need = queue.schema_status()
                print(f"{_where(queue)}: schema version {have}"
                      + (f" (applied {', '.join(map(str, applied))})" if applied else " (already up to date)"))
                return EXIT_OK
            have, need = queue.schema_status()
            print(f"{_where(queue)}: schema version {have}; this bedside needs {need}"
                  + ("" if have == need else ": run `bedside db upgrade`"))
            return EXIT_OK if have == need else EXIT_FAIL
        finally:
            queue.close()
    return copy(settings, args.source, args.target)


def copy(settings, source_url: str, target_url: str) -> int:
    from bedside.proxy.holds.store import open_queue

    source = open_queue(settings, create=False, url=source_url or settings.store_url)
    try:
        target = open_queue(settings, url=target_url)
    except BaseException:
        source.close()
        raise
    try:
        if not hasattr(target, "import_rows"):
            print("bedside: db copy writes to a PostgreSQL store (--to postgresql://...)", file=sys.stderr)
            return EXIT_USAGE
        audit = source.audit_log(Path(source.path).parent / "audit.log" if source.backend == "sqlite" else None)
        from bedside.proxy.holds.store import SHARED_COPY  # the web app's accounts and the relays' figures

        shared = {t: source.export_rows(t) for t in SHARED_COPY} if source.backend == "sqlite" else None
        held, notices, entries = target.import_rows(source.export_rows("held"), source.export_rows("notices"),
                                                    audit.entries(), shared=shared)
        print(f"copied {held} held message{'s' * (held != 1)}, {notices} notice{'s' * (notices != 1)} and "
              f"{entries} audit record{'s' * (entries != 1)} from {_where(source)} to {_where(target)}")
        if shared:
            print("also copied: " + ", ".join(f"{t} {n}" for t, n in target.copied_shared.items()))
        return EXIT_OK
    finally:
        source.close()
        target.close()


def _where(queue) -> str:
    return getattr(queue, "where", None) or str(queue.path)
