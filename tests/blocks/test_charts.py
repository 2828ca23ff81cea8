"""Charts drawn on the server: well-formed SVG with an accessible name, bars that say what the
numbers say, text that keeps its size on a phone, and the numbers in a table beside the chart."""

from decimal import Decimal
from xml.etree import ElementTree

import pytest

from blocks import charts
from blocks.official import AmountRow, FiguresBlock, RateRow, StatisticsTableBlock, amount_chart, rate_chart

SVG = "{http://www.w3.org/2000/svg}"

# Báo cáo 01/BC-HKH (Sơn La, 2023): the five learning models
MODELS = [
    RateRow("Công dân học tập", 388000, 237921),
    RateRow("Gia đình học tập", 274526, 242138),
    RateRow("Dòng họ học tập", 1149, 842),
    RateRow("Đơn vị học tập", 924, 858),
    RateRow("Cộng đồng học tập", 2303, 1808),
]


def parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(str(svg))


def bar_widths(root) -> list[str]:
    return [rect.get("width") for rect in root.iter(f"{SVG}rect") if rect.get("class") == "chart__bar"]


def texts(root, css_class: str) -> list[str]:
    return [text.text for text in root.iter(f"{SVG}text") if text.get("class") == css_class]


def test_rate_chart_is_an_image_named_by_its_title_and_description():
    root = parse(rate_chart("Mô hình học tập năm 2023", MODELS))
    assert root.get("role") == "img"
    title_id, desc_id = root.get("aria-labelledby").split()
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert (title.get("id"), title.text) == (title_id, "Mô hình học tập năm 2023")
    assert desc.get("id") == desc_id
    assert "Công dân học tập: 61,3%" in desc.text and "Đơn vị học tập: 92,9%" in desc.text


def test_rate_bars_fill_their_track_by_the_rate():
    root = parse(rate_chart("Mô hình học tập", MODELS))
    # 61.3% of the 72% span the track takes
    assert bar_widths(root)[0] == "44.14%"
    assert len(bar_widths(root)) == 5
    assert texts(root, "chart__value") == ["61,3%", "88,2%", "73,3%", "92,9%", "78,5%"]
    tracks = [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "chart__track"]
    assert {rect.get("width") for rect in tracks} == {"72%"}


def test_a_row_without_registrations_has_no_bar_and_a_dash():
    root = parse(rate_chart("Mô hình", [RateRow("Chưa đăng ký", 0, 0), RateRow("Đạt một nửa", 10, 5)]))
    assert len(bar_widths(root)) == 1
    assert texts(root, "chart__value") == ["–", "50,0%"]


def test_more_than_registered_fills_the_track_and_says_so():
    root = parse(rate_chart("Vượt chỉ tiêu", [RateRow("Đơn vị", 100, 120)]))
    assert bar_widths(root) == ["72.00%"]
    assert texts(root, "chart__value") == ["120,0%"]


def test_amount_bars_are_in_proportion_to_the_largest():
    root = parse(
        amount_chart(
            "Quỹ khuyến học năm 2023",
            [AmountRow("Tổng quỹ toàn tỉnh", 31_862_960_857), AmountRow("Quỹ huyện Sông Mã", 2_951_000_000)],
        )
    )
    assert bar_widths(root) == ["72.00%", "6.67%"]
    assert texts(root, "chart__value") == ["31,9 tỷ", "2,95 tỷ"]
    assert "đồng" in root.find(f"{SVG}desc").text


def test_a_tiny_amount_still_shows_a_sliver():
    root = parse(amount_chart("Quỹ", [AmountRow("Lớn", 10**10), AmountRow("Nhỏ", 10**6)]))
    assert bar_widths(root)[1] == "0.40%"


def test_widths_are_percentages_and_heights_pixels_so_text_keeps_its_size():
    root = parse(rate_chart("Mô hình học tập", MODELS))
    assert root.get("width") == "100%"
    assert root.get("viewBox") is None
    assert int(root.get("height")) > 5 * (charts.LINE_HEIGHT + charts.BAR_HEIGHT)


def test_long_labels_wrap_on_two_lines_at_most():
    label = "Học bổng “Nuôi em khuyến học” cho học sinh mồ côi cả cha lẫn mẹ ở các xã biên giới Sông Mã, Sốp Cộp"
    root = parse(amount_chart("Học bổng", [AmountRow(label, 546_000_000), AmountRow("Khác", 10_000_000)]))
    lines = texts(root, "chart__label")
    assert len(lines) == 3  # two for the long label, one for the short
    assert all(len(line) <= charts.LABEL_CHARS for line in lines)
    assert lines[1].endswith("…")


def test_labels_are_escaped():
    svg = str(rate_chart("<script>", [RateRow("A & B <i>", 2, 1)]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "A &amp; B &lt;i&gt;" in svg
    parse(svg)


def test_the_same_chart_twice_keeps_its_ids_and_another_chart_gets_others():
    first, again = parse(rate_chart("A", MODELS)), parse(rate_chart("A", MODELS))
    other = parse(rate_chart("B", MODELS))
    assert first.get("aria-labelledby") == again.get("aria-labelledby") != other.get("aria-labelledby")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (31_862_960_857, "31,9 tỷ"),
        (14_700_000_000, "14,7 tỷ"),
        (5_000_000_000, "5 tỷ"),
        (865_112_000, "865 triệu"),
        (10_500_000, "10,5 triệu"),
        (500_000, "500 nghìn"),
        (750, "750"),
    ],
)
def test_compact_amounts(amount, text):
    assert charts.compact_amount(amount) == text


def test_percent():
    assert charts.percent(Decimal("61.3")) == "61,3%"
    assert charts.percent(None) == "–"


def test_statistics_table_block_draws_its_chart_before_its_table():
    block = StatisticsTableBlock()
    value = block.to_python(
        {
            "title": "Mô hình học tập",
            "note": "",
            "rows": [{"label": row.label, "registered": row.registered, "achieved": row.achieved} for row in MODELS],
        }
    )
    html = block.render(value)
    assert html.index('<figure class="chart">') < html.index('<table class="stats">')
    assert 'role="img"' in html and ">Mô hình học tập</caption>" in html
    assert "237.921" in html and "61,3%" in html


def figures(*items) -> object:
    block = FiguresBlock()
    return block, block.to_python(
        {"title": "Quỹ", "items": [{"label": label, "value": value, "unit": unit} for label, value, unit in items]}
    )


def test_figures_all_in_dong_get_a_chart_above_the_list():
    block, value = figures(("Quỹ tỉnh", 14_700_000_000, "đồng"), ("Quỹ huyện", 9_172_121_000, "Đồng"))
    assert value.amount_rows == [AmountRow("Quỹ tỉnh", 14_700_000_000), AmountRow("Quỹ huyện", 9_172_121_000)]
    html = block.render(value)
    assert html.index('<figure class="chart">') < html.index('<dl class="figures__list">')


@pytest.mark.parametrize(
    "items",
    [
        [("Lượt khen", 43939, "lượt"), ("Số tiền", 10_408_674_000, "đồng")],  # two units
        [("Tổng quỹ", 31_862_960_857, "đồng")],  # one amount: nothing to compare
        [("Hội viên", 351214, "hội viên"), ("Tăng", 5178, "hội viên")],
    ],
)
def test_other_figures_get_no_chart(items):
    block, value = figures(*items)
    assert value.amount_rows == []
    assert "<svg" not in block.render(value)
