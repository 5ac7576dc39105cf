"""Typed errors: one class per protocol code (PROTOCOL.md §2), each with a message for a person.

Messages never contain a token: they are built from the code, the server's `message` text and
values the client chose itself, and every message passes through `redact()` as a last guard.
"""

from __future__ import annotations

from typing import Any, ClassVar

from vidai_nb import protocol

# Tokens the process has seen; any text shown to a person is scrubbed of them.
_SECRETS: set[str] = set()


def remember_secret(value: str) -> None:
    """Register a token so that `redact` removes it from any message."""
    if value and len(value) >= 6:
        _SECRETS.add(value)


def redact(text: str) -> str:
    """`text` with every known token replaced by `***`."""
    for secret in _SECRETS:
        if secret in text:
            text = text.replace(secret, "***")
    return text


class NemoError(Exception):
    """Base class of every error the client raises."""

    code: int | None = None
    default_message: ClassVar[str] = "The editing service reported an error."

    def __init__(
        self,
        message: str | None = None,
        *,
        server_message: str = "",
        status: int | None = None,
        code: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.message = redact(message or self.default_message)
        self.server_message = redact(server_message or "")
        self.status = status
        if code is not None:
            self.code = code
        self.details: dict[str, Any] = details or {}
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class TokenExpiredError(NemoError):
    code = protocol.TOKEN_INVALID
    default_message = "Your sign-in token is invalid or has expired; a new one is needed."


class SessionNotFoundError(NemoError):
    code = protocol.SESSION_NOT_FOUND
    default_message = "This editing session no longer exists; start a new session."


class OutOfCreditsError(NemoError):
    code = protocol.OUT_OF_CREDITS
    default_message = "You are out of credits."

    def __init__(self, message: str | None = None, *, register_url: str | None = None, **kw: Any) -> None:
        self.register_url = register_url
        if message is None:
            message = (
                f"You are out of credits. Register to get more: {register_url}"
                if register_url
                else "You are out of credits. Top up your account to keep editing."
            )
        super().__init__(message, **kw)


class UnsupportedFileError(NemoError):
    code = protocol.UNSUPPORTED_FILE
    default_message = "This file type is not supported."


class FileTooLargeError(NemoError):
    code = protocol.FILE_TOO_LARGE
    default_message = "This file is larger than the 500 MB limit; compress or trim it and try again."


class ClientIdMissingError(NemoError):
    code = protocol.CLIENT_ID_MISSING
    default_message = "The service needs a client id (X-Client-Id) to issue a token."


class ExportNotAllowedError(NemoError):
    code = protocol.EXPORT_NOT_ALLOWED
    default_message = (
        "Your plan cannot export videos (this is not about credits); upgrade the plan to export."
    )


class RateLimitedError(NemoError):
    code = protocol.RATE_LIMITED
    default_message = "The service is busy (too many requests); wait a little and try again."


class NemoHTTPError(NemoError):
    """Any other HTTP failure: an unexpected status, a network error or a malformed response."""

    default_message = "The editing service could not be reached or answered unexpectedly."


class NemoTimeoutError(NemoError):
    """Waiting took longer than the configured limit (a request, a turn, or an export)."""

    default_message = "The editing service took too long to answer."


class TurnTimeoutError(NemoTimeoutError):
    default_message = (
        "The editor has only sent heartbeats for a long time, so the client stopped waiting. "
        "The work may still finish: ask for the status in a moment (the message was not sent again)."
    )


class ExportFailedError(NemoError):
    default_message = "The export failed."


class NothingToExportError(NemoError):
    default_message = "There is nothing to export yet: the timeline has no clips. Upload or add media first."


ERRORS_BY_CODE: dict[int, type[NemoError]] = {
    cls.code: cls
    for cls in (
        TokenExpiredError,
        SessionNotFoundError,
        OutOfCreditsError,
        UnsupportedFileError,
        FileTooLargeError,
        ClientIdMissingError,
        ExportNotAllowedError,
        RateLimitedError,
    )
    if cls.code is not None
}


def error_for(
    code: int, server_message: str = "", status: int | None = None, details: dict[str, Any] | None = None
) -> NemoError:
    """The typed error for a protocol code (or a generic HTTP error), with a plain-language message."""
    cls = ERRORS_BY_CODE.get(code)
    if cls is None:
        text = f"The editing service reported error {code}"
        text += f": {server_message}" if server_message else "."
        return NemoHTTPError(text, server_message=server_message, status=status, code=code, details=details)
    message: str | None = None
    if cls is UnsupportedFileError and server_message:
        message = f"{UnsupportedFileError.default_message} {server_message}"
    return cls(message, server_message=server_message, status=status, details=details)
