from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Chiến dịch"

    def ready(self):
        from core.fragments import invalidate_on  # cycle: it imports Wagtail's models, loaded after the apps

        from .models import Disbursement, Donation, site_of_record  # cycle: models load after the app registry

        # a campaign's figures are summed from its ledger: a record saved or deleted renews its Site's fragments
        for model in (Donation, Disbursement):
            invalidate_on(model, site_of=site_of_record)
