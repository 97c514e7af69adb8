#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
"""A loopback TCP proxy that holds a request in the middle, so a test can stop akten-central while it is in hand.

TLS stays end to end (only ciphertext passes). Client to server, the first connection that has sent more than
STALL_AFTER bytes in all is held there: the proxy writes CONTROL_DIR/stalled (the bytes passed so far) and forwards
nothing more from that client until CONTROL_DIR/go exists; then it goes on. It holds only once. Answers from the
server pass at once.

usage: stallproxy.py PORT_FILE TARGET_PORT STALL_AFTER CONTROL_DIR
Listens on 127.0.0.1 (port written to PORT_FILE), forwards to 127.0.0.1:TARGET_PORT. Runs until killed.
"""
import os
import socket
import sys
import threading
import time

held = threading.Lock()
state = {"held": False}


def shut(*sockets):
    for sock in sockets:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def pump(source, sink, stall_after, control):
    sent = 0
    try:
        while True:
            chunk = source.recv(16384)
            if not chunk:
                break
            if stall_after is not None and sent + len(chunk) > stall_after:
                with held:
                    hold = not state["held"]
                    state["held"] = True
                if hold:
                    head = stall_after - sent
                    sink.sendall(chunk[:head])
                    sent += head
                    chunk = chunk[head:]
                    with open(os.path.join(control, "stalled.tmp"), "w") as f:
                        f.write(str(sent))
                    os.rename(os.path.join(control, "stalled.tmp"), os.path.join(control, "stalled"))
                    while not os.path.exists(os.path.join(control, "go")):
                        time.sleep(0.02)
                stall_after = None
            sink.sendall(chunk)
            sent += len(chunk)
    except OSError:
        pass
    finally:
        shut(source, sink)


def main():
    port_file, target, stall_after, control = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(listener.getsockname()[1]))
    os.rename(port_file + ".tmp", port_file)
    while True:
        client, _ = listener.accept()
        try:
            server = socket.create_connection(("127.0.0.1", target))
        except OSError:
            client.close()
            continue
        threading.Thread(target=pump, args=(client, server, stall_after, control), daemon=True).start()
        threading.Thread(target=pump, args=(server, client, None, control), daemon=True).start()


if __name__ == "__main__":
    main()
