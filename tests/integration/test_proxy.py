"""The deployment the README describes: deploy/nginx.conf, run by a real nginx (Debian's) in front of a real
read-only `streamlit run app.py`, on localhost with a certificate made for the test. Without the password nothing
gets through, the page nor its websocket; with it, the dashboard's page and its websocket work through the proxy."""

from __future__ import annotations

import asyncio
import base64
import getpass
import socket
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import websockets

from benchmarks.streamlit_sessions import Server, Session
from dashboard import schema
from dashboard.store import Store
from tests.conftest import ROOT

NGINX = Path("/usr/sbin/nginx")
USER, PASSWORD = "colleague", "correct horse battery staple"

pytestmark = pytest.mark.skipif(
    not NGINX.exists(), reason="needs Debian's nginx at /usr/sbin/nginx (apt-get install nginx-light)"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _site(folder: Path, port: int, upstream: int) -> str:
    """deploy/nginx.conf with this test's port, certificate, password file and server in place of its examples."""
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    for example, actual in {
        "listen 443 ssl": f"listen 127.0.0.1:{port} ssl",
        "dashboard.example.org": "localhost",
        "/etc/ssl/certs/dashboard.pem": folder / "cert.pem",
        "/etc/ssl/private/dashboard.key": folder / "key.pem",
        "/etc/nginx/dashboard.htpasswd": folder / "htpasswd",
        "127.0.0.1:8501": f"127.0.0.1:{upstream}",
    }.items():
        assert example in text, f"deploy/nginx.conf should name {example}"
        text = text.replace(example, str(actual))
    return text


def _main_conf(folder: Path) -> str:
    """What an nginx install provides around a site: here everything in the test's folder, in the foreground."""
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = " ".join(f"{kind}_temp_path {folder / kind};" for kind in kinds)
    return (
        f"daemon off; user {getpass.getuser()}; pid {folder / 'nginx.pid'}; error_log {folder / 'error.log'};\n"
        f"events {{}}\nhttp {{ access_log {folder / 'access.log'}; {temp} include {folder / 'site.conf'}; }}\n"
    )


@pytest.fixture()
def proxy(sample_store, tmp_path):
    """nginx with deploy/nginx.conf in front of a read-only dashboard; yields its URL and a TLS context for it."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=DNS:localhost", "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
        check=True,
        capture_output=True,
    )
    hashed = subprocess.run(["openssl", "passwd", "-apr1", PASSWORD], check=True, capture_output=True, text=True)
    (tmp_path / "htpasswd").write_text(f"{USER}:{hashed.stdout.strip()}\n")
    server = Server({"DASHBOARD_STORE": str(sample_store.path), "DASHBOARD_READONLY": "1"}, tmp_path / "server.log")
    nginx = None
    try:
        port = _free_port()
        (tmp_path / "site.conf").write_text(_site(tmp_path, port, server.port))
        (tmp_path / "nginx.conf").write_text(_main_conf(tmp_path))
        nginx = subprocess.Popen(
            [NGINX, "-p", tmp_path, "-c", tmp_path / "nginx.conf", "-e", tmp_path / "error.log"],
            stderr=subprocess.DEVNULL,
        )
        url, tls = f"https://localhost:{port}", ssl.create_default_context(cafile=tmp_path / "cert.pem")
        deadline = time.monotonic() + 60
        while _status(url, tls) is None:
            assert nginx.poll() is None and time.monotonic() < deadline, (tmp_path / "error.log").read_text()
            time.sleep(0.1)
        yield url, tls
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(timeout=30)
        server.stop()


def _status(url: str, tls: ssl.SSLContext, password: str | None = None) -> int | None:
    """The HTTP status of a GET (None when nothing answers yet)."""
    request = urllib.request.Request(url, headers=_auth(password) if password else {})
    try:
        with urllib.request.urlopen(request, context=tls, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code
    except OSError:
        return None


def _auth(password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{USER}:{password}".encode()).decode()}


def test_the_dashboard_behind_nginx_asks_everyone_for_the_password(proxy, sample_store: Store):
    url, tls = proxy
    assert _status(url, tls) == 401
    assert _status(f"{url}/_stcore/health", tls) == 401
    assert _status(url, tls, "a wrong guess") == 401
    assert _status(url, tls, PASSWORD) == 200
    assert _status(f"{url}/_stcore/health", tls, PASSWORD) == 200

    with pytest.raises(websockets.InvalidStatus, match="401"):
        asyncio.run(Session(url, tls=tls).open())

    async def overview():
        session = Session(url, headers={**_auth(PASSWORD), "Origin": url}, tls=tls)
        try:
            return await session.open()
        finally:
            await session.close()

    page = asyncio.run(overview())
    assert not page.errors, page.errors
    assert page.articles() == sample_store.counts()[schema.ARTICLES] > 0
