"""`make dev` serves the Dagster UI on the loopback interface only, unless the user says otherwise.

The command is taken from the Makefile itself (``make -n dev``) and really started; the test
then reads the kernel's table of listening sockets to see which address it bound.
"""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dev_command(*overrides: str) -> list[str]:
    printed = subprocess.run(
        ["make", "-n", "dev", *overrides], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    (line,) = [line for line in printed.splitlines() if " dev " in line and "dagster" in line]
    return shlex.split(line)


def _listening(port: int) -> set[str]:
    """Local addresses in LISTEN state on ``port`` (IPv4 and IPv6), from /proc/net/tcp*."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if int(port_hex, 16) == port and fields[3] == "0A":  # 0A = LISTEN
                found.add(address if len(address) == width else "?")
    return found


def test_make_dev_names_the_loopback_address_by_default() -> None:
    command = _dev_command()
    assert command[command.index("-h") + 1] == "127.0.0.1"
    exposed = _dev_command("DEV_HOST=0.0.0.0")
    assert exposed[exposed.index("-h") + 1] == "0.0.0.0"


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="needs Linux /proc/net/tcp")
def test_dev_server_listens_on_loopback_only(tmp_path: Path) -> None:
    port = _free_port()
    command = _dev_command(f"DEV_PORT={port}")
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    env = {**os.environ, "DAGSTER_HOME": str(home), "DEFENCE_EVENTS_OUTPUT_DIR": str(tmp_path / "out")}
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not _listening(port):
            assert server.poll() is None, "dagster dev exited before listening"
            assert time.monotonic() < deadline, "dagster dev did not start listening"
            time.sleep(0.5)
        # 0100007F is 127.0.0.1 in the kernel's little-endian hex; 00000000 would be every interface.
        assert _listening(port) == {"0100007F"}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
