"""The VietQR payload decodes back to the fund's account and the campaign's reference code."""

import pytest

from campaigns import vietqr


def read_fields(text: str) -> dict[str, str]:
    """EMVCo's ID–length–value fields, one level."""
    fields, position = {}, 0
    while position < len(text):
        tag, length = text[position : position + 2], int(text[position + 2 : position + 4])
        fields[tag] = text[position + 4 : position + 4 + length]
        position += 4 + length
    assert position == len(text), "the last field runs past the end"
    return fields


def decode(payload: str) -> dict:
    body, crc = payload[:-4], payload[-4:]
    assert body.endswith("6304")
    assert vietqr.crc16_ccitt(body) == crc, "the checksum covers everything up to and including 6304"
    fields = read_fields(payload)
    merchant = read_fields(fields["38"])
    beneficiary = read_fields(merchant["01"])
    return {
        "format": fields["00"],
        "initiation": fields["01"],
        "guid": merchant["00"],
        "bin": beneficiary["00"],
        "account": beneficiary["01"],
        "service": merchant["02"],
        "currency": fields["53"],
        "amount": fields.get("54"),
        "country": fields["58"],
        "purpose": read_fields(fields["62"])["08"] if "62" in fields else None,
    }


def test_crc_is_ccitt_false():
    assert vietqr.crc16_ccitt("123456789") == "29B1"  # the algorithm's published check value


def test_a_static_code_carries_account_and_reference():
    decoded = decode(vietqr.payload("970405", "0000000002", "NUOIEM ung ho"))
    assert decoded == {
        "format": "01",
        "initiation": "11",
        "guid": "A000000727",
        "bin": "970405",
        "account": "0000000002",
        "service": "QRIBFTTA",
        "currency": "704",
        "amount": None,
        "country": "VN",
        "purpose": "NUOIEM UNG HO",
    }


def test_an_amount_makes_the_code_dynamic():
    decoded = decode(vietqr.payload("970436", "1234567890123", "TOHIEU", amount=500_000))
    assert (decoded["initiation"], decoded["amount"], decoded["purpose"]) == ("12", "500000", "TOHIEU")


def test_the_memo_loses_diacritics_and_stays_within_25_characters():
    assert vietqr.memo_text("Ủng hộ Tô Hiệu – Đợt 2!") == "UNG HO TO HIEU DOT 2"
    assert len(vietqr.memo_text("x" * 40)) == vietqr.PURPOSE_MAX


@pytest.mark.parametrize("bank_bin, account", [("97043", "0123456789"), ("970436", "12345"), ("970436", "12 34")])
def test_a_malformed_account_is_refused(bank_bin, account):
    with pytest.raises(ValueError):
        vietqr.payload(bank_bin, account)


def test_the_svg_is_a_labelled_image():
    drawing = vietqr.svg(vietqr.payload("970436", "0000000001", "TOHIEU"), "Mã VietQR ủng hộ")
    assert drawing.startswith('<svg role="img" ') and "<title>Mã VietQR ủng hộ</title>" in drawing
    assert "<script" not in drawing
    assert "<title>A &lt;b&gt;</title>" in vietqr.svg("x", "A <b>"), "a campaign's title cannot add markup"
