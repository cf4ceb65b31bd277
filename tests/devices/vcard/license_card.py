"""An emulated Japanese driver's license chip (DF1/EF01 read with PIN1)."""

from vcard_base import (Behaviour, jis, parse_apdu, SW_OK, SW_SECURITY_NOT_SATISFIED, SW_PIN_BLOCKED,
                        SW_FILE_NOT_FOUND, SW_WRONG_P1P2, SW_WRONG_OFFSET, SW_INS_NOT_SUPPORTED,
                        SW_CLA_NOT_SUPPORTED, SW_WRONG_LENGTH, SW_FUNCTION_NOT_SUPPORTED)

DF1_AID = bytes.fromhex("A0000002310100000000000000000000")
EF01_SIZE = 880
GAIJI = bytes([0x76, 0x21])  # a cell in the user-defined rows: a 外字, shown on the chip only as an image in EF03


def tlv(tag, value):
    assert len(value) < 256
    return bytes([tag, len(value)]) + value


def build_ef01(variant="standard"):
    """The test holder: 山田 太郎, born 昭和48年6月15日, with a 外字 in the address."""
    elements = [
        tlv(0x11, b"1"),
        tlv(0x12, jis("山田") + bytes([0x21, 0x21]) + jis("太郎")),
        tlv(0x13, b""),
        tlv(0x16, b"3480615"),
        tlv(0x17, jis("東京都千代田区霞が関２丁目") + GAIJI + jis("１番２号")),
        tlv(0x18, b"5040401"),
        tlv(0x19, b"12345"),
        tlv(0x1A, jis("優良")),
        tlv(0x1B, b"5090715"),
        tlv(0x1C, jis("眼鏡等")),
        tlv(0x1D, jis("中型車は中型車（８ｔ）に限る") * 2),
        tlv(0x1E, jis("準中型で運転できる準中型車は準中型車（５ｔ）に限る") * 2),
        tlv(0x1F, b""),
        tlv(0x20, jis("東京都公安委員会")),
        tlv(0x21, b"301234567810"),
    ]
    data = b"".join(elements)
    if variant == "garbled":
        # No padding, and the last element claims 240 bytes where fewer remain in the file.
        room = EF01_SIZE - len(data)
        while room - 2 >= 0xF0:
            data += tlv(0x1D, b"\x21" * 200)
            room -= 202
        return data + bytes([0x1C, 0xF0]) + b"\x21" * (room - 2)
    return data + b"\xff" * (EF01_SIZE - len(data))


def build_common_data():
    return bytes.fromhex("450B") + b"008" + bytes.fromhex("20220401") + bytes.fromhex("20270715") + \
        bytes.fromhex("46020000")


class LicenseCard(Behaviour):
    def __init__(self, pin="1234", tries=3, pin_set=True, variant="standard", remove_after_reads=0, **kwargs):
        super().__init__(**kwargs)
        self.pin = (pin if pin_set else "****").encode("ascii")
        self.tries = tries
        self.files = {
            ("MF", 0x2F01): build_common_data(),
            ("MF", 0x000A): bytes([0x05, 0x01, 0x01 if pin_set else 0x00]),
            ("DF1", 0x0001): build_ef01(variant),
        }
        self.protected = {("DF1", 0x0001)}
        self.remove_after_reads = remove_after_reads
        self.ef01_reads = 0
        self.reset()

    def reset(self):
        """Power cycle or warm reset: security state and selection start afresh, the tries counter stays."""
        self.verified = False
        self.df = "MF"
        self.ef = None

    def powerUp(self):
        self.reset()

    def powerDown(self):
        self.reset()

    def getATR(self):
        # Contactless Type B card as a PC/SC reader reports it (PC/SC part 3 pseudo-ATR).
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
            if data == DF1_AID:
                self.df, self.ef = "DF1", None
                return SW_OK
            return SW_FILE_NOT_FOUND
        if p1 == 0x00 and data in (b"", b"\x3f\x00"):
            self.df, self.ef = "MF", None
            return SW_OK
        if p1 == 0x02 and len(data) == 2:
            key = (self.df, int.from_bytes(data, "big"))
            if key in self.files:
                self.ef = key
                return SW_OK
            return SW_FILE_NOT_FOUND
        return SW_WRONG_P1P2

    def read_binary(self, p1, p2, le):
        if p1 & 0x80:
            return SW_FUNCTION_NOT_SUPPORTED
        if self.ef is None:
            return b"\x69\x86"  # no current EF
        if self.ef in self.protected and not self.verified:
            return SW_SECURITY_NOT_SATISFIED
        content = self.files[self.ef]
        offset = (p1 << 8) | p2
        if offset > len(content):
            return SW_WRONG_OFFSET
        if self.ef == ("DF1", 0x0001):
            self.ef01_reads += 1
            if self.remove_after_reads and self.ef01_reads > self.remove_after_reads:
                self.pull_card()
        return content[offset:offset + (le or 256)] + SW_OK

    def verify(self, p2, data):
        if p2 != 0x81:
            return SW_WRONG_P1P2  # only PIN1 exists here; PIN2 is never needed
        if not data:
            if self.verified:
                return SW_OK
            return bytes([0x63, 0xC0 | self.tries])
        if self.tries == 0:
            return SW_PIN_BLOCKED
        if data == self.pin:
            self.tries = 3
            self.verified = True
            return SW_OK
        self.tries -= 1
        self.verified = False
        return bytes([0x63, 0xC0 | self.tries])
