"""The admin's "Nhập văn bản": a board member uploads a Word, PDF or text file and gets a draft to review."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.roles import board_sites

from .importing import ImportRefused, UnreadableDocument, import_document

KINDS = [("", gettext_lazy("Tự nhận biết")), ("plan", gettext_lazy("Kế hoạch")), ("report", gettext_lazy("Báo cáo"))]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp văn bản"),
        help_text=gettext_lazy("Tệp .docx, .doc, .pdf (có chữ) hoặc .txt, tối đa 20 MB."),
    )
    site = forms.ModelChoiceField(label=gettext_lazy("Trang"), queryset=None, empty_label=None)
    kind = forms.ChoiceField(label=gettext_lazy("Loại văn bản"), choices=KINDS, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["site"].queryset = board_sites(user).order_by("site_name")


def import_view(request):
    if not board_sites(request.user).exists():
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                page, imported = import_document(
                    site=form.cleaned_data["site"],
                    user=request.user,
                    file_name=upload.name,
                    data=upload.read(),
                    kind=form.cleaned_data["kind"],
                )
            except (UnreadableDocument, ImportRefused) as error:
                form.add_error("file", str(error))
            else:
                _report(request, imported)
                return redirect("wagtailadmin_pages:edit", page.pk)
    context = {"form": form, "page_title": _("Nhập văn bản từ tệp"), "header_icon": "upload"}
    return TemplateResponse(request, "officialdocs/admin/import.html", context, status=status)


def _report(request, imported) -> None:
    messages.success(
        request,
        _(
            "Đã tạo bản nháp “%(title)s” với %(bases)d căn cứ và %(blocks)d khối nội dung. Hãy đọc lại trước khi gửi duyệt."
        )
        % {"title": imported.title, "bases": len(imported.bases), "blocks": len(imported.body)},
    )
    if imported.needs_review:
        messages.warning(request, _("Văn bản có vẻ là bản quét nhận dạng chữ (mất dấu): đã đánh dấu “Cần soát lại”."))
    if imported.unplaced:
        messages.warning(
            request,
            _("%(n)d dòng chưa đặt được vào đâu: xem mục “Những dòng chưa đặt được”.") % {"n": len(imported.unplaced)},
        )
