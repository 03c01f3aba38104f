#!/usr/bin/env python3
"""SMTP sink for StatusGen's notify tests (Debian python3-aiosmtpd; run with /usr/bin/python3).

Listens on 127.0.0.1:PORT and writes each accepted message, as received, to FOLDER/NNNN.eml (atomically, via a
.tmp file and a rename), with the envelope in FOLDER/NNNN.envelope. Prints "ready" once listening and stops when
its standard input closes, so a test that dies takes the server with it.

  smtp-sink.py --port PORT --folder FOLDER [--fail-first N] [--auth USER:PASSWORD]

--fail-first N answers the first N messages with "451 4.3.0 try again later" (a transient failure).
--auth requires AUTH PLAIN/LOGIN with these credentials (allowed without TLS: loopback only).
"""
import argparse
import os
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder, fail_first):
        self.folder = folder
        self.fail_first = fail_first
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if self.fail_first > 0:
            self.fail_first -= 1
            return "451 4.3.0 try again later"
        self.count += 1
        base = os.path.join(self.folder, f"{self.count:04d}")
        with open(base + ".envelope.tmp", "w", encoding="utf-8") as f:
            f.write("MAIL FROM:" + envelope.mail_from + "\n")
            for rcpt in envelope.rcpt_tos:
                f.write("RCPT TO:" + rcpt + "\n")
        os.rename(base + ".envelope.tmp", base + ".envelope")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--auth")
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)

    kwargs = {}
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login == user.encode() and auth_data.password == password.encode()
            # handled=False makes aiosmtpd answer 535 itself; a handled failure would leave the client waiting.
            return AuthResult(success=ok, handled=False)

        kwargs = {"authenticator": authenticator, "auth_require_tls": False, "auth_required": True}

    controller = Controller(Sink(args.folder, args.fail_first), hostname="127.0.0.1", port=args.port, **kwargs)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
