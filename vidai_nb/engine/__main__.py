"""`python -m vidai_nb.engine --host H --port P --data-dir D` (also the `vidai-engine` script)."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

import uvicorn

from vidai_nb.engine.app import create_app
from vidai_nb.engine.config import Settings


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="vidai-engine", description="Run the vidai_nb local engine.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="default: $VIDAI_DATA_DIR or the user data dir"
    )
    parser.add_argument("--log-level", default=os.environ.get("VIDAI_LOG_LEVEL", "info"))
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ValueError as exc:  # a malformed VIDAI_* variable: say which, without a traceback
        parser.error(str(exc))
    if args.data_dir is not None:
        settings = settings.with_data_dir(args.data_dir.expanduser().resolve())
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = create_app(settings)
    # Access logs are off: URLs may carry signed query strings, and headers (tokens) are never logged.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        timeout_graceful_shutdown=5,
    )


if __name__ == "__main__":
    main()
