#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Akten developers
"""A loopback TCP proxy that hurts the traffic between a tablet and akten-central the way a bad dock network does.

TLS stays end to end (the proxy sees only ciphertext, so it cannot reorder or replay inside a connection: TLS would
refuse). What it can do, and what a tablet must survive: delay every chunk from the server, and cut a connection after
the server has sent some bytes of an answer (the server has committed the batch; the tablet never hears so), which
makes the tablet send the same batch again on its next sync.

usage: faultproxy.py PORT_FILE TARGET_PORT [--delay-ms N] [--cut-after-bytes N] [--cut-connections K]
Listens on 127.0.0.1 (port written to PORT_FILE), forwards to 127.0.0.1:TARGET_PORT. The first K connections are cut
once N bytes came back from the server. Runs until killed.
"""
import argparse
import socket
import threading
import time


def pump(source, sink, delay, cut_after, on_cut):
    sent = 0
    try:
        while True:
            chunk = source.recv(65536)
            if not chunk:
                break
            if delay:
                time.sleep(delay)
            if cut_after is not None and sent + len(chunk) > cut_after:
                on_cut()
                return
            sink.sendall(chunk)
            sent += len(chunk)
    except OSError:
        pass
    finally:
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port_file")
    parser.add_argument("target_port", type=int)
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--cut-after-bytes", type=int, default=None)
    parser.add_argument("--cut-connections", type=int, default=0)
    args = parser.parse_args()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    with open(args.port_file, "w") as f:
        f.write(str(listener.getsockname()[1]))
    count = 0
    while True:
        client, _ = listener.accept()
        server = socket.create_connection(("127.0.0.1", args.target_port))
        cut = args.cut_after_bytes if count < args.cut_connections else None
        count += 1

        def close_both(c=client, s=server):
            for sock in (c, s):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                    sock.close()
                except OSError:
                    pass

        threading.Thread(target=pump, args=(client, server, 0, None, close_both), daemon=True).start()
        threading.Thread(target=pump, args=(server, client, args.delay_ms / 1000, cut, close_both),
                         daemon=True).start()


if __name__ == "__main__":
    main()
