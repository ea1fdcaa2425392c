"""The batch job: inputs, JSONL output and resume, progress, the runner and worker processes."""
