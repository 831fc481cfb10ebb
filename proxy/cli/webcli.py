"""`bedside web`, `bedside users`, `bedside tokens`: registered by proxy/cli/cli.py's parser."""

from __future__ import annotations

import getpass
import sys

from bedside.proxy.settings import ROLES, TOKEN_ROLES  # the web store's own lists: choices cannot drift

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_commands(sub, config_option) -> None:
    web = sub.add_parser("web", help="run the reviewers' web app and the HTTP check API",
                         description="Serve the held-mail pages, the senders' self-service pages and the "
                                     "API on [web] listen (default 127.0.0.1:8080).")
    config_option(web)
    web.add_argument("--listen", metavar="HOST:PORT", help="override [web] listen")
    web.set_defaults(func=cmd_web)

    users = sub.add_parser("users", help="manage the web app's users",
                           description="Add, remove and list the people who sign in to `bedside web`.")
    config_option(users)
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", help="add a user (password read from standard input)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="reviewer")
    passwd = users_sub.add_parser("passwd", help="set a user's password (read from standard input)")
    passwd.add_argument("name")
    remove = users_sub.add_parser("remove", help="remove a user")
    remove.add_argument("name")
    users_sub.add_parser("list", help="list users")
    users.set_defaults(func=cmd_users)

    tokens = sub.add_parser("tokens", help="manage API tokens",
                            description="API tokens for /api/v1: printed once, only a hash is kept.")
    config_option(tokens)
    tokens_sub = tokens.add_subparsers(dest="tokens_command", metavar="ACTION", required=True)
    tadd = tokens_sub.add_parser("add", help="make a token and print it")
    tadd.add_argument("name")
    tadd.add_argument("--role", choices=TOKEN_ROLES, default="check",
                      help="check: POST /api/v1/check only (default); reviewer: also list and decide held mail; "
                           "auditor: also list")
    tremove = tokens_sub.add_parser("remove", help="revoke a token by name")
    tremove.add_argument("name")
    tokens_sub.add_parser("list", help="list tokens (names and roles, never the tokens)")
    tokens.set_defaults(func=cmd_tokens)


def _settings(args):
    from bedside.proxy.cli.cli import _serve_settings
    from bedside.proxy.settings import load_web_settings

    config, settings = _serve_settings(args)
    return config, settings, load_web_settings(config)


def _store(args):
    from bedside.proxy.web.store import WebStore

    _, settings, _ = _settings(args)
    return WebStore.open(settings)  # in the shared store ([store] url)


def _password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if first != getpass.getpass("again: "):
            raise ValueError("the passwords differ")
        return first
    return sys.stdin.readline().rstrip("\n")


def cmd_users(args) -> int:
    from bedside.proxy.web.store import UserError

    store = _store(args)
    try:
        if args.users_command == "add":
            store.add_user(args.name, args.role, _password())
            print(f"user {args.name} added ({args.role})")
        elif args.users_command == "passwd":
            store.set_password(args.name, _password())
            print(f"password for {args.name} changed")
        elif args.users_command == "remove":
            if not store.remove_user(args.name):
                raise UserError(f"no user {args.name!r}")
            print(f"user {args.name} removed")
        else:
            for user in store.users():
                print(f"{user.name}\t{user.role}")
    except (UserError, ValueError) as exc:
        print(f"bedside users: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_tokens(args) -> int:
    from bedside.proxy.web.store import UserError

    store = _store(args)
    try:
        if args.tokens_command == "add":
            print(store.add_token(args.name, args.role))
        elif args.tokens_command == "remove":
            if not store.remove_token(args.name):
                raise UserError(f"no token named {args.name!r}")
            print(f"token {args.name} revoked")
        else:
            for name, role, _created, _used in store.tokens():
                print(f"{name}\t{role}")
    except UserError as exc:
        print(f"bedside tokens: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_web(args) -> int:
    import logging

    import uvicorn

    from bedside.proxy.settings import parse_address
    from bedside.proxy.web.app import create_app

    config, settings, web = _settings(args)
    if args.listen:
        from dataclasses import replace

        web = replace(web, listen=parse_address(args.listen))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = create_app(config, settings, web)
    host, port = web.listen
    print(f"bedside web on http://{host}:{port} (hold queue in {settings.data_dir})", file=sys.stderr, flush=True)
    # No access log: paths carry held ids and sender tokens, which have no place in a log.
    uvicorn.run(app, host=host, port=port, access_log=False, proxy_headers=False, server_header=False,
                log_level="warning")
    return EXIT_OK
