"""Reading a chat-completion reply: the answer text, its finish reason, the JSON object in it."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError


def reply_text(data: dict[str, Any], mode: str) -> tuple[str, str | None]:
    """The answer text (content, or the forced tool call's arguments) and the finish reason.

    Raises ValueError for a reply without a choice, which the caller treats as a schema problem."""
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise ValueError(f"the reply has no choices: {json.dumps(data, ensure_ascii=False)[:200]}")
    choice: dict[str, Any] = choices[0]
    message: dict[str, Any] = choice["message"] if isinstance(choice.get("message"), dict) else {}
    finish = choice.get("finish_reason")
    finish = finish if isinstance(finish, str) else None
    calls = message.get("tool_calls")
    if mode == "tools" and isinstance(calls, list) and calls and isinstance(calls[0], dict):
        function = calls[0].get("function")
        return str(function.get("arguments") or "") if isinstance(function, dict) else "", finish
    content = message.get("content")
    return (content if isinstance(content, str) else ""), finish


def json_text(raw: str) -> str:
    """The JSON object in a reply: without ```json fences or text around it."""
    s = raw.strip()
    fence = re.match(r"^```(?:json)?\s*(.*?)\s*```$", s, re.S)
    if fence:
        s = fence.group(1)
    if not s.startswith("{"):
        a, b = s.find("{"), s.rfind("}")
        if a >= 0 and b > a:
            s = s[a:b + 1]
    return s


_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")
_BACKSLASH = re.compile(r"\\\\|\\u005[cC]")  # how JSON writes a literal backslash


def json_tree(raw: str) -> Any:
    """The parsed JSON of a reply, with strings a model wrote as literal \\uXXXX escapes turned back
    into the characters (walked only when the reply holds an escaped backslash at all). Raw control
    characters inside strings (a newline in a summary, which small models write and some servers'
    grammars allow) are accepted: they carry no structure."""
    tree = json.loads(json_text(raw), strict=False)
    return _unescape(tree) if _BACKSLASH.search(raw) else tree


def _unescape(node: Any) -> Any:
    if isinstance(node, str):
        return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), node) if "\\u" in node else node
    if isinstance(node, list):
        return [_unescape(v) for v in node]
    if isinstance(node, dict):
        return {k: _unescape(v) for k, v in node.items()}
    return node


def schema_problems(e: Exception) -> list[str]:
    """What to tell the model about an answer that is not JSON of the schema."""
    if isinstance(e, ValidationError):
        return [f"{'.'.join(map(str, err['loc'])) or 'answer'}: {err['msg']}" for err in e.errors()[:12]]
    return [f"the answer is not valid JSON ({e})"]
