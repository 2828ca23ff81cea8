"""Who sees the quota report and the dashboard panel: superusers and the editorial board."""
from core.roles import is_editor


def can_view_quota(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or is_editor(user)
