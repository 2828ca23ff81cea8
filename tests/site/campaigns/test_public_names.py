"""One rule reduces a name for the public (core.names), used by the honour rolls and the ledgers."""

import pytest

from campaigns.models import BeneficiaryKind, Disbursement, Donation
from core.names import reduced_name


@pytest.mark.parametrize(
    "name, shown",
    [("Lò Thị Mai Anh", "Lò T. M. A."), ("  Quàng   Văn Bình ", "Quàng V. B."), ("Mai", "Mai"), ("", "")],
)
def test_family_name_and_initials(name, shown):
    assert reduced_name(name) == shown


def test_a_beneficiary_is_a_minor_unless_marked_adult():
    payment = Disbursement(beneficiary="Hà Thị Hoa")
    assert payment.public_beneficiary == "Hà T. H."
    payment.is_adult = True
    assert payment.public_beneficiary == "Hà Thị Hoa"
    group = Disbursement(beneficiary="Trường THCS Mường Giôn", beneficiary_kind=BeneficiaryKind.GROUP)
    assert group.public_beneficiary == "Trường THCS Mường Giôn"


def test_an_anonymous_or_unnamed_donor_is_a_nha_hao_tam():
    assert Donation(donor="Nguyễn Văn An", is_anonymous=True).public_donor == "Nhà hảo tâm ẩn danh"
    assert Donation(donor="  ").public_donor == "Nhà hảo tâm ẩn danh"
    assert Donation(donor="Công ty Thử").public_donor == "Công ty Thử"
