"""Typed records the extractors write onto the Doc.

They are plain dataclasses of JSON-ready values so that `claimx.output` can turn
them into the public record without guessing, and so they survive spaCy's
multiprocessing (`nlp.pipe(n_process=...)` ships Docs as msgpack: the encoder
and decoder registered at the bottom make these classes msgpack-able).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Optional


@dataclass(frozen=True)
class TextSpan:
    """A piece of the original input: `input[start:end] == text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DateRange:
    """First and last day (ISO dates) covered; an open end is None."""

    start: Optional[str]
    end: Optional[str]


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    direct: bool
    speaker: Optional[str] = None
    speaker_mention: Optional[TextSpan] = None
    speaker_role: Optional[str] = None
    cue: Optional[str] = None


@dataclass(frozen=True)
class TimeExpression:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: Optional[str]
    range: Optional[DateRange] = None
    event: Optional[TextSpan] = None
    mod: Optional[str] = None  # TIMEX3 mod: EARLY, LATE, MID, APPROX, START, END…


@dataclass(frozen=True)
class NumericClaim:
    text: str
    start: int
    end: int
    value: Optional[float]
    value_max: Optional[float] = None
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    counted: Optional[TextSpan] = None
    period: Optional[DateRange] = None
    source: Optional[str] = None


RECORD_TYPES = {cls.__name__: cls for cls in (TextSpan, DateRange, Quote, TimeExpression, NumericClaim)}
_TAG = "__claimx__"


def _encode(obj, chain=None):
    cls = RECORD_TYPES.get(type(obj).__name__)
    if cls is not None and type(obj) is cls:
        packed = {f.name: getattr(obj, f.name) for f in fields(cls)}
        packed[_TAG] = cls.__name__
        return packed
    return obj if chain is None else chain(obj)


def _decode(obj, chain=None):
    if isinstance(obj, dict) and _TAG in obj:
        data = dict(obj)
        cls = RECORD_TYPES[data.pop(_TAG)]
        return cls(**data)
    return obj if chain is None else chain(obj)


def register_msgpack() -> None:
    """Teach srsly's msgpack (used by Doc.to_bytes) about our records."""
    import srsly

    srsly.msgpack_encoders.register("claimx_records", func=_encode)
    srsly.msgpack_decoders.register("claimx_records", func=_decode)
