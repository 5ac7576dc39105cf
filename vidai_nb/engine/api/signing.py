"""Signed, expiring URLs for media and downloads: a `<video>` tag cannot send an Authorization header,
so the owner gets a URL carrying an HMAC of (path, expiry, the owner's URL epoch) — never the bearer
token. Revoking a token moves the epoch on, which ends every link signed before."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path
from urllib.parse import urlencode


def load_secret(path: Path) -> bytes:
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex())
    return key


class Signer:
    def __init__(self, key: bytes, ttl_s: int) -> None:
        self._key = key
        self.ttl_s = ttl_s

    def _sig(self, path: str, exp: int, epoch: int) -> str:
        msg = f"{path}\n{exp}\n{epoch}".encode()
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()[:32]

    def sign(self, path: str, epoch: int = 0) -> str:
        """`path?exp=…&sig=…`, valid for ttl_s seconds while the owner's URL epoch stays `epoch`."""
        exp = int(time.time()) + self.ttl_s
        return f"{path}?{urlencode({'exp': exp, 'sig': self._sig(path, exp, epoch)})}"

    def verify(self, path: str, exp: str | None, sig: str | None, epoch: int = 0) -> bool:
        if not exp or not sig or not exp.isdigit() or len(exp) > 12:
            return False
        if int(exp) < time.time():
            return False
        return hmac.compare_digest(self._sig(path, int(exp), epoch), sig)
