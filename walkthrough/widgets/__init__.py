"""Small reusable pieces of the walkthrough's screens."""
