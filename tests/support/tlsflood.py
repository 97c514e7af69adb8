#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
"""Holds many unauthenticated connections open against TLS listeners on loopback, as a hostile client would:
idle ones (plain TCP that never sends a byte) and slow ones (a TLS record header announcing a ClientHello, then one
byte every half second, so a handshake never completes). Connections the server closes are not reopened.
Usage: tlsflood.py READY_FILE HOLD_SECONDS IDLE SLOW PORT...  Writes "open N" to READY_FILE once all are open,
then holds them HOLD_SECONDS (dribbling) and prints how many the server had closed by then."""
import select
import socket
import sys
import time

ready_file, hold, idle, slow = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
ports = [int(p) for p in sys.argv[5:]]
idle_socks, slow_socks = [], []
for port in ports:
    for kind, count in ((idle_socks, idle), (slow_socks, slow)):
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setblocking(False)
            s.connect_ex(("127.0.0.1", port))
            kind.append(s)
# TLS handshake record, ClientHello, announced length 512: the server waits for the rest.
header = bytes([0x16, 0x03, 0x01, 0x02, 0x00, 0x01])
for s in slow_socks:
    try:
        select.select([], [s], [], 2)
        s.send(header)
    except OSError:
        pass
with open(ready_file, "w") as f:
    f.write("open %d\n" % (len(idle_socks) + len(slow_socks)))
closed = set()
end = time.monotonic() + hold
while time.monotonic() < end:
    for s in slow_socks:
        if s in closed:
            continue
        try:
            s.send(b"\x00")
        except OSError:
            closed.add(s)
    readable, _, _ = select.select([s for s in idle_socks + slow_socks if s not in closed], [], [], 0.5)
    for s in readable:
        try:
            if not s.recv(4096):
                closed.add(s)
        except OSError:
            closed.add(s)
print("flood: %d connections, %d closed by the server within %.0f s" % (len(idle_socks) + len(slow_socks), len(closed), hold))
