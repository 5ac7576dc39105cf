"""engine/render."""
