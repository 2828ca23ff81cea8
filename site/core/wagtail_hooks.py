"""The admin's own API lists images and documents to any admin user, every collection of every
Site: here it lists only what the user may choose, as the choosers do."""

from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry


class ChoosableOnly:
    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        choosable = policy.instances_user_has_permission_for(self.request.user, "choose")
        return super().get_queryset().filter(pk__in=choosable.values("pk"))


class ChoosableImagesAdminAPIViewSet(ChoosableOnly, ImagesAdminAPIViewSet):
    pass


class ChoosableDocumentsAdminAPIViewSet(ChoosableOnly, DocumentsAdminAPIViewSet):
    pass


@hooks.register("construct_admin_api", order=100)  # after Wagtail's own registrations
def confine_admin_api_media(router):
    router.register_endpoint("images", ChoosableImagesAdminAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAdminAPIViewSet)
