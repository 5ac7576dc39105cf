"""``re`` for the planner, with every pattern compiled once per process.

A request passes through about a thousand distinct patterns, and ``re`` keeps only 512 compiled ones, so
with its cache every request recompiled most of them: compiling was ~90 % of the time a request took.
The planner's modules import this as ``re``; the functions are ``re``'s, with a cache large enough for
all of the planner's patterns (those built from a request's own words fall out least-recently-used).
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable, Iterator
from functools import lru_cache
from re import DOTALL, IGNORECASE, Match, Pattern, error, escape
from re import I as I
from typing import Any

_Pat = str | Pattern[str]
_Repl = str | Callable[[Match[str]], str]


@lru_cache(maxsize=16384)
def _compiled(pattern: str, flags: int) -> Pattern[str]:
    return _re.compile(pattern, flags)


def compile(pattern: _Pat, flags: int = 0) -> Pattern[str]:
    if isinstance(pattern, Pattern):
        return _re.compile(pattern, flags)  # re's own rule: no flags with a compiled pattern
    return _compiled(pattern, int(flags))


def sub(pattern: _Pat, repl: _Repl, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def search(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: _Pat, string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def findall(pattern: _Pat, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: _Pat, string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


def split(pattern: _Pat, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)


__all__ = ["DOTALL", "IGNORECASE", "I", "Match", "Pattern", "compile", "error", "escape", "findall",
           "finditer", "fullmatch", "match", "search", "split", "sub"]
