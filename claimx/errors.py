"""The one exception type claimx raises for expected problems (bad input, missing model).

The CLI turns it into one line on stderr and a non-zero exit, never a traceback.
"""


class ClaimxError(Exception):
    """An expected, user-facing error; its message is meant to be shown as is."""


class UsageError(ClaimxError):
    """A bad argument (exit status 2)."""
