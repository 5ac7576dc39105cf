"""engine/jobs: the render/transcribe queue (in-process threads by default)."""

from vidai_nb.engine.jobs.queue import JobFn, JobQueue, JobStatus, ThreadJobQueue

__all__ = ["JobFn", "JobQueue", "JobStatus", "ThreadJobQueue"]
