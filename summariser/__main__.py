"""python -m summariser: the command line."""

from .cli.main import main

main()
