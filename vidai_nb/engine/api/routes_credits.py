"""Credits balance: available + frozen = total (frozen = reserved by running turns)."""

from __future__ import annotations

from fastapi import APIRouter

from vidai_nb.engine.api.deps import RT, CurrentUser
from vidai_nb.engine.api.schemas import CreditsData, Envelope, ErrorEnvelope
from vidai_nb.engine.config import UNLIMITED_CREDITS

router = APIRouter(tags=["credits"])


@router.get(
    "/api/credits/balance/simple",
    response_model=Envelope[CreditsData],
    responses={401: {"model": ErrorEnvelope}},
    response_model_exclude_none=True,
)
def balance(user: CurrentUser, rt: RT) -> Envelope[CreditsData]:
    if not rt.settings.credits_enforced:
        n = UNLIMITED_CREDITS
        return Envelope(data=CreditsData(available=n, frozen=0, total=n, unlimited=True))
    b = rt.store.balance(user.id)
    return Envelope(data=CreditsData(available=b.available, frozen=b.frozen, total=b.total))
