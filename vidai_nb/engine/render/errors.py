"""Render failures, in words a person can act on."""

from __future__ import annotations


class RenderError(Exception):
    """The draft cannot be rendered, or ffmpeg failed (the message carries ffmpeg's last error lines)."""


class RenderCancelled(RenderError):
    """The render was cancelled; ffmpeg was stopped and no output was left behind."""
