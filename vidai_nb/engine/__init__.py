"""engine: the local backend speaking the NemoVideo protocol (FastAPI + ffmpeg + local models)."""
