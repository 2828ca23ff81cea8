"""The demo's accounts, all with the published password: the superuser, each Site's Ban Biên tập
(`board_account` in site.toml) and a president for every chapter."""

from django.contrib.auth import get_user_model

from core.roles import board_of, president_group
from core.setup import setup_roles

DEMO_PASSWORD = "demo-khuyenhoc"


def president_username(chapter_key: str) -> str:
    """chutich-thuanchau for the chapter "thuan-chau"."""
    return "chutich-" + chapter_key.replace("-", "")


def build(demo, sites) -> None:
    setup_roles()
    admin, created = get_user_model().objects.get_or_create(
        username="admin",
        defaults={
            "email": "admin@khuyenhoc.localhost",
            "first_name": "Quản trị",
            "is_staff": True,
            "is_superuser": True,
        },
    )
    if created:
        admin.set_password(DEMO_PASSWORD)
        admin.save()
    for data in sites:
        username, group = data.site["board_account"], board_of(demo.site(data.key))
        ensure_user(username, group.name, f"{username}@khuyenhoc.localhost", group)
    for key, chapter in demo.chapters.items():
        username = president_username(key)
        ensure_user(
            username, f"Chủ tịch {chapter.display_name}", f"{username}@khuyenhoc.localhost", president_group(chapter)
        )


def ensure_user(username: str, first_name: str, email: str, group):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email, "first_name": first_name}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(group)
    return user
