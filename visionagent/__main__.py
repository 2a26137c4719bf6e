"""``python -m visionagent``: the same entry point as the ``visionagent`` script."""

import sys

from visionagent.cli import main

if __name__ == "__main__":
    sys.exit(main())
