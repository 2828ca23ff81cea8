"""Admin forms of the register and of plans and reports: a legal document belongs to one
Site, and a page cites only its own Site's documents."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.snippets.widgets import AdminSnippetChooser

from core.media_access import MediaCheckedModelForm, MediaCheckedPageForm
from core.roles import board_sites
from core.site_scope import scope_choice
from core.trees import under_sites


class LegalDocumentForm(MediaCheckedModelForm):
    """The Site comes from the board: a board of one Site gets its own, fixed; a superuser
    (or a board of several Sites) chooses among theirs. Another Site's id is a form error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sites = board_sites(self.for_user).order_by("-is_default_site", "site_name")
        field = self.fields["site"]
        scope_choice(field, sites)
        if sites.count() == 1:
            field.disabled = True  # the posted value is ignored: the board's own Site is used
            if not self.instance.site_id:
                self.initial["site"] = sites.get().pk

    def clean_site(self):
        """A document moved to another Site would leave this Site's plans citing a stranger."""
        site = self.cleaned_data["site"]
        if self.instance.pk and site.pk != self.instance.site_id and _is_cited(self.instance):
            raise ValidationError(
                _(
                    "Văn bản đang làm căn cứ cho kế hoạch, báo cáo của trang hiện tại "
                    "nên không chuyển sang trang khác được."
                )
            )
        return site


def _is_cited(document) -> bool:
    from .models import PlanLegalBasis, ReportLegalBasis  # cycle: officialdocs.models imports these forms

    return any(model.objects.filter(document=document).exists() for model in (PlanLegalBasis, ReportLegalBasis))


class SiteLegalDocumentChooser(AdminSnippetChooser):
    """The chooser modal of a page's legal bases lists that page's Site's documents only."""

    def __init__(self, site_id, **kwargs):
        from .models import LegalDocument  # cycle: officialdocs.models imports these forms

        self.site_id = site_id
        super().__init__(LegalDocument, **kwargs)

    def get_chooser_modal_url(self):
        return f"{super().get_chooser_modal_url()}?{urlencode({'site': self.site_id or 0})}"


def _legal_basis_form(base, site):
    """The formset's form, with the document field narrowed to ``site``'s register (a
    document the basis already cites stays valid, so editing never fails over old data)."""
    from .models import LegalDocument  # cycle: officialdocs.models imports these forms

    class LegalBasisForm(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            field = self.fields["document"]
            kept = Q(pk=self.instance.document_id) if self.instance.document_id else Q(pk__in=[])
            scope_choice(field, LegalDocument.objects.filter(Q(site=site) | kept))
            field.widget = SiteLegalDocumentChooser(getattr(site, "pk", None))

    return LegalBasisForm


class OfficialDocumentPageForm(MediaCheckedPageForm):
    """Plans and reports: their legal bases, and the legal references in their body, come
    from the register of the page's own Site."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page_site = self._page_site()
        formset = self.formsets.get("legal_bases")
        if formset is not None:
            formset.form = _legal_basis_form(formset.form, self.page_site)
        if "plan" in self.fields:  # a report reports on a plan of its own Site
            plans = self.fields["plan"].queryset
            self.fields["plan"].queryset = (
                plans.filter(under_sites([self.page_site])) if self.page_site else plans.none()
            )
        if "plan" in self.fields:  # a report reports on a plan of its own Site
            plans = self.fields["plan"].queryset
            self.fields["plan"].queryset = (
                plans.filter(under_sites([self.page_site])) if self.page_site else plans.none()
            )

    def _page_site(self):
        if self.instance.pk:
            return self.instance.get_site()
        return self.parent_page.get_site() if self.parent_page else None

    def clean(self):
        cleaned_data = super().clean()
        if "body" in cleaned_data and cleaned_data["body"] is not None:
            foreign = self._foreign_references(cleaned_data["body"])
            if foreign:
                message = _("“%(document)s” thuộc sổ đăng ký văn bản của trang khác.") % {"document": foreign[0]}
                self.add_error("body", message)
        return cleaned_data

    def _foreign_references(self, body) -> list:
        """Legal documents newly cited in the body that are not in the page's Site's register."""
        from .models import LegalDocument  # cycle: officialdocs.models imports these forms

        field = self._meta.model._meta.get_field("body")
        before = _legal_references(field, self.instance.body) if self.instance.pk else set()
        cited = _legal_references(field, body) - before
        return list(LegalDocument.objects.filter(pk__in=cited).exclude(site=self.page_site))


def _legal_references(field, value) -> set[str]:
    from .models import LegalDocument  # cycle: officialdocs.models imports these forms

    return {
        str(object_id)
        for model, object_id, _path, _content_path in field.extract_references(value)
        if model is LegalDocument
    }
