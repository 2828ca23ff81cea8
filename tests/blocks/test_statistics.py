from decimal import Decimal

from blocks.official import StatisticsTableBlock, achievement_rate


def test_rate_is_computed_from_registered_and_achieved():
    # Dòng họ học tập, 2023 (Báo cáo 01/BC-HKH): 842 of 1,149
    assert achievement_rate(1149, 842) == Decimal("73.3")
    assert achievement_rate(388000, 237921) == Decimal("61.3")


def test_rate_is_undefined_without_registrations():
    assert achievement_rate(0, 5) is None
    assert achievement_rate(None, None) is None


def test_table_value_exposes_rates_and_totals():
    block = StatisticsTableBlock()
    value = block.to_python(
        {
            "title": "Mô hình học tập",
            "note": "",
            "rows": [
                {"label": "Đơn vị học tập", "registered": 924, "achieved": 858},
                {"label": "Cộng đồng học tập", "registered": 2303, "achieved": 1808},
            ],
        }
    )
    assert [row.rate for row in value["rows"]] == [Decimal("92.9"), Decimal("78.5")]
    assert value.total_registered == 3227
    assert value.total_achieved == 2666
    html = block.render(value)
    assert "92,9%" in html and "78,5%" in html


def test_rate_field_cannot_be_typed():
    assert "rate" not in StatisticsTableBlock().child_blocks["rows"].child_block.child_blocks
