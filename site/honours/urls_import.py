"""The admin's addresses for importing into and exporting from honour rolls (registered in wagtail_hooks)."""

from django.urls import path, re_path

from . import views_import

urlpatterns = [
    path("vinh-danh/nhap/", views_import.index, name="honours_import_index"),
    path("vinh-danh/nhap/tai-len/", views_import.upload, name="honours_import_upload"),
    path("vinh-danh/nhap/<int:job_id>/", views_import.job_view, name="honours_import_job"),
    path("vinh-danh/nhap/<int:job_id>/ghep-cot/", views_import.mapping, name="honours_import_mapping"),
    path("vinh-danh/nhap/<int:job_id>/tien-do/", views_import.progress, name="honours_import_progress"),
    path("vinh-danh/nhap/<int:job_id>/xac-nhan/", views_import.confirm, name="honours_import_confirm"),
    path("vinh-danh/nhap/<int:job_id>/huy/", views_import.discard, name="honours_import_discard"),
    path("vinh-danh/nhap/<int:job_id>/bao-cao.csv", views_import.report_csv, name="honours_import_report_csv"),
    re_path(r"^vinh-danh/xuat/(?P<roll_id>\d+)\.(?P<file_type>xlsx|csv)$", views_import.export, name="honours_export"),
]
