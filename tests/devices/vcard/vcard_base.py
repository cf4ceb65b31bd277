"""Shared plumbing for Kiroku's emulated cards (vsmartcard / vpcd).

Run with Debian's own /usr/bin/python3: the virtualsmartcard package lives in
/usr/lib/python3/site-packages/virtualsmartcard and expects PyCrypto's module
name "Crypto", which Debian ships as "Cryptodome" (python3-pycryptodome); a
temporary folder with a symlink Crypto -> Cryptodome bridges the two.
"""

import atexit
import os
import shutil
import sys
import tempfile

VSMARTCARD_PATH = "/usr/lib/python3/site-packages/virtualsmartcard"
CRYPTODOME_PATH = "/usr/lib/python3/dist-packages/Cryptodome"

SW_OK = b"\x90\x00"
SW_SECURITY_NOT_SATISFIED = b"\x69\x82"
SW_PIN_BLOCKED = b"\x69\x83"
SW_FILE_NOT_FOUND = b"\x6a\x82"
SW_WRONG_P1P2 = b"\x6a\x86"
SW_WRONG_OFFSET = b"\x6b\x00"
SW_INS_NOT_SUPPORTED = b"\x6d\x00"
SW_CLA_NOT_SUPPORTED = b"\x6e\x00"
SW_WRONG_LENGTH = b"\x67\x00"
SW_FUNCTION_NOT_SUPPORTED = b"\x6a\x81"


def import_virtualsmartcard():
    """Returns (VirtualICC, SmartcardOS) after putting the packages on sys.path."""
    if not os.path.isdir(VSMARTCARD_PATH):
        sys.exit("vsmartcard is missing: install python3-virtualsmartcard (%s)" % VSMARTCARD_PATH)
    if not os.path.isdir(CRYPTODOME_PATH):
        sys.exit("pycryptodome is missing: install python3-pycryptodome (%s)" % CRYPTODOME_PATH)
    shim = tempfile.mkdtemp(prefix="kiroku-vcard-")
    atexit.register(shutil.rmtree, shim, True)
    os.symlink(CRYPTODOME_PATH, os.path.join(shim, "Crypto"))
    sys.path.insert(0, shim)
    sys.path.insert(0, VSMARTCARD_PATH)
    from virtualsmartcard.VirtualSmartcard import VirtualICC, SmartcardOS  # noqa: E402
    return VirtualICC, SmartcardOS


def parse_apdu(apdu):
    """Splits a short-length command APDU into (cla, ins, p1, p2, data, le); None when malformed."""
    if len(apdu) < 4:
        return None
    cla, ins, p1, p2 = apdu[0], apdu[1], apdu[2], apdu[3]
    body = apdu[4:]
    if not body:
        return cla, ins, p1, p2, b"", None
    if len(body) == 1:
        return cla, ins, p1, p2, b"", body[0] or 256
    lc = body[0]
    if lc and len(body) == 1 + lc:
        return cla, ins, p1, p2, bytes(body[1:]), None
    if lc and len(body) == 2 + lc:
        return cla, ins, p1, p2, bytes(body[1:1 + lc]), body[-1] or 256
    return None


def jis(text):
    """Raw JIS X 0208 (2 bytes a character, no escape sequences) as on the license chip."""
    encoded = text.encode("euc_jp")
    if len(encoded) % 2 or any(b < 0xA1 for b in encoded):
        raise ValueError("not plain JIS X 0208: %r" % text)
    return bytes(b & 0x7F for b in encoded)


class Behaviour:
    """What every emulated card shares: the APDU log and simulated removal."""

    def __init__(self, log_path=None, remove_when=None):
        self.log = open(log_path, "a", buffering=1) if log_path else None
        self.remove_when = remove_when

    def record(self, apdu):
        if self.log:
            self.log.write(apdu.hex(" ").upper() + "\n")
            self.log.flush()
            os.fsync(self.log.fileno())

    def pull_card(self):
        """Leaves without answering, as a card taken off the reader mid-command."""
        if self.log:
            self.log.write("# card removed\n")
            self.log.flush()
        os._exit(0)

    def check_removal(self):
        if self.remove_when and os.path.exists(self.remove_when):
            self.pull_card()
