"""Code only the tests use: plain mode from argv, a speaker that records, speech as a WAV file."""
