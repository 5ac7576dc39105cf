"""engine/ops."""
