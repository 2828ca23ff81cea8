"""The checklist's rules, one by one, and their per-Site switch."""

import pytest

from workflows.checklist import rules
from workflows.checklist.models import ChecklistSettings


@pytest.fixture
def checklist_settings(province):
    return ChecklistSettings.for_site(province)


def test_complete_page_passes(draft_news, checklist_settings):
    assert rules.failures(draft_news, checklist_settings) == []


@pytest.mark.parametrize(
    "change, message",
    [
        ({"kind": ""}, "Chưa chọn loại: tin hay bài."),
        ({"summary": ""}, "Chưa có tóm tắt."),
        ({"summary": "x" * 301}, "Tóm tắt dài 301 ký tự, quá 300 ký tự cho phép."),
        ({"lead_image": None}, "Chưa có ảnh đại diện."),
        ({"category": None}, "Chưa chọn chuyên mục."),
        ({"body": []}, "Nội dung bài đang trống."),
    ],
)
def test_each_rule_explains_itself_in_vietnamese(draft_news, checklist_settings, change, message):
    for field, value in change.items():
        setattr(draft_news, field, value)
    assert message in rules.failures(draft_news, checklist_settings)


def test_lead_image_needs_alt_text(draft_news, checklist_settings):
    draft_news.lead_image.description = ""
    assert "Ảnh đại diện chưa có mô tả (alt) cho người không xem được ảnh." in rules.failures(
        draft_news, checklist_settings
    )


@pytest.mark.parametrize(
    "text",
    [
        "Liên hệ 0912 345 678",
        "gọi 0912.345.678",
        "ĐT: +84 912345678",
        "máy bàn 0212 3852 123",
        "CCCD 014203001234",
        "(+84) 912 345 678",
        "0912 - 345 - 678",
        "0912_345_678",
        "０９１２３４５６７８",
        "09\u200b12 345 678",
        "(0212) 3852 123",
        '<a href="tel:0912345678">đường dây nóng</a>',
    ],
)
def test_personal_numbers_are_caught(draft_news, checklist_settings, text):
    draft_news.body = [{"type": "paragraph", "value": f"<p>{text}</p>"}]
    assert any("bảo vệ dữ liệu cá nhân" in m for m in rules.failures(draft_news, checklist_settings))


@pytest.mark.parametrize("field", ["author_name", "source", "search_description", "seo_title"])
def test_personal_numbers_are_caught_in_every_text_field(draft_news, checklist_settings, field):
    setattr(draft_news, field, "Anh Nam 0912 345 678")
    assert any("bảo vệ dữ liệu cá nhân" in m for m in rules.failures(draft_news, checklist_settings))


@pytest.mark.parametrize(
    "text",
    [
        "Tổng quỹ 31.862.960.857 đồng",
        "năm 2023 có 351.214 hội viên",
        "Quyết định 1373/QĐ-TTg ngày 30/7/2021",
        "trao 12 suất, mỗi suất 500.000 đồng/tháng",
    ],
)
def test_figures_are_not_mistaken_for_personal_numbers(draft_news, checklist_settings, text):
    draft_news.body = [{"type": "paragraph", "value": f"<p>{text}</p>"}]
    assert rules.failures(draft_news, checklist_settings) == []


def test_a_site_can_switch_a_rule_off(draft_news, checklist_settings):
    draft_news.lead_image = None
    checklist_settings.disabled_rules = ["lead_image"]
    assert rules.failures(draft_news, checklist_settings) == []


def test_other_apps_can_plug_in_a_rule(draft_news, checklist_settings):
    @rules.register_rule("no_exclamation", "Không dùng dấu chấm than ở tiêu đề")
    def no_exclamation(page, settings):
        return "Tiêu đề có dấu chấm than." if "!" in page.title else None

    try:
        draft_news.title += "!"
        assert "Tiêu đề có dấu chấm than." in rules.failures(draft_news, checklist_settings)
    finally:
        del rules.RULES["no_exclamation"]


def test_an_event_is_checked_as_an_event(draft_event, checklist_settings):
    """No category and no picture needed: the chapter comes from the tree, the rest still counts."""
    assert rules.failures(draft_event, checklist_settings) == []
    draft_event.summary = ""
    draft_event.body = [{"type": "paragraph", "value": "<p>Liên hệ 0912 345 678.</p>"}]
    problems = rules.failures(draft_event, checklist_settings)
    assert "Chưa có tóm tắt." in problems
    assert any("số điện thoại" in problem for problem in problems)
    assert not any("chuyên mục" in problem or "tin hay bài" in problem for problem in problems)


def test_a_rule_for_some_page_types_only(draft_news, checklist_settings):
    @rules.register_rule("events_only", "Chỉ cho sự kiện", applies_to=(rules.EVENT,))
    def always_fails(page, settings):
        return "Luôn trượt."

    try:
        assert "Luôn trượt." not in rules.failures(draft_news, checklist_settings)
    finally:
        del rules.RULES["events_only"]
