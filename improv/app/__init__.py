"""What a person runs: the command line (cli.py, flags.py, offline.py), the daemon's assembly
(daemon.py), the demo, the panic, `improv tempo`, status, a stop that ends (stopbound.py) and the
systemd user service (service.py, notify.py).

May import: every other part of improv."""
