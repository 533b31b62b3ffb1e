"""Two real Syncthing instances on 127.0.0.1 sharing one folder, for end-to-end sync tests.

Each instance gets its own home (keys and config made by ``syncthing generate``), free ports
for its GUI/REST API and its sync protocol, and knows only the other one, by address: global
and local discovery, relays, NAT traversal, STUN, usage reporting, crash reporting and
upgrades are all off, so nothing leaves the loopback address. The test starts them and ends
them by PID. :meth:`SyncthingPair.wait_in_sync` asks both for a scan and polls the REST API
(``/rest/db/status``, ``/rest/db/completion``) with a deadline until the folder is idle and
the same on both sides.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

FOLDER_ID = "pilates-sync"
OPTIONS = {
    "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false", "relaysEnabled": "false",
    "natEnabled": "false", "urAccepted": "-1", "urSeen": "3", "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false", "startBrowser": "false", "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0", "announceLANAddresses": "false", "setLowPriority": "false",
    "reconnectionIntervalS": "1", "restartOnWakeup": "false",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Instance:
    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        self.home = root / f"st-{name}"
        self.folder = root / f"folder-{name}"
        self.gui_port = free_port()
        self.sync_port = free_port()
        self.api_key = secrets.token_hex(16)
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = root / f"st-{name}.log"
        subprocess.run(
            ["syncthing", "generate", f"--home={self.home}", "--no-default-folder",
             "--skip-port-probing"], capture_output=True, check=True, timeout=60)
        me = ET.parse(self.home / "config.xml").getroot().find("device")
        assert me is not None  # the generated config's first device is this instance
        self.device_id = me.get("id", "")

    def configure(self, peer: Instance) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        assert gui is not None
        gui.find("address").text = f"127.0.0.1:{self.gui_port}"  # type: ignore[union-attr]
        gui.find("apikey").text = self.api_key  # type: ignore[union-attr]
        options = root.find("options")
        assert options is not None
        for key, value in {**OPTIONS, "listenAddress": f"tcp://127.0.0.1:{self.sync_port}",
                           "minHomeDiskFree": "0"}.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        for element in options.findall("globalAnnounceServer"):
            element.text = ""
        me = root.find("device")
        assert me is not None
        me.set("name", self.name)
        other = ET.fromstring(ET.tostring(me))
        other.set("id", peer.device_id)
        other.set("name", peer.name)
        other.find("address").text = f"tcp://127.0.0.1:{peer.sync_port}"  # type: ignore[union-attr]
        root.insert(1, other)
        defaults = root.find("defaults/folder")
        assert defaults is not None
        folder = ET.fromstring(ET.tostring(defaults))
        folder.set("id", FOLDER_ID)
        folder.set("label", "Pilates")
        folder.set("path", str(self.folder))
        folder.set("fsWatcherEnabled", "false")  # the test asks for scans itself
        folder.set("rescanIntervalS", "3600")
        peer_dev = ET.SubElement(folder, "device", {"id": peer.device_id, "introducedBy": ""})
        ET.SubElement(peer_dev, "encryptionPassword")
        min_free = folder.find("minDiskFree")
        assert min_free is not None
        min_free.text = "0"
        root.insert(2, folder)
        tree.write(path)
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)

    def start(self) -> None:
        env = {**os.environ, "STNORESTART": "1", "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1",
               "STMONITORED": "1", "HOME": str(self.home)}
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                 "--no-upgrade", "--logflags=0"],
                stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def api(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", method=method,
            headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


class SyncthingPair:
    """``with SyncthingPair(tmp_path) as pair:`` two connected instances; ``pair.a.folder`` and
    ``pair.b.folder`` are the two sides of one shared folder."""

    def __init__(self, root: Path) -> None:
        if shutil.which("syncthing") is None:
            raise RuntimeError("syncthing is not installed (packaging/bootstrap.sh installs it)")
        self.a = Instance(root, "alpha")
        self.b = Instance(root, "beta")
        self.a.configure(self.b)
        self.b.configure(self.a)

    def __enter__(self) -> SyncthingPair:
        try:
            self.a.start()
            self.b.start()
            self._wait(self._connected, 40, "the two instances to connect")
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.a.stop()
        self.b.stop()

    def _wait(self, ready: Any, seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        last: Exception | None = None
        while time.monotonic() < deadline:
            for inst in (self.a, self.b):
                if not inst.alive():
                    raise RuntimeError(f"syncthing {inst.name} exited:\n{inst.log.read_text()}")
            try:
                if ready():
                    return
            except (urllib.error.URLError, ConnectionError, OSError) as exc:
                last = exc
            time.sleep(0.1)  # polling against a deadline, not waiting for an outcome
        logs = "\n".join(f"--- {i.name}\n{i.log.read_text()[-3000:]}" for i in (self.a, self.b))
        raise TimeoutError(f"waited {seconds:.0f} s for {what} ({last})\n{logs}")

    def _connected(self) -> bool:
        return all(
            inst.api("/rest/system/connections")["connections"].get(peer.device_id, {})
            .get("connected", False)
            for inst, peer in ((self.a, self.b), (self.b, self.a)))

    def _in_sync(self) -> bool:
        statuses = []
        for inst, peer in ((self.a, self.b), (self.b, self.a)):
            status = inst.api(f"/rest/db/status?folder={FOLDER_ID}")
            completion = inst.api(
                f"/rest/db/completion?folder={FOLDER_ID}&device={peer.device_id}")
            if (status["state"] != "idle" or status["needTotalItems"] != 0
                    or status["pullErrors"] != 0 or completion["completion"] != 100
                    or completion["needItems"] != 0 or completion["needDeletes"] != 0):
                return False
            statuses.append(status)
        keys = ("globalFiles", "globalDirectories", "globalDeleted", "globalBytes", "localFiles",
                "localBytes")
        return all(statuses[0][k] == statuses[1][k] for k in keys) and all(
            s["localFiles"] == s["globalFiles"] and s["localBytes"] == s["globalBytes"]
            for s in statuses)

    def wait_in_sync(self, seconds: float = 40) -> None:
        """Scan both sides now, then wait until both are idle and hold the same files."""
        for inst in (self.a, self.b):
            inst.api(f"/rest/db/scan?folder={FOLDER_ID}", method="POST")
        stable = [0]

        def settled() -> bool:
            # Twice in a row: a change the other side has just announced is not missed.
            stable[0] = stable[0] + 1 if self._in_sync() else 0
            return stable[0] >= 2

        self._wait(settled, seconds, "the folder to be idle and in sync on both sides")
