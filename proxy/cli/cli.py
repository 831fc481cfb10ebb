"""The `bedside` command: check, rules, explain (and serve, held for the relay)."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import textwrap
from pathlib import Path

from bedside.checks import Category, Engine, load_config
from bedside.checks.config import ConfigError, validate_rule_codes
from bedside.checks.registry import RegistryError, all_rules, find_rule

from bedside.proxy.cli import output
from bedside.proxy.reports import as_json, safe_text
from bedside.proxy.cli.batch import WorkerDied, run
from bedside.proxy.settings import EngineSpec
from bedside.proxy.cli.sources import expand

EXIT_OK, EXIT_HELD, EXIT_USAGE = 0, 1, 2
# Where the site config is found when no --config is given: $BEDSIDE_CONFIG, then this file.
SITE_CONFIG = Path("/etc/bedside/bedside.toml")


def _codes(value: str) -> list[str]:
    return [c.strip().upper() for c in value.split(",") if c.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bedside",
        description="Email safety checks for medical students: patient details, offensive and "
                    "defamatory language, university documents and etiquette.")
    parser.add_argument("--version", action="version", version=f"bedside {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check .eml files, directories, mbox files or stdin",
                           description="Check messages and report findings. Exit status: 0 nothing would "
                                       "be held, 1 something would be held, 2 usage error or unreadable input.")
    check.add_argument("paths", nargs="+", metavar="PATH", help=".eml file, directory (recursive), mbox file, or - for stdin")
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="text (default) or json: JSON Lines, one object per message")
    check.add_argument("--select", type=_codes, default=None, metavar="CODES",
                       help="only these rule codes or prefixes, comma-separated (e.g. PAT,OFF001)")
    check.add_argument("--ignore", type=_codes, default=None, metavar="CODES",
                       help="skip these rule codes or prefixes, comma-separated")
    _config_option(check)
    check.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                       help="worker processes (default: all cores)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour text output (default: when writing to a terminal)")
    check.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="list every rule", description="List every rule with its code, "
                           "category, action in force and message.")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    _config_option(rules)
    rules.set_defaults(func=cmd_rules)

    explain = sub.add_parser("explain", help="print one rule's explanation",
                             description="Print what a rule flags, why it matters and how to fix it.")
    explain.add_argument("code", help="rule code, e.g. PAT001")
    _config_option(explain)
    explain.set_defaults(func=cmd_explain)

    serve = sub.add_parser("serve", help="run the outbound SMTP relay",
                           description="Check every message; deliver clean mail upstream (or to the local "
                                       "outbox), hold suspect mail and tell the sender why.")
    _config_option(serve)
    serve.add_argument("--check-config", action="store_true",
                       help="validate the configuration, TLS files, credentials and templates, then exit")
    serve.set_defaults(func=cmd_serve)

    milter = sub.add_parser("milter", help="run bedside as a Postfix milter",
                            description="Check every message Postfix hands over the milter protocol ([milter] "
                                        "listen); hold or reject suspect mail, let Postfix deliver the rest.")
    _config_option(milter)
    milter.add_argument("--check-config", action="store_true", help="validate the configuration, then exit")
    milter.set_defaults(func=cmd_milter)

    held = sub.add_parser("held", help="review the hold queue",
                          description="List, read, release, reject and purge held messages. Every action "
                                      "is written to the audit log.")
    _config_option(held)
    held.add_argument("--reviewer", help="name recorded in the audit log (default: your login name)")
    held_sub = held.add_subparsers(dest="held_command", metavar="ACTION", required=True)
    listing = held_sub.add_parser("list", help="list held messages")
    listing.add_argument("--all", action="store_true", help="include released and rejected messages")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    show = held_sub.add_parser("show", help="show one held message's findings")
    show.add_argument("id")
    show.add_argument("--raw", action="store_true", help="print the message itself (audited)")
    for name, text in (("release", "deliver the original message unchanged"),
                       ("reject", "refuse it for good and tell the sender")):
        action = held_sub.add_parser(name, help=text)
        action.add_argument("id")
    purge = held_sub.add_parser("purge", help="delete held messages past retention")
    purge.add_argument("--older-than", default=None, metavar="AGE",
                       help="e.g. 30d, 12h, 2w (default: serve.retention_days)")
    held.set_defaults(func=cmd_held)

    passwd = sub.add_parser("passwd", help="print a credentials-file line for SMTP AUTH",
                            description="Read a password from stdin and print 'USER:argon2-hash' for "
                                        "the [auth] credentials_file.")
    passwd.add_argument("user")
    passwd.set_defaults(func=cmd_passwd)

    keygen = sub.add_parser("keygen", help="print a new key for [store] encryption_key_file",
                            description="Print a new Fernet key. Save it to a file only the service user "
                                        "can read and name that file in [store] encryption_key_file.")
    keygen.set_defaults(func=cmd_keygen)

    from bedside.proxy.cli.webcli import add_commands  # bedside web, users, tokens (proxy/web/)
    add_commands(sub, _config_option)
    from bedside.proxy.cli.dbcli import add_commands as add_db_commands  # bedside db status|upgrade|copy
    add_db_commands(sub, _config_option)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bedside")
    except PackageNotFoundError:  # run from a checkout without installing
        return "unknown (not installed)"


def _config_option(parser: argparse.ArgumentParser) -> None:
    # Shown in each command's help; main() takes --config out of the arguments wherever it is
    # (before or after `held list`), so argparse never sees it.
    parser.add_argument("--config", action="append", default=[], metavar="FILE",
                        help="site config layered over the defaults (repeatable; later files win; "
                             f"default: $BEDSIDE_CONFIG, else {SITE_CONFIG} if it exists)")


def take_config(argv: list[str]) -> tuple[list[str], list[str]]:
    """(argv without its --config options, the config files they name), at any position."""
    rest, found = [], []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg == "--config" and i + 1 < len(argv):
            found.append(argv[i + 1])
            i += 2
            continue
        if arg.startswith("--config="):
            found.append(arg.split("=", 1)[1])
        else:
            rest.append(arg)
        i += 1
    return rest, found


def site_configs(given: list[str]) -> list[str]:
    """The config files in force: --config, else $BEDSIDE_CONFIG (paths separated by ':'), else
    /etc/bedside/bedside.toml when it exists, else none (the embedded defaults alone)."""
    if given:
        return given
    env = os.environ.get("BEDSIDE_CONFIG", "").strip()
    if env:
        return [p for p in env.split(os.pathsep) if p]
    return [str(SITE_CONFIG)] if SITE_CONFIG.is_file() else []


def _load(args, overrides: dict | None = None, rules=None):
    """The config, with every rule code it names checked against the rules that exist."""
    config = load_config(*args.config, overrides=overrides)
    validate_rule_codes(config, [r.code for r in (rules if rules is not None else all_rules())], list(Category))
    return config


def _check_codes(option: str, codes: list[str] | None, rules) -> None:
    if not codes:
        return  # the usual case
    known = [r.code for r in rules]
    for prefix in codes:
        if not any(code.startswith(prefix) for code in known):
            raise ConfigError(f"{option} {prefix}: no rule code starts with {prefix!r} (`bedside rules` lists them)")


def _overrides(args) -> dict:
    rules = {}
    if getattr(args, "select", None) is not None:
        rules["select"] = args.select
    if getattr(args, "ignore", None) is not None:
        rules["ignore"] = args.ignore
    return {"rules": rules} if rules else {}


def cmd_check(args) -> int:
    # Checking allocates many short-lived objects and makes few reference cycles: the youngest
    # generation collected every 10,000 allocations, not 700, takes the collector's share of one
    # file's check from ~0.026 to ~0.005 s CPU (of the 800 real ham ~0.11 -> ~0.03 s, for 3 MB more peak memory).
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], 10_000), *threshold[1:])
    try:
        return _check(args)
    finally:
        gc.set_threshold(*threshold)


def _check(args) -> int:
    rules = all_rules()  # once: each call reads the installed packages' entry points again
    _check_codes("--select", args.select, rules)
    _check_codes("--ignore", args.ignore, rules)
    overrides = _overrides(args)
    engine = Engine(_load(args, overrides, rules), rules)  # fail fast on a bad config, before reading any mail
    spec = EngineSpec(tuple(args.config), tuple((k, tuple(v.items())) for k, v in overrides.items()))
    skipped: list[str] = []
    items = list(expand(args.paths, skipped))
    if skipped:
        # Not errors (a folder of mail may hold notes too), but the user should know what was left out.
        shown = ", ".join(safe_text(p) for p in skipped[:3]) + (" ..." if len(skipped) > 3 else "")
        print(f"bedside check: skipped {len(skipped)} file{'s' * (len(skipped) != 1)} without a mail suffix "
              f"(.eml, .msg, .mail, .mbox) outside Maildir folders: {shown}", file=sys.stderr)
    progress = output.Progress(len(items))
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    writer = output.TextWriter(colour)
    render = as_json if args.format == "json" else writer
    tally = output.Tally()
    try:
        for result in run(items, spec, args.jobs, render, engine):
            tally.add(result)
            progress.step()
            sys.stdout.write(result.text)
    except WorkerDied as exc:
        progress.close()
        print(f"bedside check: {exc} after {tally.messages + tally.errors} of {len(items)} inputs; "
              "run again with --jobs 1 to see which message stops it", file=sys.stderr)
        return EXIT_USAGE
    progress.close()
    if args.format == "text":
        sys.stdout.write(writer.summary(tally))
    if tally.errors:
        return EXIT_USAGE
    return EXIT_HELD if tally.verdicts[output.Verdict.HOLD] else EXIT_OK


def cmd_rules(args) -> int:
    engine = Engine(_load(args))
    active = {r.code for r in engine.rules}
    rows = []
    for rule in all_rules():
        action = engine.config.action_for(rule.code, rule.category, rule.action)
        rows.append({"code": rule.code, "name": rule.name, "category": str(rule.category),
                     "action": str(action), "default_action": str(rule.action),
                     "enabled": rule.code in active, "message": rule.message})
    if args.format == "json":
        for row in rows:
            print(json.dumps(row))
        return EXIT_OK
    for row in rows:
        state = row["action"] if row["enabled"] else "off"
        print(f"{row['code']}  {row['category']:<10}  {state:<4}  {row['name']:<32}  {row['message']}")
    return EXIT_OK


def cmd_explain(args) -> int:
    config = _load(args)
    rule = find_rule(args.code, all_rules())
    if rule is None:
        print(f"bedside: no rule {args.code.upper()!r}; `bedside rules` lists them", file=sys.stderr)
        return EXIT_USAGE
    action = config.action_for(rule.code, rule.category, rule.action)
    wrap = lambda text: textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    print(f"{rule.code} {rule.name}  [{rule.category}, {action}]")
    print(f"{rule.message}\n")
    print("What it flags\n" + wrap(rule.explanation.what) + "\n")
    print("Why it matters\n" + wrap(rule.explanation.why) + "\n")
    print("How to fix it\n" + wrap(rule.explanation.how))
    return EXIT_OK


def _serve_settings(args):
    from bedside.proxy.settings import load_serve_settings

    config = _load(args)
    return config, load_serve_settings(config)


def cmd_serve(args) -> int:
    import asyncio

    from bedside.proxy import logs
    from bedside.proxy.relay.server import Server, serve_forever

    config, settings = _serve_settings(args)
    spec = EngineSpec(tuple(args.config))
    engine = Engine(config)
    if args.check_config:
        from bedside.proxy.relay.credentials import Credentials

        settings.tls_context()
        from bedside.proxy.settings import check_listen
        check_listen(settings)  # a listen address already in use is an error now, not at start
        if settings.credentials_file:
            Credentials.load(settings.credentials_file)
        _check_queue_and_templates(config, settings)
        target = (f"{settings.upstream.host}:{settings.upstream.port}" if settings.upstream.enabled
                  else f"local outbox {settings.data_dir / 'outbox'}")
        print(f"configuration OK: {len(engine.rules)} rules; listening on "
              f"{', '.join(f'{h}:{p}' for h, p in settings.listen)}; delivering to {target}; "
              f"hold queue in {settings.data_dir}")
        return EXIT_OK
    from bedside.proxy.relay.allocator import keep_reads_off_mmap

    logger = logs.setup()
    keep_reads_off_mmap()
    asyncio.run(serve_forever(Server(settings, spec, engine, logger)))
    return EXIT_OK


def _check_queue_and_templates(config, settings) -> None:
    """What `serve --check-config` and `milter --check-config` both validate: the store's key, the
    hold queue itself when it exists (a damaged queue or an old schema), the notice templates."""
    from bedside.proxy.holds.explain import Explainer, template_dir_from
    from bedside.proxy.holds.store import load_key, open_queue, store_target

    load_key(settings.encryption_key_file)
    kind, where = store_target(settings.store_url, settings.data_dir, settings.base_dir)
    if kind == "postgresql" or Path(where).exists():
        open_queue(settings, create=False).close()
    Explainer(settings.organisation, settings.notice_from,
              template_dir_from(config.section("serve"), Path.cwd())).check_templates()


def cmd_milter(args) -> int:
    try:
        import Milter  # noqa: F401 - pymilter, the [milter] extra: only this import means it is missing
    except ImportError as exc:
        raise ConfigError(f"bedside milter needs pymilter ({exc}): pip install 'bedside[milter]' "
                          "(it builds against libmilter: Debian's libmilter-dev)") from exc
    from bedside.proxy.milter.milter import cmd_milter as run_milter

    config, settings = _serve_settings(args)
    if args.check_config:
        _check_queue_and_templates(config, settings)
    return run_milter(args, config, settings, EngineSpec(tuple(args.config)), Engine(config))


def cmd_held(args) -> int:
    from bedside.proxy.holds.explain import Explainer, template_dir_from
    from bedside.proxy.holds.review import Review, parse_duration
    from bedside.proxy.holds.store import StoreError

    config, settings = _serve_settings(args)
    explainer = Explainer(settings.organisation, settings.notice_from,
                          template_dir_from(config.section("serve"), Path.cwd()))
    try:
        review = Review(settings, explainer, args.reviewer)
    except StoreError as exc:
        if "no hold queue" not in str(exc):
            raise
        origin = config.origins.get("serve.data_dir")
        told = (f"serve.data_dir from {origin}" if origin else
                f"the default data_dir 'var' under the current directory; config files: "
                f"{', '.join(args.config) or 'none'}")
        raise StoreError(f"{exc} ({told}). Pass --config FILE, set BEDSIDE_CONFIG, or put the site config "
                         f"in {SITE_CONFIG}") from None
    command = args.held_command
    if command == "list":
        return review.list(args.all, args.format == "json")
    if command == "show":
        return review.show(args.id, args.raw)
    if command == "release":
        return review.release(args.id)
    if command == "reject":
        return review.reject(args.id)
    try:
        age = parse_duration(args.older_than) if args.older_than else settings.retention_days * 86400
    except ValueError as exc:
        print(f"bedside: --older-than {exc}", file=sys.stderr)
        return EXIT_USAGE
    return review.purge(age)


def cmd_passwd(args) -> int:
    import getpass

    from bedside.proxy.relay.credentials import hash_password

    password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if not password or ":" in args.user:
        print("bedside: need a user name without ':' and a non-empty password", file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.user}:{hash_password(password)}")
    return EXIT_OK


def cmd_keygen(args) -> int:
    from cryptography.fernet import Fernet

    print(Fernet.generate_key().decode())
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv, configs = take_config(list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    args.config = site_configs(configs)
    try:
        return args.func(args)
    except BrokenPipeError:  # `bedside check ... | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        if not _usage_error(exc):
            raise
        print(f"bedside: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _usage_error(exc: Exception) -> bool:
    """A bad config, rule code or hold queue: one line and exit status 2. The hold queue's error is
    looked for only once its module is loaded, which every command that opens the queue does: a
    check never imports the store (sqlite3 and the rest, ~4 ms of each start)."""
    store = sys.modules.get("bedside.proxy.holds.store")
    return isinstance(exc, (ConfigError, RegistryError)) or (store is not None and isinstance(exc, store.StoreError))


if __name__ == "__main__":
    sys.exit(main())
