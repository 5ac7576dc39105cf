"""engine/speech."""
