"""VietQR: the QR code that Vietnamese banking apps read to fill in a transfer.

The payload is EMVCo's merchant-presented QR in the form NAPAS specifies for transfers to an
account (VietQR, "QRIBFTTA"): each field is ID (2 digits), length (2 digits), value; the last
field is a CRC16-CCITT of everything before it. The purpose field (62/08) carries the
campaign's reference code, so the bank statement shows which campaign a transfer is for.
Built on the server, drawn as an SVG by segno: the reader downloads no script.
"""

import re
from functools import lru_cache

import segno

from core.text import fold

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"
CURRENCY_VND = "704"
COUNTRY = "VN"
PURPOSE_MAX = 25  # NAPAS: the transfer memo a VietQR may carry

# NAPAS BINs of the banks an association's fund is likely to bank with (short name, full name).
BANKS = {
    "970436": ("Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
    "970418": ("BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
    "970405": ("Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
    "970415": ("VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
    "970422": ("MB", "Ngân hàng TMCP Quân đội"),
    "970407": ("Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
    "970416": ("ACB", "Ngân hàng TMCP Á Châu"),
    "970403": ("Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
    "970432": ("VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
    "970423": ("TPBank", "Ngân hàng TMCP Tiên Phong"),
    "970443": ("SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội"),
    "970437": ("HDBank", "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh"),
    "970441": ("VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
    "970449": ("LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
    "970426": ("MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
    "970440": ("SeABank", "Ngân hàng TMCP Đông Nam Á"),
    "970448": ("OCB", "Ngân hàng TMCP Phương Đông"),
    "970431": ("Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
    "970452": ("KienlongBank", "Ngân hàng TMCP Kiên Long"),
    "970409": ("BAC A BANK", "Ngân hàng TMCP Bắc Á"),
}
BANK_CHOICES = [(bin_code, f"{short} – {full}") for bin_code, (short, full) in BANKS.items()]
ACCOUNT_NUMBER = re.compile(r"[0-9A-Za-z]{6,19}")


def field(tag: str, value: str) -> str:
    if len(value) > 99:
        raise ValueError(f"VietQR field {tag} is longer than 99 characters")
    return f"{tag}{len(value):02d}{value}"


def crc16_ccitt(data: str) -> str:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF), four upper-case hex digits."""
    crc = 0xFFFF
    for byte in data.encode("ascii"):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


def memo_text(text: str) -> str:
    """What a transfer memo may hold: no diacritics, letters, digits and spaces, at most 25 characters."""
    plain = re.sub(r"[^A-Za-z0-9 ]+", " ", fold(text).upper())
    return " ".join(plain.split())[:PURPOSE_MAX].strip()


def payload(bank_bin: str, account_number: str, purpose: str = "", amount: int | None = None) -> str:
    """The VietQR string for a transfer to ``account_number`` at the bank ``bank_bin``.

    Without an amount the code is static (point of initiation 11: the giver types the amount);
    with one it is dynamic (12)."""
    if not re.fullmatch(r"\d{6}", bank_bin) or not ACCOUNT_NUMBER.fullmatch(account_number):
        raise ValueError("a VietQR needs a 6-digit bank BIN and an account number of 6 to 19 letters or digits")
    beneficiary = field("00", bank_bin) + field("01", account_number)
    merchant = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", SERVICE_TO_ACCOUNT)
    parts = [
        field("00", "01"),
        field("01", "12" if amount else "11"),
        field("38", merchant),
        field("53", CURRENCY_VND),
    ]
    if amount:
        parts.append(field("54", str(int(amount))))
    parts.append(field("58", COUNTRY))
    memo = memo_text(purpose)
    if memo:
        parts.append(field("62", field("08", memo)))
    body = "".join(parts) + "6304"
    return body + crc16_ccitt(body)


@lru_cache(maxsize=256)  # a few milliseconds of pure Python each: a campaign's code is drawn once per process
def svg(data: str, title: str) -> str:
    """The QR code as inline SVG, with a title for screen readers (error correction M, as banks print)."""
    code = segno.make_qr(data, error="m")
    drawing = code.svg_inline(scale=5, border=4, title=title, svgclass="vietqr", omitsize=True)
    return drawing.replace("<svg ", '<svg role="img" ', 1)
