"""Pages are translated in wagtail-localize's own interface: the administrator starts a
translation (its permission is global, so boards do not hold it), the board edits the draft."""

import pytest

from tests.factories import (
    BoardMemberFactory,
    SiteFactory,
    StandardPageFactory,
    SuperuserFactory,
    http_host,
    offer_language,
)

pytestmark = pytest.mark.django_db


def test_administrator_submits_a_page_for_translation_and_the_board_opens_the_translation_editor(client):
    site = SiteFactory()
    editor = BoardMemberFactory(site=site)
    contact = StandardPageFactory(site=site, title="Liên hệ", publish=True)
    english = offer_language(site, "en")
    assert contact.get_translation_or_none(english) is None

    client.force_login(editor)
    client.post(f"/quan-tri/localize/submit/page/{contact.pk}/", {"locales": [english.pk]})
    assert contact.get_translation_or_none(english) is None  # the board cannot start one

    client.force_login(SuperuserFactory())
    form = client.get(f"/quan-tri/localize/submit/page/{contact.pk}/")
    assert form.status_code == 200
    response = client.post(f"/quan-tri/localize/submit/page/{contact.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302
    client.force_login(editor)

    draft = contact.get_translation(english)
    assert not draft.live  # a draft until the translator publishes it
    editor_page = client.get(f"/quan-tri/pages/{draft.pk}/edit/")
    assert editor_page.status_code == 200
    assert b"wagtail-localize" in editor_page.content or b"localize" in editor_page.content
    # readers keep getting the Vietnamese page, with the notice, meanwhile
    public = client.get("/en" + contact.relative_url(site), HTTP_HOST=http_host(site))
    assert public.status_code == 200 and b"notice--language" in public.content
