"""The admin's Users pages in the newsroom's words.

Wagtail names its superuser box "Administrator", the same word as our Administrator role
just below it on the Roles tab, and its list shows no role at all. Whoever manages staff
could grant full access meaning the role. Here the box says what it is, and the list shows
each person's roles.
"""

from typing import Any

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import IndexView, UserViewSet

FULL_ACCESS = _("Full access (superuser)")
FULL_ACCESS_HELP = _(
    "Everything, whatever the roles below say: every page, setting and user, and deleting "
    "anything. Give it to as few people as possible; to run the site, the Administrator "
    "role is enough."
)


class _NamesFullAccess:
    fields: dict[str, Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if field := self.fields.get("is_superuser"):
            field.label = FULL_ACCESS
            field.help_text = FULL_ACCESS_HELP


class StaffCreationForm(_NamesFullAccess, UserCreationForm):
    pass


class StaffEditForm(_NamesFullAccess, UserEditForm):
    pass


def roles_of(user: Any) -> str:
    roles = [str(_("Full access"))] if user.is_superuser else []
    return ", ".join(roles + sorted(group.name for group in user.groups.all()))


class StaffIndexView(IndexView):
    @cached_property
    def columns(self) -> list[Any]:
        roles = Column("roles", label=_("Roles"), accessor=roles_of, width="25%")
        return [roles if column.name == "is_superuser" else column for column in super().columns]

    def get_base_queryset(self) -> Any:
        return super().get_base_queryset().prefetch_related("groups")


class StaffUserViewSet(UserViewSet):
    index_view_class = StaffIndexView

    def get_form_class(self, for_update: bool = False) -> Any:
        return StaffEditForm if for_update else StaffCreationForm
