"""The systemd user service: the unit file (unit.py) and the notify protocol (notify.py)."""
