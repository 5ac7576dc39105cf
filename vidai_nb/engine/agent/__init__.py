"""engine/agent."""
