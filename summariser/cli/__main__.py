"""`python -m summariser.cli`: the command line."""

from .main import main

main()
