"""`python -m newsx`: the command line, where the `newsx` script is not on PATH (a virtual
environment not activated, a notebook's kernel, a cron job)."""

from newsx.cli import main

if __name__ == "__main__":
    main()
