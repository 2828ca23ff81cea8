"""How a Site's document symbols resolve for ``core.mentions``: its plans' and reports' pages first, then
the entries of its legal documents register (the document's file, or the register filtered to it)."""

from urllib.parse import urlencode

from core.mentions import symbol_key
from core.trees import under_sites

from .models import LegalDocument, LegalRegisterPage, PlanPage, ReportPage


def resolve_symbols(site, found: dict[str, str]) -> dict[str, str]:
    urls, in_site = {}, under_sites([site])  # the Site's tree read once
    for model in (PlanPage, ReportPage):
        for page in model.objects.live().public().filter(in_site).exclude(symbol=""):
            key = symbol_key(page.symbol)
            if key in found:
                urls.setdefault(key, page.get_url(current_site=site))
    register = LegalRegisterPage.objects.live().public().filter(in_site).first()
    for document in LegalDocument.objects.filter(site=site).select_related("file"):
        key = symbol_key(document.symbol)
        if key in found and key not in urls:
            if document.file:
                urls[key] = document.file.url
            elif register is not None:
                urls[key] = f"{register.get_url(current_site=site)}?{urlencode({'q': document.symbol})}"
    return urls
