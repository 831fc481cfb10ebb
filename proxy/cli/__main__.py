"""`python -m bedside.proxy.cli`: the bedside command."""

import sys

from .cli import main

sys.exit(main())
