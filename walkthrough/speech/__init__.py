"""Read aloud: what each screen says and when (reader), and the voice (speaker, espeak)."""
