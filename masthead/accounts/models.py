from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A member of the newsroom's staff. Readers never have accounts.

    A project-owned user model from the first migration, so that second factors and the
    security audit log can hang off it later without a painful swap.
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
