"""Liveness: answers as soon as the app is up (the test fixtures and the notebook wait on it)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from vidai_nb._version import __version__
from vidai_nb.engine.api.schemas import Envelope, Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Envelope[Health])
def healthz(request: Request) -> Envelope[Health]:
    warm = getattr(request.app.state, "warm", None)
    return Envelope(data=Health(version=__version__, warm=bool(warm is not None and warm.is_set())))
