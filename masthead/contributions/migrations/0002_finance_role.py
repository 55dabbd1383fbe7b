"""The Finance role (a new group) sees contributions and the newsroom's finances; Publishers
and Administrators may edit the words and amounts of the ask."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from masthead.accounts import roles


def grant(apps, schema_editor):
    app_config = apps.get_app_config("contributions")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get_or_create(name=roles.FINANCE)
    for role, permissions in roles.CONTRIBUTIONS_PERMISSIONS.items():
        group = Group.objects.filter(name=role).first()
        if group is None:  # renamed or deleted by the newsroom: leave it to them
            continue
        group.permissions.add(
            *(
                Permission.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in permissions
            )
        )


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=roles.FINANCE).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("accounts", "0002_newsroom_roles"),
    ]

    operations = [migrations.RunPython(grant, remove)]
