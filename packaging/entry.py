"""Entry script for the frozen build: the same CLI/GUI entry point as ``python -m visionagent``."""

import sys

from visionagent.cli import main

if __name__ == "__main__":
    sys.exit(main())
