"""Legal documents belong to a Site (step 2 of 3): each existing document goes to the Site whose
plans and reports cite it among their legal bases (Căn cứ); one cited by several Sites is
copied, so each Site keeps its own and its pages cite that copy; one cited by none goes to
the default Site. References inside StreamField bodies are left as they are."""

from django.db import migrations


def _site_roots(Site, Page):
    """(root path, site id) for each Site's home page in every locale, longest path first."""
    roots = []
    for site in Site.objects.select_related("root_page"):
        for path in Page.objects.filter(translation_key=site.root_page.translation_key).values_list("path", flat=True):
            roots.append((path, site.pk))
    return sorted(roots, key=lambda root: -len(root[0]))


def _site_of(path, roots):
    return next((site_id for root, site_id in roots if path.startswith(root)), None)


def _home_site(Site):
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()
    if site is None:
        raise RuntimeError("Sổ văn bản có văn bản nhưng chưa có trang (Site) nào để gán: hãy tạo một trang trước.")
    return site


def _citing_sites(document, basis_models, roots) -> dict[int, list]:
    """Site id → the legal-basis rows of that Site's pages citing ``document``."""
    sites = {}
    for model in basis_models:
        for basis in model.objects.filter(document=document).select_related("page"):
            site_id = _site_of(basis.page.path, roots)
            if site_id is not None:
                sites.setdefault(site_id, []).append(basis)
    return sites


def assign(apps, schema_editor):
    Site, Page = apps.get_model("wagtailcore", "Site"), apps.get_model("wagtailcore", "Page")
    LegalDocument = apps.get_model("officialdocs", "LegalDocument")
    basis_models = [apps.get_model("officialdocs", name) for name in ("PlanLegalBasis", "ReportLegalBasis")]
    documents = list(LegalDocument.objects.filter(site__isnull=True).order_by("pk"))
    if not documents:
        return
    roots, home = _site_roots(Site, Page), _home_site(Site)
    for document in documents:
        settle(document, basis_models, roots, home.pk)


def settle(document, basis_models, roots, home_id) -> None:
    """The first citing Site (the default one first) keeps the row; each other gets a copy."""
    citing = _citing_sites(document, basis_models, roots)
    owners = sorted(citing, key=lambda site_id: (site_id != home_id, site_id)) or [home_id]
    document.site_id = owners[0]
    document.save(update_fields=["site"])
    for site_id in owners[1:]:
        _copy_for(document, site_id, citing[site_id])


def _copy_for(document, site_id, bases) -> None:
    copy = type(document).objects.get(pk=document.pk)
    copy.pk = None
    copy.site_id = site_id
    copy.save()
    for basis in bases:
        basis.document_id = copy.pk
        basis.save(update_fields=["document"])


def unassign(apps, schema_editor):
    """Back to one register: the copies made above would break the global unique symbol."""
    LegalDocument = apps.get_model("officialdocs", "LegalDocument")
    basis_models = [apps.get_model("officialdocs", name) for name in ("PlanLegalBasis", "ReportLegalBasis")]
    keep = {}
    for document in LegalDocument.objects.order_by("pk"):
        original = keep.setdefault(document.symbol, document)
        if original.pk != document.pk:
            for model in basis_models:
                model.objects.filter(document=document).update(document=original)
            document.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("officialdocs", "0002_legaldocument_site"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(assign, unassign)]
