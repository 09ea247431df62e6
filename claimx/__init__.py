"""claimx: quotes, dated events and numeric claims from English news articles.

    >>> import claimx
    >>> record = claimx.extract(text, published="2025-11-26")

Heavy modules (spaCy, the model) load on first use, so importing claimx is cheap:
the names below are the real functions of `claimx.api`, `claimx.pipeline` and
`claimx.errors`, imported when first asked for.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "extract_batch", "load_pipeline", "ClaimxError", "UsageError"]

TYPE_CHECKING = False
if TYPE_CHECKING:  # what type checkers and IDEs see
    from .api import extract, extract_batch
    from .errors import ClaimxError, UsageError
    from .pipeline import load_pipeline

_HOME = {
    "extract": "api",
    "extract_batch": "api",
    "load_pipeline": "pipeline",
    "ClaimxError": "errors",
    "UsageError": "errors",
}


def __getattr__(name: str):
    if name in _HOME:
        from importlib import import_module

        value = getattr(import_module(f".{_HOME[name]}", __name__), name)
        globals()[name] = value  # looked up once
        return value
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_HOME))
