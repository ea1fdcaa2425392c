"""The model endpoint: HTTP client with transport retries, structured-output modes, re-asks, prompts, schemas."""
