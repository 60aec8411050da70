import sys

from facilitator_app.cli import main

sys.exit(main())
