"""CLI subcommands. Each module has ``register(subparsers)`` that sets ``func`` on its parser."""
