"""Evaluation indicators computed by the C++ core, with one edge-case policy.

Every indicator takes numbers, sequences, numpy arrays (any stride, any integer or float
dtype), pandas Series (the index is kept) or polars Series, runs in one C++ pass with the GIL
released, and returns the same kind of object: a ``float`` for scalars, a numpy array, a
pandas Series with the caller's index, or a polars Series.

The edge-case policy
--------------------
This is the one place where it is written down; every function follows it and
``tests/python/indicators/test_policy.py`` tests every line of it.

==========================================  ===============================================
Input                                       Result (reason with ``with_reasons=True``)
==========================================  ===============================================
NaN, None, ``pd.NA``, NaT, polars null       NaN (``missing_input``)
+inf or -inf                                 NaN (``infinite_input``)
zero base (target, prior, start value)       NaN (``zero_base``) — never ±inf, never 0.001
negative base                                NaN (``negative_base``) — never a flipped sign
sign change where a rate needs logarithms    NaN (``sign_change``): log growth or CAGR from a
(log growth, CAGR, required growth)          positive start to a value below zero. A plain
                                             growth rate across zero *is* defined
                                             (5 → −5 is −200 %); CAGR to exactly 0 is −100 %.
target equal to baseline (progress,          NaN (``zero_range``); equal bounds in
growth ratio)                                :func:`normalize` too; lower > upper is
                                             ``inverted_range``
a span of years ≤ 0 (CAGR, projection)       NaN (``non_positive_span``)
panel growth: no row for the previous year   NaN (``missing_prior_year``) — a hole is never
                                             bridged, unless ``gaps="previous"`` (then the
                                             growth is annualised over the hole)
panel growth: (id, year) given twice         NaN (``duplicate_key``) on those rows and on the
                                             rows whose previous year they are
a result beyond float64 (1 / 5e-324)         NaN (``overflow``)
a score that cannot be classified            the "not comparable" category
lengths that differ (other than 1)           ValueError naming the arguments
Series with different indexes                ValueError (plan6 never aligns silently)
bool, str, dates, complex, 2-D input         TypeError / ValueError naming the argument
integer, float32, nullable or object input   converted once to float64 (ids and years of
                                             panels must be whole numbers)
strided views (``a[::2]``, ``a[::-1]``)      read in place, without a copy
empty arrays                                 empty results
==========================================  ===============================================

With ``with_reasons=True`` every function returns ``(values, reasons)``, the reasons
mirroring the input kind: a scalar gives ``(float, str)``, an array ``(ndarray, ndarray of
reason names)``, a pandas Series ``(Series, categorical Series)``, a polars Series
``(Series, Enum Series)``. ``"none"`` marks a defined value; :data:`REASONS` lists the names
and :func:`reason_description` explains them.

>>> import plan6
>>> plan6.attainment([426, 5, 7], [320, 0, -1], with_reasons=True)[1]
array(['none', 'zero_base', 'negative_base'], dtype=object)
"""

from __future__ import annotations

from . import elementwise
from .classification import classify, progress_class
from .elementwise import *  # noqa: F403  (every elementwise indicator: elementwise.__all__)
from .kernels import Direction
from .panel import panel_growth
from .panel_frames import panel_cagr, panel_progress
from .reasons import REASONS, reason_description
from .rollups import rollup

__all__ = [
    "REASONS",
    "Direction",
    "classify",
    "panel_cagr",
    "panel_growth",
    "panel_progress",
    "progress_class",
    "reason_description",
    "rollup",
]
__all__ += elementwise.__all__
