"""Credits balance: available + frozen = total (frozen = reserved by running turns)."""

from __future__ import annotations

from fastapi import APIRouter

from vidai_nb.engine.api.deps import RT, CurrentUser
from vidai_nb.engine.api.schemas import CreditsData, Envelope, ErrorEnvelope

router = APIRouter(tags=["credits"])


@router.get(
    "/api/credits/balance/simple",
    response_model=Envelope[CreditsData],
    responses={401: {"model": ErrorEnvelope}},
)
def balance(user: CurrentUser, rt: RT) -> Envelope[CreditsData]:
    b = rt.store.balance(user.id)
    return Envelope(data=CreditsData(available=b.available, frozen=b.frozen, total=b.total))
