"""Alembic migrations for the engine's SQLite store (shipped as package data, run at start-up)."""
