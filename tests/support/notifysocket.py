#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
"""A stand-in for systemd's notification socket ($NOTIFY_SOCKET, sd_notify(3)) for akten-central's tests.

Binds a unix datagram socket at SOCKET (mode 0666, so a server run as another user can send) and appends one line per
datagram to LOG: the wall-clock time in ms, then the datagram with its newlines as " | ". On READY=1 it checks at
once, before writing the line, that the server already answers: every "listening ROLE URL" line of SERVER_OUT names a
port that accepts a TCP connection; the line then ends with " || ports N answered" or " || ports NOT answering: ...".
Runs until killed.

With HOLD_SECONDS, the socket's queue is first filled with datagrams of its own, so that the server's first
notification blocks in sendmsg() (sd_notify sends blocking) until the queue is read: the server is held at the point
where it sends READY=1, and after HOLD_SECONDS the ports are checked while it still waits there ("held: ports ...").
A server that sent READY=1 before its listeners were up would be held before them and answer on none.

usage: notifysocket.py SOCKET LOG SERVER_OUT [HOLD_SECONDS]
"""
import os
import socket
import sys
import time


def ports_answer(server_out):
    try:
        with open(server_out) as f:
            urls = [line.split()[2] for line in f if line.startswith("listening ") and len(line.split()) >= 3]
    except OSError:
        urls = []
    if not urls:
        return "ports NOT answering: no listening line yet"
    dead = []
    for url in urls:
        host, port = url.split("://", 1)[1].rsplit(":", 1)
        try:
            socket.create_connection((host.strip("[]"), int(port)), timeout=2).close()
        except OSError as error:
            dead.append(f"{url} ({error})")
    return f"ports {len(urls)} answered" if not dead else "ports NOT answering: " + ", ".join(dead)


def fill(path):
    """Fills the socket's queue; returns how many datagrams it took."""
    filler = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    count = 0
    while True:
        try:
            filler.sendto(b"FILLER", socket.MSG_DONTWAIT, path)
        except BlockingIOError:
            return count
        count += 1


def main():
    path, log, server_out = sys.argv[1:4]
    hold = float(sys.argv[4]) if len(sys.argv) > 4 else 0
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    os.chmod(path, 0o666)
    fillers = fill(path) if hold else 0
    if hold:
        with open(log + ".hold", "w") as f:
            f.write(f"{fillers}\n")
        time.sleep(hold)
        with open(log, "a") as f:
            f.write(f"held: {ports_answer(server_out)}\n")
    while True:
        data = sock.recv(4096).decode("utf-8", "replace")
        if data == "FILLER":
            continue
        line = f"{int(time.time() * 1000)} " + data.strip().replace("\n", " | ")
        if "READY=1" in data.split("\n"):
            line += " || " + ports_answer(server_out)
        with open(log, "a") as f:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
