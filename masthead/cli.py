"""The `masthead` command: Django's manage.py with Masthead's settings.

`masthead demo` and `masthead stripe_standin` (tools for trying Masthead out) use the
development settings (embedded SQLite, no secrets needed); every other command uses
production settings unless DJANGO_SETTINGS_MODULE says otherwise.
"""

import os
import sys

DEVELOPMENT_COMMANDS = {"demo", "stripe_standin"}


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    command = argv[1] if len(argv) > 1 else ""
    development = command in DEVELOPMENT_COMMANDS
    default = "masthead.settings.dev" if development else "masthead.settings.production"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default)

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(argv)
    except KeyboardInterrupt:
        # Ctrl-C while a command starts up (or one that does not handle it): stop quietly,
        # with the exit status a shell expects, instead of printing a traceback.
        sys.exit(130)


if __name__ == "__main__":
    main()
