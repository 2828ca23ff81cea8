"""The snippet admin views of a model whose rows belong to Sites (see ``site_scope``): each
looks its object up among the user's Sites' rows, so another Site's object is not found."""

import re

from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from wagtail.models import Site
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views

from .site_scope import ANY_ACTION, working_sites


class _ScopedLookup:
    """An object outside the user's Sites is not found (404), whatever the URL names."""

    def scoped_objects(self):
        return self.permission_policy.instances_user_has_any_permission_for(self.request.user, ANY_ACTION)


class ScopedEditView(_ScopedLookup, snippet_views.EditView):
    def get_queryset(self):
        return self.scoped_objects()


class ScopedDeleteView(_ScopedLookup, snippet_views.DeleteView):
    def get_queryset(self):
        return self.scoped_objects()


class ScopedHistoryView(_ScopedLookup, snippet_views.HistoryView):
    def get_base_object_queryset(self):
        return self.scoped_objects()


class ScopedUsageView(_ScopedLookup, snippet_views.UsageView):
    def get_base_object_queryset(self):
        return self.scoped_objects()


class ScopedInspectView(_ScopedLookup, snippet_views.InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(self.scoped_objects(), pk=unquote(str(self.pk)))


class ScopedCopyView(_ScopedLookup, snippet_views.CopyView):
    def get_object(self, queryset=None):
        return get_object_or_404(self.scoped_objects(), pk=unquote(str(self.kwargs[self.pk_url_kwarg])))


# The chooser (a FieldPanel on a foreign key, a SnippetChooserBlock) lists what the user
# may cite: the objects of the Sites they work in, presidents included; ``?site=<id>``
# narrows to one Site (the legal bases of a plan pass their page's Site).


class _ScopedChoice:
    def chooser_objects(self):
        objects = self.model_class._default_manager.all()
        if not self.request.user.is_superuser:
            objects = self.in_sites(objects, working_sites(self.request.user))
        site_id = self.request.GET.get("site", "")
        if site_id:  # a malformed id narrows to nothing, never to an error
            objects = self.in_sites(
                objects, Site.objects.filter(pk=int(site_id) if re.fullmatch(r"[0-9]{1,9}", site_id) else None)
            )
        return objects

    def in_sites(self, objects, sites):
        return policy_registry.get_by_type(self.model_class).in_sites(objects, sites)


class ScopedChooseView(_ScopedChoice, snippet_chooser.ChooseView):
    def get_object_list(self):
        return self.chooser_objects()


class ScopedChooseResultsView(_ScopedChoice, snippet_chooser.ChooseResultsView):
    def get_object_list(self):
        return self.chooser_objects()


class ScopedChosenView(_ScopedChoice, snippet_chooser.SnippetChosenView):
    def get_object(self, pk):
        return self.chooser_objects().get(pk=pk)


class ScopedChosenMultipleView(_ScopedChoice, snippet_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.chooser_objects().filter(pk__in=pks)


class ScopedChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
    preserve_url_parameters = ["multiple", "site"]


class SiteScopedSnippetViewSet(snippet_views.SnippetViewSet):
    """A snippet whose rows belong to Sites: listing, edit, delete, copy, history, usage,
    inspect and chooser see only the user's Sites' rows. The model's permission policy
    must be a ``SiteOwnedPermissionPolicy``, registered before the viewset."""

    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_class = ScopedInspectView
    copy_view_class = ScopedCopyView
    chooser_viewset_class = ScopedChooserViewSet
    # The listing searches ``search_fields`` with the ORM: Wagtail's SQLite FTS backend fails
    # on a search limited to fields ("no such column"), a 500 on every listing search.
    search_backend_name = None

    def get_queryset(self, request):
        policy = policy_registry.get_by_type(self.model)
        return policy.instances_user_has_any_permission_for(request.user, ANY_ACTION)
