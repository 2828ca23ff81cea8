from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("xac-thuc-hai-buoc/", views.two_factor, name="accounts_two_factor"),
        path("xac-thuc-hai-buoc/ma-du-phong/", views.regenerate_recovery_codes, name="accounts_recovery_codes"),
        path("xac-thuc-hai-buoc/tat/", views.disable_two_factor, name="accounts_two_factor_disable"),
        path("dang-nhap-bi-khoa/", views.locked_logins_view, name="accounts_locked_logins"),
        path("dang-nhap-bi-khoa/mo-khoa/", views.unlock_login, name="accounts_unlock_login"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Xác thực hai bước"),
        "help_text": _("Mã 6 số từ ứng dụng trên điện thoại mỗi lần đăng nhập, và mã dự phòng khi mất máy."),
    }


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def locked_logins_menu_item():
    return SuperuserMenuItem(
        _("Đăng nhập bị khoá"),
        reverse("accounts_locked_logins"),
        name="locked-logins",
        icon_name="lock",
        order=900,
    )
