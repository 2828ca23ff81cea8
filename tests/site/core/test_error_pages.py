from django.test import RequestFactory

from core.views import server_error


def test_server_error_page_is_vietnamese_and_standalone():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Xin lỗi, đã có lỗi xảy ra" in response.content.decode()
