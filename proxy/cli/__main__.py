"""`python -m bedside.proxy.cli`: the bedside command."""

import sys

from bedside.proxy.cli.cli import main

sys.exit(main())
