"""A local HTTP server that speaks the OpenAI chat-completions API, scripted per test.

It is the model endpoint's stand-in: the real `openai` client talks to it over HTTP. Each
request takes the next scripted step; when the script runs out the last step repeats.

Steps:
    Reply(content=..., finish_reason="stop", usage=...)   a 200 chat.completion
    Status(429, body={...}, headers={"Retry-After": "1"})  an error response
    Hang(seconds)                                          sleep before answering (timeouts)
"""

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    content: str | dict
    finish_reason: str = "stop"
    prompt_tokens: int = 120
    completion_tokens: int = 40
    cached_tokens: int = 0


@dataclass
class Status:
    code: int
    body: dict = field(default_factory=lambda: {"error": {"message": "scripted error"}})
    headers: dict = field(default_factory=dict)


@dataclass
class Hang:
    seconds: float
    then: Reply | Status | None = None


class ChatServer:
    def __init__(self):
        self.script: list = []
        self.responder = None  # optional callable(body) -> step, used instead of the script
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with server.lock:
                    server.requests.append(
                        {"path": self.path, "body": body, "headers": dict(self.headers)}
                    )
                    if server.responder is not None:
                        step = server.responder(body)
                    elif len(server.script) > 1:
                        step = server.script.pop(0)
                    else:
                        step = server.script[0] if server.script else Reply({"reply": "ok"})
                if isinstance(step, Hang):
                    time.sleep(step.seconds)
                    step = step.then or Reply({"reply": "late"})
                try:
                    self._answer(step, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout); that is the point of Hang

            def _answer(self, step, body):
                if isinstance(step, Status):
                    payload = json.dumps(step.body).encode()
                    self.send_response(step.code)
                    self.send_header("Content-Type", "application/json")
                    for key, value in step.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                content = (
                    step.content if isinstance(step.content, str) else json.dumps(step.content)
                )
                payload = json.dumps(
                    {
                        "id": f"chatcmpl-{len(server.requests)}",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", "fake-model"),
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": step.finish_reason,
                                "message": {"role": "assistant", "content": content},
                            }
                        ],
                        "usage": {
                            "prompt_tokens": step.prompt_tokens,
                            "completion_tokens": step.completion_tokens,
                            "total_tokens": step.prompt_tokens + step.completion_tokens,
                            "prompt_tokens_details": {"cached_tokens": step.cached_tokens},
                        },
                    }
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def start(self) -> "ChatServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def set_script(self, *steps) -> None:
        with self.lock:
            self.script = list(steps)
            self.requests.clear()

    def calls(self, kind: str | None = None) -> list[dict]:
        """Requests made, optionally only those of one stage ('classification' or 'draft')."""
        if kind is None:
            return list(self.requests)
        return [
            r
            for r in self.requests
            if r["body"].get("response_format", {}).get("json_schema", {}).get("name") == kind
        ]
