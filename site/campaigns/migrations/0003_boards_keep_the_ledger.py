"""Every Site's board keeps its ledger: the permissions ``core.roles`` gives new boards, given to the
boards an install already has (new ones get them from ``ensure_site_roles``)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LEDGER_PERMISSIONS = [
    f"{action}_{model}" for model in ("donation", "disbursement") for action in ("add", "change", "delete")
]


def grant_ledger_to_boards(apps, schema_editor):
    campaigns = apps.get_app_config("campaigns")
    models_module = getattr(campaigns, "models_module", None)  # a migration's app config has none
    campaigns.models_module = models_module or True  # Django makes permissions after migrating: needed now
    create_permissions(campaigns, apps=apps, verbosity=0)
    campaigns.models_module = models_module
    Permission = apps.get_model("auth", "Permission")
    SiteRoles = apps.get_model("core", "SiteRoles")
    permissions = list(Permission.objects.filter(content_type__app_label="campaigns", codename__in=LEDGER_PERMISSIONS))
    for roles in SiteRoles.objects.select_related("board"):
        roles.board.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0002_ledger"),
        ("core", "0005_link_roles_by_key"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_ledger_to_boards, migrations.RunPython.noop)]
