#!/usr/bin/python3
"""Runs one of Kiroku's emulated cards against vpcd (vsmartcard's virtual reader in pcscd).

    /usr/bin/python3 kiroku_vcard.py --card license --port 35963
    /usr/bin/python3 kiroku_vcard.py --card mynumber --port 35963 --log /tmp/apdu.log

The card stays "on the reader" until the process ends (Ctrl-C, SIGTERM), the file given with --remove-when
appears, or --remove-after-reads EF01 reads have been answered. Never uses vicc's reversed mode (-R).
"""

import argparse
import logging
import os
import signal
import socket
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from vcard_base import import_virtualsmartcard  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--card", choices=["license", "mynumber"], required=True)
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--port", type=int, default=35963, help="vpcd port (CHANNELID in its reader.conf)")
    parser.add_argument("--pin", default="1234")
    parser.add_argument("--tries", type=int, default=3, choices=range(0, 4))
    parser.add_argument("--no-pin-set", action="store_true", help="license: holder set no PIN (default ****)")
    parser.add_argument("--variant", choices=["standard", "garbled"], default="standard")
    parser.add_argument("--log", help="append every command APDU received, one hex line each")
    parser.add_argument("--remove-when", help="leave the reader (mid-command) once this file exists")
    parser.add_argument("--remove-after-reads", type=int, default=0,
                        help="license: leave the reader instead of answering EF01 read number N+1")
    parser.add_argument("--check", action="store_true", help="connect to vpcd once and exit (stack check)")
    args = parser.parse_args()

    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    VirtualICC, SmartcardOS = import_virtualsmartcard()

    if args.check:
        try:
            socket.create_connection((args.host, args.port), timeout=5).close()
        except OSError as error:
            sys.exit("vpcd does not accept a card on %s:%d: %s" % (args.host, args.port, error))
        return

    common = {"log_path": args.log, "remove_when": args.remove_when}
    if args.card == "license":
        from license_card import LicenseCard

        class LicenseCardOS(LicenseCard, SmartcardOS):
            pass

        card = LicenseCardOS(pin=args.pin, tries=args.tries, pin_set=not args.no_pin_set, variant=args.variant,
                             remove_after_reads=args.remove_after_reads, **common)
    else:
        from mynumber_card import MyNumberCard

        class MyNumberCardOS(MyNumberCard, SmartcardOS):
            pass

        card = MyNumberCardOS(pin=args.pin, tries=args.tries, **common)

    icc = VirtualICC(None, "iso7816", args.host, args.port, logginglevel=logging.ERROR)
    icc.os = card
    icc.run()


if __name__ == "__main__":
    main()
