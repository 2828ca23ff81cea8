"""Reading bank statements: amounts and dates however written, each bank's headers, and every
refused row with its reason in Vietnamese. No database: campaigns are stand-ins."""

from datetime import date
from types import SimpleNamespace

import pytest

from campaigns import statements

TOHIEU = SimpleNamespace(pk=1, reference_code="TOHIEU")
NUOIEM = SimpleNamespace(pk=2, reference_code="NUOIEM")


@pytest.mark.parametrize(
    "written, amount",
    [
        (1234567, 1234567),
        (1234567.0, 1234567),
        ("1234567", 1234567),
        ("1.234.567", 1234567),
        ("1,234,567", 1234567),
        ("1.234.567 đ", 1234567),
        ("1.234.567đồng", 1234567),
        ("1 234 567 VND", 1234567),
        ("1.234.567,00", 1234567),
        ("1,234,567.00", 1234567),
        ("500.000", 500000),
        ("+2.000.000", 2000000),
        ("-500.000", -500000),
        ("(500.000)", -500000),
        ("", None),
        (None, None),
    ],
)
def test_amounts_are_read_however_written(written, amount):
    assert statements.parse_amount(written) == amount


@pytest.mark.parametrize("written", ["abc", "1,5", "12.34.567", "1.234,56", 12.5, "1.2.3"])
def test_unreadable_amounts_are_errors(written):
    with pytest.raises(ValueError):
        statements.parse_amount(written)


@pytest.mark.parametrize(
    "written", ["31/10/2023", "31/10/2023 14:05:09", "31-10-2023", "2023-10-31", "31/10/2023\n5243.65937"]
)
def test_dates(written):
    assert statements.parse_date(written) == date(2023, 10, 31)


def plan(rows, bank="chung", known=(), fallback=None):
    return statements.plan_import(rows, statements.PROFILES[bank], [TOHIEU, NUOIEM], set(known), fallback)


VIETCOMBANK = [
    ["NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM"],
    ["SAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT"],
    ["Số tài khoản: 0000000001"],
    [],
    [
        "STT",
        "Ngày GD / TNX Date\nSố CT / Doc No",
        "Số tiền ghi nợ / Debit",
        "Số tiền ghi có / Credit",
        "Số dư / Balance",
        "Nội dung chi tiết / Transactions in detail",
    ],
    ["", "Số dư đầu kỳ", "", "", "10.000.000", ""],
    [
        1,
        "02/03/2024\n5078.97607",
        "",
        "500.000",
        "10.500.000",
        "MBVCB.5562.013.NGUYEN VAN AN chuyen tien ung ho tohieu",
    ],
    [2, "02/03/2024\n5079.11010", "", "1.000.000", "11.500.000", "ND UNG HO NUOIEM"],
    [3, "03/03/2024\n5080.00001", "2.000.000", "", "9.500.000", "Chi hoc bong TOHIEU dot 1"],
    ["", "Tổng cộng", "2.000.000", "1.500.000", "", ""],
]


def test_a_vietcombank_statement_with_references_under_the_dates():
    result = plan(VIETCOMBANK, bank="vietcombank")
    assert [(row.reference, row.kind, row.amount, row.campaign_id) for row in result.rows] == [
        ("5078.97607", "donation", 500_000, 1),
        ("5079.11010", "donation", 1_000_000, 2),
        ("5080.00001", "disbursement", 2_000_000, 1),
    ]
    assert result.rejected == [] and result.ignored == 2  # the opening balance and the total
    assert result.total("donation") == (2, 1_500_000)


def test_bidv_headers_and_the_counterpart_name():
    rows = [
        [
            "STT",
            "Ngày giao dịch",
            "Số tham chiếu",
            "Ghi nợ",
            "Ghi có",
            "Số dư",
            "Mô tả giao dịch",
            "Tên tài khoản đối ứng",
        ],
        [1, "05/03/2024 09:10:11", "FT2406512345", "0", "2,000,000", "2,000,000", "TOHIEU ung ho", "TRAN THI BINH"],
    ]
    (row,) = plan(rows, bank="bidv").rows
    assert (row.date, row.amount, row.name, row.campaign_id) == ("2024-03-05", 2_000_000, "TRAN THI BINH", 1)


def test_agribank_headers():
    rows = [
        ["Ngày giao dịch", "Số bút toán", "Phát sinh nợ", "Phát sinh có", "Diễn giải"],
        ["06/03/2024", "7300ABC0123", "", "300.000", "IBFT NUOIEM UNG HO"],
    ]
    (row,) = plan(rows, bank="agribank").rows
    assert (row.reference, row.amount, row.campaign_id) == ("7300ABC0123", 300_000, 2)


def test_the_generic_layout_reads_a_signed_amount():
    rows = [["Ngày", "Mã giao dịch", "Số tiền", "Nội dung"], ["2024-03-07", "A1", "-250.000", "Chi TOHIEU"]]
    (row,) = plan(rows).rows
    assert (row.kind, row.amount) == ("disbursement", 250_000)


def test_a_statement_without_the_banks_headers_says_what_it_needs():
    with pytest.raises(statements.StatementError) as error:
        plan([["A", "B"], [1, 2]], bank="agribank")
    assert "Không thấy dòng tiêu đề" in str(error.value) and "Diễn giải" in str(error.value)


GENERIC = ["Ngày", "Mã giao dịch", "Tiền vào", "Tiền ra", "Nội dung"]


@pytest.mark.parametrize(
    "row, reason",
    [
        (["31/02/2024", "R1", "100.000", "", "TOHIEU"], "Ngày giao dịch không đọc được"),
        (["01/01/1999", "R1", "100.000", "", "TOHIEU"], "Ngày giao dịch không thể có"),
        (["01/01/2090", "R1", "100.000", "", "TOHIEU"], "Ngày giao dịch không thể có"),
        (["01/03/2024", "", "100.000", "", "TOHIEU"], "Thiếu mã giao dịch"),
        (["01/03/2024", "R1", "một triệu", "", "TOHIEU"], "Số tiền không đọc được"),
        (["01/03/2024", "R1", "", "", "TOHIEU"], "Không có số tiền"),
        (["01/03/2024", "R1", "100.000", "100.000", "TOHIEU"], "cả tiền vào và tiền ra"),
        (["01/03/2024", "R1", "100.000", "", "TOHIEU va NUOIEM"], "nhiều chiến dịch: NUOIEM, TOHIEU"),
        (["01/03/2024", "R1", "100.000", "", "chuyen tien"], "không có mã chiến dịch"),
        (["01/03/2024", "R1", "100.000", "", "TOHIEUX"], "không có mã chiến dịch"),
    ],
)
def test_refused_rows_say_why(row, reason):
    result = plan([GENERIC, row])
    assert result.rows == []
    (rejection,) = result.rejected
    assert rejection.line == 2 and reason in rejection.reason


def test_a_known_reference_is_skipped_and_a_repeated_one_refused():
    rows = [GENERIC, ["01/03/2024", "r1", "100.000", "", "TOHIEU"], ["01/03/2024", "R2", "1", "", "TOHIEU"]]
    rows.append(["02/03/2024", "R2", "5", "", "TOHIEU"])
    result = plan(rows, known={"R1"})
    assert result.known == [2]
    assert [row.reference for row in result.rows] == ["R2"]
    assert "lặp lại dòng 3" in result.rejected[0].reason


def test_rows_without_a_code_go_to_the_fallback_campaign():
    (row,) = plan([GENERIC, ["01/03/2024", "R1", "100.000", "", "ung ho hoi"]], fallback=NUOIEM).rows
    assert row.campaign_id == NUOIEM.pk
