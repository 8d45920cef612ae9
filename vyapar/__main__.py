import sys

from vyapar.cli import main

sys.exit(main())
