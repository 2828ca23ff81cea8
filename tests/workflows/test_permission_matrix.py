"""Each role × each action × own chapter / another chapter / the rest of the site,
asserting allowed and denied alike, through Wagtail's own permission API and the admin."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory, section

# Wagtail's tester answers "could this page be submitted" apart from "may this user edit it";
# the admin offers Submit only inside the editor, so both must hold.
ACTIONS = {
    "create": lambda perms: perms.can_add_subpage(),
    "edit": lambda perms: perms.can_edit(),
    "submit": lambda perms: perms.can_edit() and perms.can_submit_for_moderation(),
    "publish": lambda perms: perms.can_publish(),
    "unpublish": lambda perms: perms.can_unpublish(),
    "delete": lambda perms: perms.can_delete(),
}


def edit_form_data(page, **extra):
    """What the admin's edit form posts for a news page."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "kind": page.kind,
            "date": page.date.isoformat(),
            "summary": page.summary,
            "category": page.category_id or "",
            "lead_image": page.lead_image_id or "",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


@pytest.fixture
def targets(draft_news, province, thuan_chau, song_ma, ke_sach):
    """Each place a role may or may not act, by name."""
    return {
        "own chapter (live page)": NewsPageFactory(parent=thuan_chau, publish=True),
        "own chapter (own draft)": draft_news,
        "own chapter page": thuan_chau,
        "another chapter": NewsPage.objects.live().get(chapter=song_ma),
        "another chapter page": song_ma,
        "rest of the site": section(province, NewsIndexPage),
        "the other Site": NewsPage.objects.live().get(chapter=ke_sach),
    }


ALL = set(ACTIONS) | {"view_draft"}

# role → target → actions allowed (everything else must be denied)
# ("create" on a news page is always denied: news pages take no subpages.)
EXPECTED = {
    "chutich-thuanchau": {
        "own chapter (live page)": {"edit", "submit", "view_draft"},
        "own chapter (own draft)": {"edit", "submit", "delete", "view_draft"},
        "own chapter page": {"create", "edit", "submit", "view_draft"},
        "another chapter": set(),
        "another chapter page": set(),
        "rest of the site": set(),
        "the other Site": set(),
    },
    "bientap": {
        "own chapter (live page)": ALL - {"create"},
        "own chapter (own draft)": ALL - {"create", "unpublish"},
        "own chapter page": ALL,
        "another chapter": ALL - {"create"},
        "another chapter page": ALL,
        "rest of the site": ALL,
        "the other Site": set(),
    },
}


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_permission_matrix(role, users, targets, client):
    """Wagtail's permission API for six actions, the admin's draft view for the seventh."""
    user = users[role]
    client.force_login(user)
    for target_name, page in targets.items():
        perms = page.permissions_for_user(user)
        allowed = {action for action, check in ACTIONS.items() if check(perms)}
        if client.get(f"/quan-tri/pages/{page.pk}/view_draft/").status_code == 200:
            allowed.add("view_draft")
        assert allowed == EXPECTED[role][target_name], f"{role} on {target_name}"


@pytest.mark.parametrize(
    "target_name, expected_status",
    [("own chapter (own draft)", 200), ("another chapter", 302), ("rest of the site", 302)],
)
def test_admin_edit_view_agrees(client, president, targets, target_name, expected_status):
    client.force_login(president)
    page = targets[target_name]
    response = client.get(f"/quan-tri/pages/{page.pk}/edit/")
    assert response.status_code == expected_status


def test_president_cannot_publish_through_the_admin(client, president, draft_news):
    client.force_login(president)
    data = edit_form_data(draft_news, **{"action-publish": "1"})
    client.post(f"/quan-tri/pages/{draft_news.pk}/edit/", data)
    draft_news.refresh_from_db()
    assert not draft_news.live


def test_president_sees_no_other_chapter_in_the_explorer(client, president, thuan_chau, song_ma):
    client.force_login(president)
    assert client.get(f"/quan-tri/pages/{song_ma.pk}/").status_code in (302, 403, 404)
    listing = client.get(f"/quan-tri/pages/{thuan_chau.pk}/")
    assert listing.status_code == 200
    for title in NewsPage.objects.filter(chapter=song_ma).values_list("title", flat=True):
        assert title not in listing.text
    search = client.get("/quan-tri/pages/search/", {"q": song_ma.short_name})
    for title in NewsPage.objects.filter(chapter=song_ma, live=False).values_list("title", flat=True):
        assert title not in search.text


def test_president_chooses_images_only_in_their_collection(president, thuan_chau):
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_image_model())
    collections = policy.collections_user_has_permission_for(president, "choose")
    assert [c.name for c in collections] == [thuan_chau.title]
