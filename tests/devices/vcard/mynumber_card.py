"""An emulated My Number card, 券面事項入力補助AP only, that logs every command it receives.

It also holds EF 00 01 with a fake 個人番号, so that a reader that selected it would visibly succeed: the
test reading the log proves that Kiroku never sends that SELECT.
"""

from vcard_base import (Behaviour, parse_apdu, SW_OK, SW_SECURITY_NOT_SATISFIED, SW_PIN_BLOCKED,
                        SW_FILE_NOT_FOUND, SW_WRONG_P1P2, SW_WRONG_OFFSET, SW_INS_NOT_SUPPORTED,
                        SW_CLA_NOT_SUPPORTED, SW_WRONG_LENGTH, SW_FUNCTION_NOT_SUPPORTED)

FACE_AID = bytes.fromhex("D3921000310001010408")
FAKE_INDIVIDUAL_NUMBER = b"123456789018"


def ber(tag, value):
    head = tag.to_bytes(2, "big")
    if len(value) < 0x80:
        return head + bytes([len(value)]) + value
    if len(value) < 0x100:
        return head + bytes([0x81, len(value)]) + value
    return head + bytes([0x82]) + len(value).to_bytes(2, "big") + value


def build_face_data():
    """The test holder: 番号 花子, born 1985-04-15, female. The address is long enough for the 81 length form."""
    inner = b"".join([
        ber(0xDF21, bytes(range(0x21, 0x21 + 33))),
        ber(0xDF22, "番号　花子".encode("utf-8")),
        ber(0xDF23, "東京都千代田区永田町一丁目七番一号　国会議事堂前ハイツ１０１号室".encode("utf-8")),
        ber(0xDF24, b"19850415"),
        ber(0xDF25, b"2"),
    ])
    return ber(0xFF20, inner) + b"\xff" * 32


class MyNumberCard(Behaviour):
    def __init__(self, pin="1234", tries=3, **kwargs):
        super().__init__(**kwargs)
        self.pin = pin.encode("ascii")
        self.tries = tries
        self.files = {0x0002: build_face_data(), 0x0001: FAKE_INDIVIDUAL_NUMBER}
        self.reset()

    def reset(self):
        self.verified = False
        self.in_application = False
        self.ef = None

    def powerUp(self):
        self.reset()

    def powerDown(self):
        self.reset()

    def getATR(self):
        return bytes.fromhex("3B8880010000000000000000B4")

    def execute(self, apdu):
        self.record(apdu)
        self.check_removal()
        parsed = parse_apdu(apdu)
        if parsed is None:
            return SW_WRONG_LENGTH
        cla, ins, p1, p2, data, le = parsed
        if cla != 0x00:
            return SW_CLA_NOT_SUPPORTED
        if ins == 0xA4:
            return self.select(p1, data)
        if ins == 0xB0:
            return self.read_binary(p1, p2, le)
        if ins == 0x20:
            return self.verify(p2, data)
        return SW_INS_NOT_SUPPORTED

    def select(self, p1, data):
        if p1 == 0x04:
            self.in_application = data == FACE_AID
            self.ef = None
            return SW_OK if self.in_application else SW_FILE_NOT_FOUND
        if p1 == 0x02 and len(data) == 2 and self.in_application:
            fid = int.from_bytes(data, "big")
            if fid in self.files or fid == 0x0011:
                self.ef = fid
                return SW_OK
            return SW_FILE_NOT_FOUND
        return SW_FILE_NOT_FOUND if p1 == 0x02 else SW_WRONG_P1P2

    def read_binary(self, p1, p2, le):
        if p1 & 0x80:
            return SW_FUNCTION_NOT_SUPPORTED
        if self.ef not in self.files:
            return b"\x69\x86"
        if not self.verified:
            return SW_SECURITY_NOT_SATISFIED
        content = self.files[self.ef]
        offset = (p1 << 8) | p2
        if offset > len(content):
            return SW_WRONG_OFFSET
        return content[offset:offset + (le or 256)] + SW_OK

    def verify(self, p2, data):
        if p2 != 0x80 or not self.in_application:
            return SW_WRONG_P1P2
        if not data:
            return SW_OK if self.verified else bytes([0x63, 0xC0 | self.tries])
        if self.tries == 0:
            return SW_PIN_BLOCKED
        if data == self.pin:
            self.tries = 3
            self.verified = True
            return SW_OK
        self.tries -= 1
        return bytes([0x63, 0xC0 | self.tries])
