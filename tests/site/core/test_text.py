import re

import pytest

from core.text import VIETNAMESE_LETTERS, fold, slugify_vi
from core.widgets import SLUG_FORMATTERS


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hội Khuyến học tỉnh Sơn La", "hoi-khuyen-hoc-tinh-son-la"),
        ("Đại hội Đoàn", "dai-hoi-doan"),
        ("Quỹ Học bổng Tô Hiệu", "quy-hoc-bong-to-hieu"),
        ("Tiếp sức mùa thi 2023", "tiep-suc-mua-thi-2023"),
        ("Kế hoạch số 137/KH-HKH", "ke-hoach-so-137kh-hkh"),
    ],
)
def test_slugify_vi_keeps_vietnamese_letters_readable(title, slug):
    assert slugify_vi(title) == slug


def test_fold_handles_d_with_stroke_and_case():
    assert fold("ĐỒNG HỶ đường") == "dong hy duong"


def test_admin_slug_formatters_fold_every_vietnamese_letter_like_the_server():
    """The admin's client-side formatters (regex → replacement) must agree with fold()."""
    letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()
    formatted = letters
    for pattern, replacement in SLUG_FORMATTERS:
        formatted = re.sub(pattern, replacement, formatted)
    assert formatted.lower() == fold(letters)
    assert formatted.isascii()


@pytest.mark.django_db
def test_page_without_slug_gets_a_folded_slug():
    from standard.models import StandardPage
    from tests.factories import SiteFactory

    page = StandardPage(title="Điều lệ Hội Khuyến học Việt Nam")
    SiteFactory().root_page.add_child(instance=page)
    assert page.slug == "dieu-le-hoi-khuyen-hoc-viet-nam"
