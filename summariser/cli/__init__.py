"""The command line: run, check, eval, report. The only place errors become messages and exit codes."""
