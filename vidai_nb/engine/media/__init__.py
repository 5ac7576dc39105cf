"""engine/media."""
