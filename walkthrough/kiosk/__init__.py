"""Kiosk mode: one shared screen in a waiting room, one patient after another.

- lockdown: no key ends, suspends or leaves the app (app bindings, ScreenOptions(kiosk=True),
  no mouse), and no signal or TEXTUAL_* variable either, from the program's first line
  (process);
- idle: 'Are you still there?', then a reset for the next patient (idle, dialogs, mode);
- staff exit: F12 and a PIN kept only as a salted scrypt hash (pin, lockout, dialogs);
- never down: errors logged and the walkthrough started again (guard, runner); any end that
  is not on purpose counts as a crash;
- logbook: what happened, in a file, never on screen and never a patient's answer;
- exits: SIGTERM and SIGHUP end the app cleanly in every mode (in kiosk mode, every signal
  that would end it).
"""

STAFF_KEY = "f12"
"""The key staff press to leave kiosk mode (then the PIN)."""
