"""Where the data files under `models/` live, and how they are read.

In a source checkout (or an editable install) they sit in the top-level
`models/` folder; in a wheel they are shipped as `claimx/models/`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def models_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "models", _PACKAGE_DIR.parent / "models"):
        if (candidate / "pipeline.cfg").is_file():
            return candidate
    raise FileNotFoundError("claimx data folder 'models/' not found; reinstall claimx")


@lru_cache(maxsize=None)
def load_json(name: str):
    """Load `models/<name>` (JSON); cached, so each file is read once per process."""
    with open(models_dir() / name, encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=None)
def load_jsonl(name: str) -> tuple:
    """Load `models/<name>` (one JSON value a line, `//` lines are comments)."""
    rows = []
    with open(models_dir() / name, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("//"):
                rows.append(json.loads(line))
    return tuple(rows)
