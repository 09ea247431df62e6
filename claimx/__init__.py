"""claimx: quotes, dated events and numeric claims from English news articles.

    >>> import claimx
    >>> record = claimx.extract(text, published="2025-11-26")

Heavy modules (spaCy, the model) load on first use, so importing claimx is cheap.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "extract_batch", "load_pipeline"]


def extract(text, published=None, **options):
    from .api import extract as _extract

    return _extract(text, published, **options)


def extract_batch(items, **options):
    from .api import extract_batch as _extract_batch

    return _extract_batch(items, **options)


def load_pipeline(model=None):
    """The spaCy pipeline with claimx's components (cached per model name)."""
    from .pipeline import load_pipeline as _load

    return _load(model)
