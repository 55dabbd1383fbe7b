"""Give the newsroom's roles their newsletter permissions: Editors compose issues,
Publishers also send them and see the subscriber list, Administrators also manage the
newsletters themselves. Contributors get none."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from masthead.accounts import roles


def grant(apps, schema_editor):
    app_config = apps.get_app_config("newsletter")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, permissions in roles.NEWSLETTER_PERMISSIONS.items():
        group = Group.objects.filter(name=role).first()
        if group is None:  # renamed or deleted by the newsroom: leave it to them
            continue
        group.permissions.add(
            *(
                Permission.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in permissions
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0002_issues"),
        ("accounts", "0002_newsroom_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
