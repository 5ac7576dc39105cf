"""`python -m vidai_nb.engine --host H --port P --data-dir D` (also the `vidai-engine` script), and
`vidai-engine users add|list|grant|token|revoke …` to manage a class's named users."""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import importlib
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

# OpenBLAS (numpy's) in one thread, set before numpy loads: its pthread_atfork handler stops its thread
# pool, and a render's ffmpeg is started with fork() (preexec_fn) while a transcription's feature
# extraction may be in a BLAS call on another thread - that call then waits forever for the stopped pool
# (the engine's stacks showed it hung in faster_whisper's `mel_filters @ magnitudes`, session 25).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from vidai_nb.engine.config import settings_for_cli

if TYPE_CHECKING:
    import uvicorn

DAY_S = 24 * 3600


def _users(argv: list[str]) -> int:
    """The `users` commands. A token is printed once, at creation, and never logged."""
    from vidai_nb.engine.store import Store, migrate, open_engine
    from vidai_nb.engine.store import users as u

    parser = argparse.ArgumentParser(prog="vidai-engine users", description="Named users with credit quotas.")
    parser.add_argument("--data-dir", type=Path, default=None, help="default: $VIDAI_DATA_DIR")
    sub = parser.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="create users; prints NAME<TAB>TOKEN per user (shown only now)")
    add.add_argument("names", nargs="+", metavar="NAME")
    add.add_argument("--credits", type=int, required=True, help="credits each user starts with")
    add.add_argument("--days", type=int, default=180, help="token lifetime in days (180)")
    sub.add_parser("list", help="name, credits available / frozen / spent, active tokens")
    gr = sub.add_parser("grant", help="add credits (negative: take away)")
    gr.add_argument("name")
    gr.add_argument("credits", type=int)
    tok = sub.add_parser("token", help="a new token for a user who lost theirs (old ones stay valid)")
    tok.add_argument("name")
    tok.add_argument("--days", type=int, default=180)
    rv = sub.add_parser("revoke", help="revoke every token of a user (their links stop working too)")
    rv.add_argument("name")
    args = parser.parse_args(argv)
    settings = settings_for_cli(parser, args.data_dir)
    engine = open_engine(settings.database_url.strip() or settings.db_path)
    migrate(engine)
    store = Store(engine)
    try:
        if args.cmd == "add":
            for name in args.names:
                token = u.add_user(store, name, args.credits, args.days * DAY_S)
                print(f"{name}\t{token}", flush=True)
            print(f"{len(args.names)} user(s) added with {args.credits} credits each; the tokens above are "
                  "not stored and will not be shown again.", file=sys.stderr)
        elif args.cmd == "list":
            rows = u.list_users(store)
            print("name\tavailable\tfrozen\tspent\ttokens\tcreated")
            for r in rows:
                print(f"{r.name}\t{r.available}\t{r.frozen}\t{r.spent}\t{r.active_tokens}\t"
                      f"{r.created_at:%Y-%m-%d %H:%M}")
        elif args.cmd == "grant":
            left = u.grant(store, args.name, args.credits)
            print(f"{args.name} now has {left} credits available")
        elif args.cmd == "token":
            print(f"{args.name}\t{u.new_token(store, args.name, args.days * DAY_S)}")
        elif args.cmd == "revoke":
            n = u.revoke(store, args.name)
            print(f"revoked {n} token(s) of {args.name}")
    except u.UserError as exc:
        print(f"vidai-engine users: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["users"]:
        raise SystemExit(_users(argv[1:]))
    parser = argparse.ArgumentParser(prog="vidai-engine", description="Run the vidai_nb local engine.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="default: $VIDAI_DATA_DIR or the user data dir"
    )
    parser.add_argument("--log-level", default=os.environ.get("VIDAI_LOG_LEVEL", "info"))
    args = parser.parse_args(argv)
    import uvicorn  # here, not at the top: `vidai-engine users …` needs neither the app nor uvicorn

    from vidai_nb.engine.app import create_app

    settings = settings_for_cli(parser, args.data_dir)
    if hasattr(signal, "SIGUSR1"):  # `kill -USR1 <pid>`: every thread's stack into the log (a stuck engine)
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    server = uvicorn.Server(server_config(create_app(settings), args.host, args.port, args.log_level))
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    if not server.started:  # e.g. the port is taken: uvicorn has logged why; fail as uvicorn.run does
        raise SystemExit(3)


def server_config(app: Any, host: str, port: int, log_level: str) -> uvicorn.Config:
    """The engine's uvicorn settings. httptools and uvloop where installed (dependencies of the
    package; uvloop has no Windows build): clients poll the state, and h11 + asyncio spent about a
    third more of the engine's CPU per read."""
    import uvicorn

    def have(module: str) -> bool:  # imported, not only found: a broken install falls back as well
        try:
            importlib.import_module(module)
        except ImportError:
            return False
        return True

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http="httptools" if have("httptools") else "h11",
        loop="uvloop" if have("uvloop") else "asyncio",
        log_level=log_level,
        access_log=False,  # URLs may carry signed query strings; headers (tokens) are never logged
        timeout_graceful_shutdown=5,
    )


if __name__ == "__main__":
    main()
