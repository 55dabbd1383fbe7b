"""The `masthead` command: Django's manage.py with Masthead's settings.

`masthead demo` uses the development settings (embedded SQLite, no secrets needed); every
other command uses production settings unless DJANGO_SETTINGS_MODULE says otherwise.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    command = argv[1] if len(argv) > 1 else ""
    default = "masthead.settings.dev" if command == "demo" else "masthead.settings.production"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default)

    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
