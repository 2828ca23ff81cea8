"""The throttling backend, first in AUTHENTICATION_BACKENDS."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' backend: refuses a locked username + address before any password is checked.

    Axes raises on ``authenticate()`` without a request (Django's test client, a shell); such a
    call is no login over HTTP and has no address to count, so it goes on to the next backend
    unthrottled. Every login form (Wagtail's, the private-page login) passes the request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
