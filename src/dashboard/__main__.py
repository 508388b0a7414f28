"""`python -m dashboard ...` runs the command line."""

import sys

from dashboard.cli import main

if __name__ == "__main__":  # worker processes started by spawn import this module too
    sys.exit(main())
