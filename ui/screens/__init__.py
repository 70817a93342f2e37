"""One file per screen; `ui.navigation` knows which screens each mode may reach."""
