"""Allow ``python -m flashgen``."""

import sys

from .cli import main

sys.exit(main())
