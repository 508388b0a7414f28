"""Dashboard sessions driven through Streamlit's own websocket protocol, as a browser drives them, against a real
`streamlit run app.py` server: shared by `load_sessions.py` and the test of concurrent sessions.

A session connects to `/_stcore/stream`, asks for a script run (`BackMsg.rerun_script`) and reads every message the
server sends until `script_finished`: the time from the request to that message is the page time, everything the
server computes, serialises and sends for the page (a browser's drawing of it is not in it). A filter change sends
the sidebar widgets' values in the same request, as the browser does when a user changes one. Errors are what a user
would see as such: an exception or an error box on the page, a run that does not finish, a dropped connection.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from dashboard.store.filters import Filters

ROOT = Path(__file__).resolve().parents[1]
LIST_KEYS = ("themes", "speakers", "kinds", "entities", "sources")
#: Longest wait for one page before it counts as an error (a page that never finishes).
PAGE_TIMEOUT = 120.0
NO_MATCH = "No article matches"


@dataclass
class Page:
    """What one script run sent: seconds from the request to its end, the metrics and notes shown, the errors."""

    seconds: float
    metrics: dict[str, str] = field(default_factory=dict)
    infos: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    options: dict[str, list[str]] = field(default_factory=dict)

    def articles(self) -> int | None:
        """The article count the Overview showed: 0 when it said nothing matches, None when it showed neither."""
        if "Articles" in self.metrics:
            return int(self.metrics["Articles"].replace(",", ""))
        return 0 if any(NO_MATCH in note for note in self.infos) else None


class Session:
    """One viewer of the dashboard: a websocket session whose sidebar filters it sets."""

    def __init__(self, url: str, *, headers: dict[str, str] | None = None, tls: ssl.SSLContext | None = None):
        self.url = url.replace("http", "ws", 1) + "/_stcore/stream"  # https -> wss
        self._connect = {"additional_headers": headers, "ssl": tls, "max_size": None}
        self._socket = None
        self._ids: dict[str, str] = {}  # widget key -> the widget's id in the last run
        self._query = ""

    async def open(self) -> Page:
        """Connect and load the first page, unfiltered."""
        self._socket = await websockets.connect(self.url, subprotocols=["streamlit"], **self._connect)
        return await self._run(BackMsg())

    async def show(self, filters: Filters) -> Page:
        """Set every sidebar filter to `filters` at once and wait for the page drawn under them."""
        message = BackMsg()
        for key, value in _widget_values(filters).items():
            if key not in self._ids:
                continue
            state = message.rerun_script.widget_states.widgets.add()
            state.id = self._ids[key]
            if isinstance(value, str):
                state.string_value = value
            else:
                state.string_array_value.data.extend(value)
        return await self._run(message)

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()

    async def _run(self, message: BackMsg) -> Page:
        message.rerun_script.query_string = self._query
        began = time.perf_counter()
        page = Page(0.0)
        try:
            await self._socket.send(message.SerializeToString())
            async with asyncio.timeout(PAGE_TIMEOUT):
                while not self._read(await self._socket.recv(), page):
                    pass
        except (TimeoutError, websockets.ConnectionClosed) as err:
            page.errors.append(f"no finished page: {type(err).__name__} {err}")
        page.seconds = time.perf_counter() - began
        return page

    def _read(self, raw: bytes, page: Page) -> bool:
        """Note what one message says; True when it ends the run."""
        msg = ForwardMsg()
        msg.ParseFromString(raw)
        kind = msg.WhichOneof("type")
        if kind == "script_finished":
            if msg.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                page.errors.append(f"the run ended with status {msg.script_finished}")
            return True
        if kind == "page_info_changed":
            self._query = msg.page_info_changed.query_string
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._element(msg.delta.new_element, page)
        return False

    def _element(self, element, page: Page) -> None:
        kind = element.WhichOneof("type")
        body = getattr(element, kind)
        widget_id = getattr(body, "id", "")
        if widget_id.startswith("$$ID-"):
            self._ids[widget_id.rsplit("-", 1)[1]] = widget_id
        if kind == "exception":
            page.errors.append(f"exception: {body.type}: {body.message}")
        elif kind == "alert" and body.format == Alert.ERROR:
            page.errors.append(f"error: {body.body}")
        elif kind == "alert":
            page.infos.append(body.body)
        elif kind == "metric":
            page.metrics[body.label] = body.body
        elif kind == "multiselect":
            page.options[widget_id.rsplit("-", 1)[1]] = list(body.options)


def _widget_values(filters: Filters) -> dict[str, list[str] | str]:
    """The sidebar widgets' values for these filters, as the browser sends them."""
    values: dict[str, list[str] | str] = {key: list(getattr(filters, key)) for key in LIST_KEYS}
    values["since"] = [filters.since.isoformat()] if filters.since else []
    values["until"] = [filters.until.isoformat()] if filters.until else []
    values["text"] = filters.text
    return values


class Server:
    """`streamlit run app.py` on a free localhost port, its output in `log`; `rss_mb`/`peak_mb` read its memory."""

    def __init__(self, env: dict[str, str], log: Path, *, start_timeout: float = 120.0):
        self.port = _free_port()
        self.url = f"http://localhost:{self.port}"
        self._log = log.open("w")
        command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(self.port)]
        command += ["--server.address", "localhost", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, **env}, stdout=self._log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + start_timeout
        while not self._healthy():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"streamlit did not start (exit {self.process.poll()}); see {log}")
            time.sleep(0.2)

    def rss_mb(self) -> float:
        """The server's resident memory now."""
        return _status_mb(self.process.pid, "VmRSS")

    def peak_mb(self) -> float:
        """The server's highest resident memory so far."""
        return _status_mb(self.process.pid, "VmHWM")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _status_mb(pid: int, field_name: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field_name}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field_name} for process {pid}")
