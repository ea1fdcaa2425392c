"""A scripted OpenAI-compatible server on 127.0.0.1 for tests. It is not a recording of a model.

Each POST to /v1/chat/completions is answered by a `Reply` that a script returns for the request.
The default script plays a cooperative model: it answers the extraction prompt with the offline
rules engine's extraction of the chunk text, and the reduce prompt with the first part summary.
Tests wrap it to inject faults (429, 500, slow replies, dropped connections, broken JSON).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

from summariser import clean
from summariser.pipeline.rules.extract import extract


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # a dict is sent as JSON, bytes as they are
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without an answer
    drip: float = 0.0  # seconds between the body's bytes, sent one at a time
    stream_bytes: int = 0  # send this many bytes of body with no length, then close (a runaway reply)


def completion(content: str, *, finish: str = "stop", tokens: tuple[int, int] = (100, 50),
               tool: bool = False) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": None if tool else content}
    if tool:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": "ChunkExtraction", "arguments": content}}]
    return {"id": "chatcmpl-scripted", "object": "chat.completion", "created": 0, "model": "scripted",
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": tokens[0], "completion_tokens": tokens[1], "total_tokens": sum(tokens)}}


def mode_of(body: dict[str, Any]) -> str:
    if body.get("tools"):
        return "tools"
    return str((body.get("response_format") or {}).get("type", "text"))


def last_user(body: dict[str, Any]) -> str:
    return [m["content"] for m in body["messages"] if m["role"] == "user"][-1]


def first_user(body: dict[str, Any]) -> str:
    return [m["content"] for m in body["messages"] if m["role"] == "user"][0]


REPAIR = "Some parts of your answer failed the check"  # how prompts/repair.md opens


def repair_items(user: str) -> list[tuple[dict[str, Any] | str, str]]:
    """The parts a repair request asks about, each with its reason line: a figure (its row read under
    the header as a dict) or a text field's line ("summary: ..." or "headline: ...")."""
    lines = user.splitlines()
    header = next((line.split("\t") for line in lines if line.startswith("indicator\t")), [])
    out: list[tuple[dict[str, Any] | str, str]] = []
    for i, line in enumerate(lines):
        why = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].startswith("×") else ""
        if line.startswith(("summary: ", "headline: ")):
            out.append((line, why))
        elif header and "\t" in line and not line.startswith("indicator\t"):
            row: dict[str, Any] = {k: (v or None) for k, v in zip(header, line.split("\t"), strict=True)}
            for k in ("value", "value_high"):
                row[k] = float(row[k]) if row[k] is not None else None
            out.append((row, why))
    return out


def repaired(user: str) -> dict[str, Any]:
    """A cooperative model's answer to a repair request: each failing figure read again from the
    article sentences it was sent with (the rules engine's figure with the same quote)."""
    figures: list[dict[str, Any]] = []
    shown = dict(re.findall(r"^\[(\d+)\] (.*)$", user, re.M))
    for wrong, why in repair_items(user):
        if isinstance(wrong, str):
            continue
        quote = wrong.get("quote") or ""
        # its sentences, or its quote alone where the re-ask shows none (the quote holds the source's number)
        sentences = " ".join(shown.get(n, "") for n in re.findall(r"\[(\d+)\]", why)) or quote
        fresh = extract(clean(sentences)).model_dump(mode="json")["figures"]
        figures += ([f for f in fresh if f["quote"] == quote] or [f | {"quote": quote} for f in fresh
                                                                  if f["quote"] in quote])[:1]
    return {"figures": figures, "headline": "", "summary": ""}


def cooperative(body: dict[str, Any]) -> Reply:
    """A model that answers correctly: the rules engine's reading of the chunk it was sent."""
    props = json.dumps(body.get("response_format") or body.get("tools"), ensure_ascii=False)
    user = first_user(body)
    if '"ok"' in props:  # the mode probe
        return Reply(body=completion('{"ok": true}', tool=mode_of(body) == "tools"))
    if user.startswith(REPAIR):
        return Reply(body=completion(json.dumps(repaired(user), ensure_ascii=False), tool=mode_of(body) == "tools"))
    if '"figures"' not in props and "figures" not in json.dumps(body["messages"], ensure_ascii=False)[:4000]:
        parts = re.findall(r"^\d+\. (.*)$", user, re.M)  # the reduce prompt: part summaries
        answer = {"headline": "全文概要", "summary": parts[0] if parts else ""}
        return Reply(body=completion(json.dumps(answer, ensure_ascii=False)))
    text = re.sub(r"^(?:标题：.*\n)?(?:（第\d+部分）\n)?", "", user)
    answer = extract(clean(text)).model_dump(mode="json")
    return Reply(body=completion(json.dumps(answer, ensure_ascii=False), tool=mode_of(body) == "tools"))


class ScriptedServer:
    """Start with `with ScriptedServer(script) as s:`; `s.url` is the base URL, `s.requests` the bodies."""

    def __init__(self, script: Callable[[dict[str, Any], int], Reply] | None = None,
                 modes: tuple[str, ...] = ("json_schema", "json_object", "tools"), listed: tuple[str, ...] = (),
                 list_reply: Reply | None = None) -> None:
        self.script = script or (lambda body, n: cooperative(body))
        self.modes = modes
        self.listed = listed  # the models GET /models names; none: the route is not there (404)
        self.list_reply = list_reply  # or what GET /models answers instead
        self.gets: list[str] = []  # the paths of the GET requests
        self.requests: list[dict[str, Any]] = []
        self.raw_bodies: list[bytes] = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                with outer._lock:
                    outer.gets.append(self.path)
                listing = {"object": "list", "data": [{"id": m, "object": "model"} for m in outer.listed]}
                reply = outer.list_reply or (Reply(body=listing) if self.path.endswith("/models") and outer.listed
                                             else Reply(404, {"error": {"message": "no route"}}))
                data = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length)
                body = json.loads(raw)
                with outer._lock:
                    outer.requests.append(body)
                    outer.raw_bodies.append(raw)
                    n = len(outer.requests)
                if mode_of(body) not in outer.modes and mode_of(body) != "text":
                    # like llama-cpp-python: an unsupported response_format is a 500 validation error
                    reply = Reply(500, {"error": {"message": "1 validation error: response_format.type: Input "
                                                             "should be 'text' or 'json_object'"}})
                else:
                    reply = outer.script(body, n)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                if not reply.stream_bytes:
                    self.send_header("content-length", str(len(data)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    if reply.stream_bytes:
                        piece = b" " * 65536
                        for _ in range(reply.stream_bytes // len(piece)):
                            self.wfile.write(piece)
                    elif reply.drip:
                        for i in range(len(data)):
                            self.wfile.write(data[i:i + 1])
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    else:
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on the reply, as it should

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def extraction_requests(self) -> list[dict[str, Any]]:
        return [b for b in self.requests if '"ok"' not in json.dumps(b.get("response_format") or b.get("tools"))]

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
